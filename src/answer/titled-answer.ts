// A who-answer says who the person is when the question does not: "Siapa yang membuka konferensi?"
// of "Konferensi dibuka oleh Menteri Pertanian Ani Lorem" is "Menteri Pertanian Ani Lorem", the
// title the passage writes right before the name kept with it. A question that writes the title
// itself ("Siapa Menteri Pertanian?", "Siapa nama menlu …?") already knows it: the name alone.
// Only a title written with a capital, as an office or rank is ("Presiden", "Kolonel"); a
// description in lower case ("penulis Inggris Ani Lorem", "drummer Ani Lorem") stays out.
// Measured on the train sets: a capitalised title right before the name, not written by the
// question, is part of the gold answer in 18 of 22 FacQA rows and 12 of 14 IDK-MRC rows; where the
// question writes it, in 3 of 132 and 5 of 11.
import { alternativesOf } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { queryTerms } from '../text/terms.js';
import { wordsOf } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { similarity } from './similarity.js';

/** The short answer with the person's own title before it, where the passage writes it there and the question does not. */
export function withOwnTitle(c: Candidate, focus: QuestionFocus, value: string): string {
  if (!c.person) return value;
  const role = resolvePerson(c.entry.understanding.people, value)?.role;
  if (role === undefined || !/^\p{Lu}/u.test(role)) return value;
  // Written right before the name in the answer's paragraph, as one run of words (the answer may be read from a later "Lorem" of "Ani Lorem").
  if (!writtenBefore(c.entry.article.paragraphs[c.paragraph - 1]?.text ?? '', role, value)) return value;
  const titles = wordsOf(role).filter((w) => !w.mark && lexicon.titleWords.has(w.norm));
  if (titles.length === 0) return value;
  // The question writes the title, or another form of it ("menteri luar negeri" of "Menlu", "mayor" of "Wali Kota").
  const norms = titles.map((w) => w.norm);
  const held = wordsOf(role).map((w) => w.norm);
  // A short form typed ("Menkes") of the title spelt out ("Menteri Kesehatan").
  const spelt = (t: string): boolean => (lexicon.shortTitleForms.get(t) ?? []).some((long) => queryTerms(long).every((p) => held.includes(p)));
  const asked = (t: string): boolean =>
    titles.some((w) => similarity(t, { ...w, sentence: 0, initial: false }) > 0) || alternativesOf(t).some((a) => a.includes(' ') && a.split(' ').every((p) => norms.includes(p))) || spelt(t);
  return focus.terms.some(asked) ? value : `${role} ${value}`;
}

/** Does the text write the title right before the name, whole words at both ends ("Presiden Lorem Ani Lorem", not "…Ani Loremo")? */
function writtenBefore(text: string, role: string, name: string): boolean {
  const phrase = `${role} ${name}`;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + phrase.length, at + phrase.length + 1);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
