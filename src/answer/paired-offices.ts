// Two offices written as a pair before the pair of people who hold them, in the same order:
// "pelantikan Bupati-Wakil Bupati Lorem, Ani Lorem / Budi Ipsum", "Gubernur dan Wakil Gubernur Lorem,
// A dan B", "the mayor and deputy mayor, A and B". A question asking one of the two offices ("Siapa
// Wakil Bupati Lorem?") is answered by the one who holds it, not by the pair.
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { joiners } from './clause.js';

/** Words read back from the pair of people for the pair of offices, at most ("Bupati-Wakil Bupati Lorem periode 2005-2010, …"). */
const REACH = 8;

interface Member {
  readonly first: number;
  readonly last: number;
}

/** The two people of a pair: one candidate written "A / B", or a list of two. */
function membersOf(list: readonly Candidate[]): [Member, Member] | undefined {
  if (list.length === 2) return [list[0]!, list[1]!];
  const c = list[0];
  if (list.length !== 1 || c === undefined || !c.person) return undefined;
  const slashes = c.words.slice(c.first, c.last + 1).flatMap((w, k) => (w.text === '/' ? [c.first + k] : []));
  if (slashes.length !== 1) return undefined;
  const at = slashes[0]!;
  return [
    { first: c.first, last: at - 1 },
    { first: at + 1, last: c.last },
  ];
}

/** The parts of the words before the pair, hyphened words split ("Bupati-Wakil"), and where a hyphen or a conjunction joins two of them. */
function partsBefore(words: readonly Word[], first: number): { parts: string[]; joints: Set<number> } {
  const sentence = words[first]!.sentence;
  let from = first - 1;
  if (words[from]?.text === ',') from--;
  const taken: Word[] = [];
  for (let i = from; i >= 0 && first - i <= REACH && words[i]!.sentence === sentence && !words[i]!.mark; i--) taken.unshift(words[i]!);
  const parts: string[] = [];
  const joints = new Set<number>();
  for (const w of taken) {
    if (joiners.has(w.norm)) {
      joints.add(parts.length);
      continue;
    }
    w.norm.split('-').forEach((p, k) => {
      if (k > 0) joints.add(parts.length);
      if (p !== '') parts.push(p);
    });
  }
  return { parts, joints };
}

/** The two offices written before the pair, each as its title words ("bupati" and "wakil bupati"), if they are. */
function officesBefore(words: readonly Word[], first: number): [string[], string[]] | undefined {
  const { parts, joints } = partsBefore(words, first);
  const title = (p: string | undefined): boolean => p !== undefined && lexicon.titleWords.has(p);
  for (const at of joints) {
    let a = at;
    while (title(parts[a - 1])) a--;
    let b = at;
    while (title(parts[b]) && !(b > at && joints.has(b))) b++;
    const one = parts.slice(a, at);
    const two = parts.slice(at, b);
    if (one.some((p) => lexicon.titles.has(p)) && two.some((p) => lexicon.titles.has(p))) return [one, two];
  }
  return undefined;
}

/**
 * The one of a pair of people who holds the office the question asks, where the passage writes the
 * pair of offices right before them; undefined where it does not, or the question asks neither.
 */
export function pairedOfficeHolder(list: readonly Candidate[], focus: QuestionFocus): Candidate | undefined {
  const members = membersOf(list);
  const c = list[0];
  if (members === undefined || c === undefined) return undefined;
  const offices = officesBefore(c.words, members[0].first);
  if (offices === undefined) return undefined;
  const asked = (office: readonly string[]): boolean => office.every((w) => focus.terms.includes(w));
  const [one, two] = offices;
  const pick = asked(two) && (!asked(one) || two.length > one.length) ? 1 : asked(one) && !asked(two) ? 0 : undefined;
  if (pick === undefined) return undefined;
  if (list.length === 2) return list[pick];
  const m = members[pick];
  return { ...c, first: m.first, last: m.last, start: c.words[m.first]!.start, end: c.words[m.last]!.end };
}
