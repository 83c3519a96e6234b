// What kind of word each word of a paragraph is according to the language tables (title, role word, place, speech verb …). Read by the people, organisation and
// place extractors; the tables of both languages are read, since articles mix them.
import { allTables } from '../lang/index.js';
import { gazetteer } from '../lang/places.js';
import { fold } from '../text/normalize.js';
import { PhraseSet } from '../text/phrases.js';
import { wordsOf, type Word } from '../text/words.js';
import type { Article } from '../types.js';

const lower = (list: readonly string[]): Set<string> => new Set(list.map((s) => fold(s)));
const nameWords = allTables.flatMap((t) => (t.nameWords ? [t.nameWords] : []));
const quoteWords = allTables.flatMap((t) => (t.quoteWords ? [t.quoteWords] : []));

export const lexicon = {
  titles: new PhraseSet(allTables.flatMap((t) => t.titles)),
  speechVerbs: new PhraseSet(allTables.flatMap((t) => [...t.speechVerbs, ...t.pronounSpeechVerbs.filter((v) => !v.includes(' '))])),
  accordingTo: new PhraseSet([...allTables.flatMap((t) => t.relayPhrases), ...quoteWords.flatMap((q) => q.accordingTo)]),
  stopWords: lower(allTables.flatMap((t) => t.stopWords)),
  pronouns: lower(quoteWords.flatMap((q) => q.pronouns)),
  fillers: lower(quoteWords.flatMap((q) => q.fillers)),
  particles: lower(quoteWords.flatMap((q) => q.nameParticles)),
  determiners: lower(quoteWords.flatMap((q) => q.determiners)),
  calendar: lower(allTables.flatMap((t) => [...Object.keys(t.months), ...Object.keys(t.weekdays)])),
  roleWords: lower(nameWords.flatMap((n) => n.roleWords)),
  roleAffixes: nameWords.flatMap((n) => n.roleAffixes),
  connectors: lower(nameWords.flatMap((n) => n.connectors)),
  organisationWords: new PhraseSet(nameWords.flatMap((n) => n.organisationWords)),
  placeWords: new PhraseSet(nameWords.flatMap((n) => n.placeWords)),
  locatives: lower(nameWords.flatMap((n) => n.locatives)),
  leadWords: lower(nameWords.flatMap((n) => n.leadWords)),
  compass: lower(nameWords.flatMap((n) => n.compass)),
  demonyms: new Set(gazetteer.flatMap((g) => g.demonyms)),
};

/** A common noun by its affixes: "Perekonomian", "Kepolisian", "Department". */
export function hasRoleAffix(lowerWord: string): boolean {
  if (lowerWord.length < 7) return false;
  return lexicon.roleAffixes.some(([pre, suf]) => lowerWord.startsWith(pre) && lowerWord.endsWith(suf) && lowerWord.length > pre.length + suf.length + 2);
}

/** A word that belongs in a role or an institution's name, never in a person's name. */
export function isRoleWord(w: Word): boolean {
  return (
    lexicon.roleWords.has(w.norm) ||
    lexicon.titles.has(w.norm) ||
    hasRoleAffix(w.norm) ||
    lexicon.demonyms.has(w.text) ||
    w.acronym ||
    /^[IVX]+$/.test(w.text)
  );
}

/** Never part of a name: function words, pronouns, calendar words, speech verbs. */
export function isFunctionWord(w: Word): boolean {
  return (
    lexicon.stopWords.has(w.norm) ||
    lexicon.pronouns.has(w.norm) ||
    lexicon.leadWords.has(w.norm) ||
    lexicon.calendar.has(w.norm) ||
    lexicon.speechVerbs.has(w.norm) ||
    lexicon.connectors.has(w.norm)
  );
}

/** Sentence-level context of one paragraph, shared by the rules. */
export interface ParagraphWords {
  readonly n: number;
  readonly text: string;
  readonly words: readonly Word[];
  /** Offsets where a sentence starts. */
  readonly sentenceStarts: ReadonlySet<number>;
}

/** Is this word the first word of its sentence? */
export function opensSentence(p: ParagraphWords, i: number): boolean {
  const w = p.words[i];
  if (!w) return false;
  if (p.sentenceStarts.has(w.start)) return true;
  const prev = p.words[i - 1];
  return prev === undefined || /^[.!?“”"'‘’]$/.test(prev.text);
}

/** Lower-case words of the whole article: a capitalised word also written in lower case is a common word. */
export function commonWordsOf(paragraphs: readonly ParagraphWords[]): Set<string> {
  const set = new Set<string>();
  for (const p of paragraphs) for (const w of p.words) if (!w.mark && !w.cap && /\p{Ll}/u.test(w.text)) set.add(w.norm);
  return set;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const wordChar = /[\p{L}\p{N}]/u;

/** Offsets of a phrase as a whole word (letters or digits on neither side), case-sensitive. */
export function findAll(text: string, phrase: string): number[] {
  const found: number[] = [];
  if (phrase === '') return found;
  // indexOf and a look at the neighbours: this runs for every name in every paragraph, so no
  // regular expression is compiled per call.
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text.codePointAt(at - 1 - (isLowSurrogate(text, at - 1) ? 1 : 0)) : undefined;
    const after = text.codePointAt(at + phrase.length);
    if (before !== undefined && wordChar.test(String.fromCodePoint(before))) continue;
    if (after !== undefined && wordChar.test(String.fromCodePoint(after))) continue;
    found.push(at);
  }
  return found;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0;
}

const paragraphCache = new WeakMap<Article, ParagraphWords[]>();

/** The words of every paragraph of an article (computed once per article). */
export function paragraphWordsOf(article: Article): ParagraphWords[] {
  let cached = paragraphCache.get(article);
  if (!cached) {
    cached = article.paragraphs.map((p) => ({
      n: p.n,
      text: p.text,
      words: wordsOf(p.text),
      sentenceStarts: new Set(p.sentences.map((s) => s.start)),
    }));
    paragraphCache.set(article, cached);
  }
  return cached;
}
