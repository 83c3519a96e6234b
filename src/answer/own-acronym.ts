// The short form of the name a question asks about is that same thing, never the answer: for
// "Siapa pendiri Kompas Gramedia?" the "KG" of "Kompas Gramedia (KG) didirikan oleh …" names the
// company, not its founder; "AoE III" is "Age of Empires III" again. A span written as the initials
// of a name the question writes (a numeral after the name kept as it is) stands for that name.
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

/** A numeral that goes on a name ("III", "2"): kept after the initials as written. */
const numeral = (norm: string): boolean => /^(?:\d+|[ivxlc]+)$/u.test(norm);

/** The initials of a name's words past function words and particles ("Age of Empires" → "ae", "Kompas Gramedia" → "kg"). */
function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !lexicon.stopWords.has(w) && !lexicon.nameParticles.has(w) && /^\p{L}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** A name run's initials with and without its function words ("age of empires": "ae" and "aoe"), and the numerals after it. */
function shortForms(run: readonly string[]): { initials: string[]; numerals: string[] }[] {
  let end = run.length;
  while (end > 0 && numeral(run[end - 1]!)) end--;
  const body = run.slice(0, end);
  if (body.length < 2) return [];
  const all = body.filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]).join('');
  return [{ initials: [...new Set([initialsOf(body), all])].filter((i) => i.length >= 2), numerals: run.slice(end) }];
}

/**
 * The names a question writes: its runs of capitalised words, and its content words that are names
 * read in order past the function words between them ("Age of Empires III": age, empires, iii).
 */
function askedNames(focus: QuestionFocus): (readonly string[])[] {
  const out: (readonly string[])[] = focus.nameRuns.map((r) => r.words);
  let run: string[] = [];
  for (const t of [...focus.terms, '']) {
    if (focus.names.has(t)) run.push(t);
    else {
      if (run.length >= 2) out.push(run);
      run = [];
    }
  }
  return out;
}

/** Is the span [first, last] the short form of a name the question writes ("KG" for "Kompas Gramedia", "AoE III")? */
export function ownAcronym(words: readonly Word[], first: number, last: number, focus: QuestionFocus): boolean {
  const span = words.slice(first, last + 1).filter((w) => !w.mark);
  const head = span[0];
  // Written as an acronym: two capitals or more ("KG", "AoE"), letters only; read whole and by its capitals ("AoE": "aoe", "ae").
  const capitals = head?.text.match(/\p{Lu}/gu) ?? [];
  if (head === undefined || !/^\p{L}+$/u.test(head.text) || capitals.length < 2) return false;
  const forms = [head.norm, capitals.join('').toLocaleLowerCase()];
  const rest = span.slice(1).map((w) => w.norm);
  return askedNames(focus).some((run) =>
    shortForms(run).some(({ initials, numerals }) => initials.some((i) => forms.includes(i)) && rest.length <= numerals.length && rest.every((w, k) => w === numerals[k])),
  );
}
