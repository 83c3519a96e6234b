// The words of a paragraph with their offsets, and what kind of word each one is according to the
// language tables (title, role word, place, speech verb …). Read by the people, organisation and
// place extractors; the tables of both languages are read, since articles mix them.
import { allTables } from '../lang/index.js';
import { gazetteer } from '../lang/places.js';
import { fold } from '../text/normalize.js';
import type { Article } from '../types.js';

export interface Word {
  /** As written; an abbreviation keeps its dot ("Pol."). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Folded (lower case, no diacritics), without a final dot. */
  readonly lower: string;
  /** A letter or digit word, not punctuation. */
  readonly isWord: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Two or more capitals and no lower-case letter ("NATO", "TNI", "G20"). */
  readonly acronym: boolean;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const abbreviations = new Set(allTables.flatMap((t) => t.abbreviations));

/** Words and punctuation marks of a text, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(wordPattern)) {
    let raw = m[0];
    const start = m.index;
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    // "Pol." and "Dr." keep their dot (an abbreviation is not a sentence end); "AS." does not.
    if (isWord && text[start + raw.length] === '.' && abbreviations.has(raw) && !/^\p{Lu}+$/u.test(raw)) raw += '.';
    const letters = raw.replace(/[^\p{L}]/gu, '');
    words.push({
      text: raw,
      start,
      end: start + raw.length,
      lower: fold(raw).replace(/\.$/, ''),
      isWord,
      cap: /^\p{Lu}/u.test(raw),
      acronym: letters.length >= 2 && /\p{Lu}.*\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw),
    });
  }
  // Drop the dot tokens swallowed by an abbreviation.
  return words.filter((w, i) => !(w.text === '.' && i > 0 && words[i - 1]!.end > w.start));
}

const lower = (list: readonly string[]): Set<string> => new Set(list.map((s) => fold(s)));
const nameWords = allTables.flatMap((t) => (t.nameWords ? [t.nameWords] : []));
const quoteWords = allTables.flatMap((t) => (t.quoteWords ? [t.quoteWords] : []));

/** A set of phrases of one or more words, matched word by word from a position. */
export class PhraseSet {
  private readonly phrases: Set<string>;
  private readonly longest: number;
  constructor(list: Iterable<string>) {
    this.phrases = new Set([...list].map((s) => fold(s)));
    this.longest = Math.max(1, ...[...this.phrases].map((p) => p.split(' ').length));
  }
  has(word: string): boolean {
    return this.phrases.has(fold(word));
  }
  /** Number of words of the longest phrase starting at words[i] (0 if none). Skips no punctuation. */
  matchAt(words: readonly Word[], i: number): number {
    for (let n = Math.min(this.longest, words.length - i); n >= 1; n--) {
      const slice = words.slice(i, i + n);
      if (!slice.every((w) => w.isWord)) continue;
      if (this.phrases.has(slice.map((w) => w.lower).join(' '))) return n;
    }
    return 0;
  }
}

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
    lexicon.roleWords.has(w.lower) ||
    lexicon.titles.has(w.lower) ||
    hasRoleAffix(w.lower) ||
    lexicon.demonyms.has(w.text) ||
    w.acronym ||
    /^[IVX]+$/.test(w.text)
  );
}

/** Never part of a name: function words, pronouns, calendar words, speech verbs. */
export function isFunctionWord(w: Word): boolean {
  return (
    lexicon.stopWords.has(w.lower) ||
    lexicon.pronouns.has(w.lower) ||
    lexicon.leadWords.has(w.lower) ||
    lexicon.calendar.has(w.lower) ||
    lexicon.speechVerbs.has(w.lower) ||
    lexicon.connectors.has(w.lower)
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
  for (const p of paragraphs) for (const w of p.words) if (w.isWord && !w.cap && /\p{Ll}/u.test(w.text)) set.add(w.lower);
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
