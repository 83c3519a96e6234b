// The office a who-question asks is one title with its field ("Siapa kepala ekonomi?", "Who is the
// economic chief?"): the field must be written with the title, as one office, not anywhere in the
// sentence. "Ketua Partai Lorem X menyerang rencana ekonomi pemerintah" names the chair of a party who
// spoke of the economy, not the head of the economy.
import { frameWords, personWords } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { says } from './written.js';

/** Most words from a title to its field ("kepala bidang ekonomi", "chair of the dockers' union"). */
const FIELD_REACH = 5;

/** No mark stands between a title and its field but an apostrophe ("the dockers’ union"). */
const joins = (w: Word): boolean => !w.mark || /^['’]$/u.test(w.text);

// A part in a case takes its case anywhere in the sentence ("tersangka pelecehan"): no office with a field.
const isTitleTerm = (term: string): boolean => lexicon.titleWords.has(term) && !lexicon.honorifics.has(term) && !personWords.has(term) && !lexicon.caseTitles.has(term);

/** A plain word the question writes as the title's field: no name, no title, no word that only frames the question. */
const isField = (focus: QuestionFocus, term: string): boolean =>
  !focus.names.has(term) && !lexicon.titleWords.has(term) && !frameWords.has(term) && !lexicon.stopWords.has(term) && !/\d/.test(term);

/**
 * For a who-question that asks nothing but an office and its field: the field, where the window (the
 * passage around the answer) writes the title and the field but never within FIELD_REACH words of each
 * other in the paragraph (`words`). Empty when the office is written whole, or not at all.
 */
export function fieldsApart(focus: QuestionFocus, window: readonly Word[], words: readonly Word[]): string[] {
  if (focus.kind !== 'who') return [];
  const terms = focus.terms.filter((t) => !frameWords.has(t));
  // Only a question that is the office and its field: "Siapa kepala ekonomi?", not "Siapa yang memimpin rapat ekonomi?".
  if (terms.length !== 2) return [];
  // The field after the title in Indonesian ("kepala ekonomi"), before it in English ("economic chief").
  const [title, field] = isTitleTerm(terms[0]!) ? [terms[0]!, terms[1]!] : [terms[1]!, terms[0]!];
  if (!isTitleTerm(title) || !isField(focus, field)) return [];
  // Counted in the paragraph's words: the window leaves the answer's own words out.
  const at = (term: string): number[] => window.flatMap((w) => (!w.mark && says(term, [w]) ? [words.indexOf(w)] : []));
  const titles = at(title);
  const fields = at(field);
  if (titles.length === 0 || fields.length === 0) return [];
  const near = titles.some((i) => fields.some((j) => Math.abs(i - j) <= FIELD_REACH && words.slice(Math.min(i, j), Math.max(i, j)).every(joins)));
  return near ? [] : [field];
}
