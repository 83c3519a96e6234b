// The people of the clause that answers an open who-question: "Menteri Luar Negeri Korea Utara A dan
// Menteri Luar Negeri Rusia B bertemu di Moskow" answers "Siapa yang bertemu di Moskow?" with both,
// as /who does — people written side by side, joined by commas and "dan"/"and" with only their
// roles between them.
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidates.js';

/** Words that join the members of a list ("dan", "serta", "and", "&"). */
const joiners = new Set([...lexicon.connectors, 'serta', 'maupun', 'and', '&']);

/** Are these words, between two people, only the list's joints and the second one's role? */
function joint(between: readonly Word[]): boolean {
  if (between.length === 0 || between.length > 8) return false;
  let joined = false;
  for (const w of between) {
    if (w.mark) {
      if (!/^[,;/]$/.test(w.text)) return false;
      joined = true;
    } else if (joiners.has(w.norm)) joined = true;
    else if (!w.cap && !lexicon.titleWords.has(w.norm) && !lexicon.roleWords.has(w.norm)) return false;
  }
  return joined;
}

/**
 * The other people written in one list with the chosen answer, in the order the paragraph writes
 * them, the answer among them; only those `accepted` (the passage supports them too).
 */
export function clauseMates(best: Candidate, others: readonly Candidate[], accepted: (c: Candidate) => boolean): Candidate[] {
  if (!best.person) return [best];
  const sentence = best.words[best.first]!.sentence;
  const mates = others.filter(
    (c) => c !== best && c.person && c.entry === best.entry && c.paragraph === best.paragraph && c.words[c.first]!.sentence === sentence && c.first === c.words.findIndex((w) => w.start === c.start),
  );
  const list = [best];
  // Grow the list from the answer outwards while the neighbour is joined to it.
  for (let grown = true; grown; ) {
    grown = false;
    const head = list[0]!;
    const tail = list[list.length - 1]!;
    const before = mates.find((c) => !list.includes(c) && c.last < head.first && joint(best.words.slice(c.last + 1, head.first)) && accepted(c));
    if (before) {
      list.unshift(before);
      grown = true;
    }
    const after = mates.find((c) => !list.includes(c) && c.first > tail.last && joint(best.words.slice(tail.last + 1, c.first)) && accepted(c));
    if (after) {
      list.push(after);
      grown = true;
    }
  }
  return list;
}
