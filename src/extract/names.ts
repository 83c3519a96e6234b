// Runs of capitalised words, each word classed as a name word, an initial, a rank, a title, a role
// word, an organisation word, an acronym or something else ("Menteri Luar Negeri Rusia Sergei
// Lavrov" → t l l x n n, schematically). Read once per article at load; the answerers cut who-answers
// from these runs (answer/name-answers.ts), taking the question's own words out there.
import { tables } from '../lang/index.js';
import { gazetteer } from '../lang/places.js';
import { escapeRegExp, findAll } from '../text/find.js';
import { outletSpans, placeSpans } from '../text/known-names.js';
import { hasRoleAffix, lexicon } from '../text/lexicon.js';
import { PhraseSet } from '../text/phrases.js';
import { paragraphWords, type ParagraphWord as Word } from '../text/words.js';
import type { Article, Language, NameRun, Place } from '../types.js';

/** One letter per class, as NameRun.classes spells them; upper case when the word is a known place, outlet or the dateline. */
export const WORD_CLASSES = {
  name: 'n',
  initial: 'i',
  rank: 'r',
  title: 't',
  role: 'l',
  organisation: 'g',
  acronym: 'a',
  other: 'x',
} as const;

export type WordClass = keyof typeof WORD_CLASSES;

// Ranks by the article's language: Indonesian "Mayor" is a rank, English "Mayor" a job.
const ranksOf: Readonly<Record<Language, PhraseSet>> = {
  id: new PhraseSet(tables.id.answerWords?.ranks ?? []),
  en: new PhraseSet(tables.en.answerWords?.ranks ?? []),
};
const { titles, connectors, nameParticles: particles } = lexicon;

/** Words for a country's people ("Peruvian", "Kenyan"): an adjective, never a person. */
const demonymPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${gazetteer.flatMap((g) => g.demonyms).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

type Span = { readonly start: number; readonly end: number };

/** "Kota Lorem, Warta - ", "Lorem (ANTARA) -": the dateline opening an article's first paragraph. */
export function datelineEnd(text: string): number {
  const m = /^\s*\p{L}[\p{L} .]{0,30}(?:,\s*|\s*\()[\p{L}][\p{L} .()]{0,30}?\s*[-–—]/u.exec(text);
  return m ? m[0].length : 0;
}

/** Which words the article writes in lower case, and which with a capital inside a sentence. */
interface Casing {
  readonly common: ReadonlySet<string>;
  readonly capitalised: ReadonlySet<string>;
}

function casingOf(article: Article): Casing {
  const common = new Set<string>();
  const capitalised = new Set<string>();
  for (const p of article.paragraphs) {
    for (const w of paragraphWords(p)) {
      if (w.mark) continue;
      if (/^\p{Ll}/u.test(w.text)) common.add(w.norm);
      else if (/^\p{Lu}/u.test(w.text) && !w.initial) capitalised.add(w.norm);
    }
  }
  return { common, capitalised };
}

/** Offsets of known places, outlets, demonyms and the dateline in a paragraph: never a person. */
function notNamesOf(text: string, paragraph: number, places: readonly Place[]): Span[] {
  const spans: Span[] = [...placeSpans(text), ...outletSpans(text)];
  for (const m of text.matchAll(demonymPattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const place of places) {
    for (const form of [place.name, ...place.aliases]) for (const at of findAll(text, form)) spans.push({ start: at, end: at + form.length });
  }
  if (paragraph === 1) {
    const end = datelineEnd(text);
    if (end > 0) spans.push({ start: 0, end });
  }
  return spans;
}

const overlaps = (w: Word, spans: readonly Span[]): boolean => spans.some((s) => w.start < s.end && w.end > s.start);
const isCapitalised = (w: Word): boolean => !w.mark && w.cap;

/** Runs of capitalised words: [first, last] word indexes. Particles and initials' dots join a run. */
function capitalisedRuns(words: readonly Word[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i]!)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < words.length) {
      const w = words[j]!;
      const next = words[j + 1];
      if (isCapitalised(w)) last = j;
      else if (next && isCapitalised(next) && ((!w.mark && particles.has(w.norm)) || (w.text === '.' && words[j - 1]!.text.length <= 3))) {
        // "Ahmad bin Said", "Dr. Lestari", "J. Smith"
      } else break;
      j++;
    }
    runs.push([i, last]);
    i = last + 1;
  }
  return runs;
}

/** What each word of words[first..last] is. */
function classify(words: readonly Word[], first: number, last: number, language: Language, notNames: readonly Span[]): WordClass[] {
  const classes: WordClass[] = [];
  for (let i = first; i <= last; i++) {
    const w = words[i]!;
    if (w.mark || particles.has(w.norm)) {
      classes.push('initial');
      continue;
    }
    const r = ranksOf[language].matchAt(words, i, last);
    if (r > 0) {
      for (let k = 0; k < r; k++) classes.push('rank');
      i += r - 1;
      continue;
    }
    const ti = titles.matchAt(words, i, last);
    if (ti > 0) {
      for (let k = 0; k < ti; k++) classes.push('title');
      i += ti - 1;
      continue;
    }
    const parts = w.norm.split('-');
    if (overlaps(w, notNames) || lexicon.calendar.has(w.norm)) classes.push('other');
    else if (parts.some((p) => lexicon.organisationWords.has(p))) classes.push('organisation');
    else if (parts.some((p) => lexicon.roleOrPlaceWords.has(p) || titles.has(p) || hasRoleAffix(p))) classes.push('role');
    else if (/\p{N}/u.test(w.text)) classes.push('other');
    else if (/^[\p{Lu}\p{N}]{2,}$/u.test(w.text) && !/^[IVX]+$/.test(w.text)) classes.push(w.text.length <= 2 ? 'initial' : 'acronym');
    else if (/^\p{Lu}$/u.test(w.text) || /^[IVX]+$/.test(w.text)) classes.push('initial');
    else if (lexicon.personalPronouns.has(w.norm)) classes.push('other');
    else classes.push('name');
  }
  // A title ends no name: one after a name word is a name word itself ("… Hakim", "… Bishop").
  for (let k = classes.length - 1; k > 0 && (classes[k] === 'title' || classes[k] === 'rank'); k--) {
    if (classes[k - 1] === 'name') {
      for (let j = k; j < classes.length; j++) classes[j] = 'name';
      break;
    }
  }
  // A lone letter or a Roman numeral after a role or organisation word is a number ("Komisi V"),
  // and two capitals not followed by a name are an acronym ("AS", "RI").
  for (let k = 0; k < classes.length; k++) {
    if (classes[k] !== 'initial' || words[first + k]!.mark || particles.has(words[first + k]!.norm)) continue;
    const prev = classes[k - 1];
    const next = classes[k + 1];
    if (prev === 'role' || prev === 'organisation' || prev === 'acronym') classes[k] = 'acronym';
    else if (next !== 'name' && next !== 'initial') classes[k] = 'acronym';
  }
  return classes;
}

/** A capitalised word that opens a sentence but is a common word ("Rupanya", "Sementara", "Lalu"). */
function commonOpener(w: Word, casing: Casing): boolean {
  if (lexicon.leadWords.has(w.norm)) return true;
  return w.initial && (lexicon.stopWords.has(w.norm) || casing.common.has(w.norm) || /(nya|lah|kah)$/.test(w.norm));
}

const isSpeechVerb = (w: Word | undefined): boolean => w !== undefined && !w.mark && lexicon.speechVerbs.has(w.norm);

/** "oleh X", "by X", "dipugar X": the word before names the doer of an action. */
function marksAgent(w: Word | undefined): boolean {
  if (w === undefined || w.mark || !/^\p{Ll}/u.test(w.text)) return false;
  if (lexicon.agentMarkers.has(w.norm)) return true;
  return lexicon.passivePrefixes.some((p) => w.norm.startsWith(p) && w.norm.length >= p.length + 4 && !lexicon.stopWords.has(w.norm));
}

/** The word before index i, skipping up to `marks` punctuation marks. */
export function wordBefore(words: readonly Word[], i: number, marks = 1): Word | undefined {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0 && words[j]!.mark && skipped < marks) {
    j--;
    skipped++;
  }
  const w = words[j];
  return w && !w.mark ? w : undefined;
}

/** Does a title stand before this run, across the rest of its role ("Menteri Pemuda dan …")? */
function titleBefore(words: readonly Word[], i: number, ranks: PhraseSet): boolean {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
    const w = words[j]!;
    if (w.mark) {
      if (/^[()]$/.test(w.text)) continue;
      return false;
    }
    if (titles.has(w.norm) || ranks.has(w.norm)) return true;
    if (!isCapitalised(w) && !connectors.has(w.norm)) return false;
  }
  return false;
}

/** The classes of a run as one letter per word, upper case where the word is a known non-person name. */
function spell(words: readonly Word[], first: number, classes: readonly WordClass[], notNames: readonly Span[]): string {
  return classes.map((c, k) => (overlaps(words[first + k]!, notNames) ? WORD_CLASSES[c].toUpperCase() : WORD_CLASSES[c])).join('');
}

/** The name runs of one paragraph. */
function runsOf(article: Article, paragraph: number, places: readonly Place[], casing: Casing): NameRun[] {
  const p = article.paragraphs[paragraph - 1]!;
  const words = paragraphWords(p);
  const notNames = notNamesOf(p.text, paragraph, places);
  const language = article.meta.language;
  const ranks = ranksOf[language];
  const runs: NameRun[] = [];
  for (const [runFirst, runLast] of capitalisedRuns(words)) {
    let first = runFirst;
    // Common words opening a sentence are not a name.
    while (first <= runLast && (commonOpener(words[first]!, casing) || words[first]!.mark)) first++;
    if (first > runLast) continue;
    const classes = classify(words, first, runLast, language, notNames);
    // The name is the last block of name words: what follows it is no part of the run's person.
    let coreLast = runLast;
    while (coreLast >= first && !((classes[coreLast - first] === 'name' || classes[coreLast - first] === 'initial') && !words[coreLast]!.mark)) coreLast--;
    const before = wordBefore(words, runFirst, 2);
    const titled =
      titleBefore(words, runFirst, ranks) ||
      (before !== undefined && (titles.has(before.norm) || ranks.has(before.norm))) ||
      [2, 3].some((n) => {
        const w = wordBefore(words, runFirst - n + 1, 2);
        return w !== undefined && titles.has(w.norm);
      });
    const locative = wordBefore(words, runFirst, 0);
    runs.push({
      paragraph,
      runFirst,
      runLast,
      first,
      classes: spell(words, first, classes, notNames),
      titled,
      spoken: isSpeechVerb(wordBefore(words, runFirst)) || isSpeechVerb(words[coreLast + 1]) || marksAgent(words[runFirst - 1]),
      locative: locative !== undefined && lexicon.locatives.has(locative.norm),
      capitalisedElsewhere: casing.capitalised.has(words[first]!.norm),
    });
  }
  return runs;
}

/** Every name run of an article, paragraph by paragraph. */
export function extractNameRuns(article: Article, places: readonly Place[]): NameRun[] {
  const casing = casingOf(article);
  return article.paragraphs.flatMap((p) => runsOf(article, p.n, places, casing));
}
