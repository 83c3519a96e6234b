// extract: the words that attribute a quote, and who they name. Patterns come from the language
// tables (speech verbs, the verbs that may stand before their speaker, pronoun verbs, pronouns,
// "according to", relay phrases, determiners, demonstratives, honorifics):
// - after the quote: `,” kata Hartono`, `,” ujar Kepala Dinas X, Budi`, `" tutup Rahmat`,
//   `," Hartono said`, `," said councillor Ann Lee`, `," according to Ellis`, `,” ujarnya`, `," he said`,
//   `,” kata politisi senior itu` (a role and a demonstrative: the person spoken of before);
// - before it, in its sentence: `Sari mengatakan bahwa "…"`, `Menurut Yudi, "…"`, `Menurut dia, "…"`,
//   `Dr Fox told BBC Radio: "…"`, `He said: "…"`;
// - in the text between quotes: reported speech (`kata Lestari`, `X mengatakan`, `menurut X`) and the
//   subject opening a sentence (`Namun, Gubernur Budi meminta …`): who a later `katanya` or `he said`
//   stands for. `X told Y that …` without quote marks is reported speech, never a quote: it only makes
//   X the person a later pronoun cue refers to.
import { allTables, tables } from '../lang/index.js';
import type { LanguageTable, QuoteWords } from '../lang/tables.js';
import { resolvePerson } from '../text/name-match.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { PhraseSet } from '../text/phrases.js';
import { wordsOf } from '../text/words.js';
import type { Article, Language, Person } from '../types.js';
import { speakerIn, type NameScope, type SpeakerName } from './speaker-names.js';

export type { SpeakerName } from './speaker-names.js';

interface CueBase {
  /** Offset of the cue in its paragraph. */
  readonly at: number;
  /** The speech verb as written ("kata", "ujarnya", "said", "Menurut"). */
  readonly verb: string;
}

export type Cue =
  | (CueBase & { readonly kind: 'name'; readonly name: SpeakerName })
  /** A pronoun or a demonstrative: the person spoken of before. */
  | (CueBase & { readonly kind: 'pronoun' })
  /** A document reads ("bunyi …"), or a speaker the words do not name: attributed, no speaker. */
  | (CueBase & { readonly kind: 'document' });

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: readonly string[]): string =>
  words.length === 0 ? '(?!)' : [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
/** Like alt, with the first letter of each word in either case ("Kata" at a sentence start). */
const altCi = (words: readonly string[]): string =>
  words.length === 0
    ? '(?!)'
    : [...new Set(words)]
        .sort((a, b) => b.length - a.length)
        .map((w) => {
          const first = w[0]!;
          const head = first.toLowerCase() !== first.toUpperCase() ? `[${first.toLowerCase()}${first.toUpperCase()}]` : escape(first);
          return head + escape(w.slice(1)).replace(/ /g, '\\s+');
        })
        .join('|');

const noQuoteWords: QuoteWords = { pronouns: [], fillers: [], nameParticles: [], prepositions: [], accordingTo: [], determiners: [] };

/** The patterns of one language. */
export interface Cues {
  readonly words: QuoteWords;
  /** A name: capitalised words, initials, known abbreviations, and lower-case particles or honorifics between them. */
  readonly NAME: string;
  /** A name, and the organisation it is "of" ("Reynaldi dari PT Rotan"): a speaker before a verb. */
  readonly SPEAKER: string;
  readonly VERB: string;
  /** Speech verbs that may follow their speaker ("X mengatakan", "X said"). */
  readonly SVERB: string;
  /** Speech verbs that may stand before their speaker ("kata X", "said X"). */
  readonly INV: string;
  readonly PVERB: string;
  readonly PRON: string;
  readonly FILL: string;
  readonly DET: string;
  readonly ACC: string;
  readonly RELAY: string;
  readonly prepositions: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  /** Suffixes of three letters or more ("kan", "nya"): a word ending so is no bare name. */
  readonly suffixes: readonly string[];
  /** A lower-case word that looks like a verb or an adverb before one ("berharap", "juga"). */
  readonly verbLike: (word: string) => boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}-])';

function cuesFor(table: LanguageTable): Cues {
  const words = table.quoteWords ?? noQuoteWords;
  const abbreviations = table.abbreviations.filter((a) => /^\p{Lu}/u.test(a) && !/^\p{Lu}+$/u.test(a));
  const WORD = `(?:\\p{Lu}\\.|(?:${alt(abbreviations)})\\.|\\p{Lu}[\\p{L}'’-]*)`;
  const JOIN = `(?:(?:${alt([...words.nameParticles, ...(words.honorifics ?? []).map((h) => h.toLowerCase())])})\\s+)?`;
  const NAME = `${WORD}(?:\\s+${JOIN}${WORD}){0,7}`;
  // "Reynaldi dari PT Rotan mengatakan", "Ann Lee of the Harbour Union said": the speaker and where they work.
  const AFFIL = `(?:\\s+(?:${alt(words.affiliations ?? [])})\\s+(?:(?:${alt(words.determiners)})\\s+)?${NAME})?`;
  const relay = table.relayPhrases.filter((r) => !words.accordingTo.includes(r));
  return {
    words,
    NAME,
    SPEAKER: `${NAME}${AFFIL}`,
    VERB: `(?:${altCi(table.speechVerbs)})`,
    SVERB: `(?:${altCi(words.subjectVerbs ?? table.speechVerbs)})`,
    INV: `(?:(?:${altCi(words.invertedVerbs ?? table.speechVerbs)})(?:\\s+(?:${alt([...lexicon.agentMarkers])}))?)`,
    PVERB: `(?:${altCi(table.pronounSpeechVerbs)})`,
    PRON: `(?:${altCi(words.pronouns)})`,
    FILL: `(?:(?:${alt(words.fillers)})\\s+)*`,
    DET: `(?:(?:${altCi(words.determiners)})\\s+)?`,
    ACC: `(?:${altCi(words.accordingTo)})`,
    RELAY: `(?:${altCi(relay)})`,
    prepositions: new Set(words.prepositions),
    titles: new Set([...table.titles, ...(words.titles ?? [])]),
    suffixes: table.suffixes.filter((x) => x.length >= 3),
    verbLike: (word) =>
      words.fillers.includes(word) ||
      (!table.stopWords.includes(word) && !(words.demonstratives ?? []).includes(word) && (words.verbPrefixes ?? []).some((p) => word.startsWith(p) && word.length >= p.length + 4)),
  };
}

const cueCache = new Map<Language, Cues>();
export function cuesOf(language: Language): Cues {
  let c = cueCache.get(language);
  if (!c) cueCache.set(language, (c = cuesFor(tables[language])));
  return c;
}

/** Titles before a speaker's name, in either language (Indonesian articles write English titles too). */
const speakerTitles = new PhraseSet(allTables.flatMap((t) => [...t.titles, ...(t.quoteWords?.titles ?? [])]));

/** What attributions of one article are read against. */
export function scopeOf(article: Article, people: readonly Person[]): NameScope {
  const words = cuesOf(article.meta.language).words;
  const lower = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map((w) => w.toLowerCase()));
  return {
    people,
    body: article.paragraphs.map((p) => p.text).join('\n'),
    honorifics: lower(words.honorifics),
    demonstratives: lower(words.demonstratives),
    determiners: lower(words.determiners),
    titles: speakerTitles,
    common: new Set(article.paragraphs.flatMap((p) => wordsOf(p.text).filter((w) => !w.mark && !w.cap).map((w) => w.norm))),
  };
}

/** The word before `index` in `text`, lower case. */
function previousWord(text: string, index: number): string {
  return (/([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '').toLowerCase();
}

const named = (name: SpeakerName, at: number, verb: string): Cue | undefined =>
  name.demonstrative ? { kind: 'pronoun', at, verb } : name.name !== undefined || name.title !== undefined ? { kind: 'name', name, at, verb } : undefined;

/** The attribution right after a quote (`," kata Hartono`, `," he said`, `," Hartono said`). */
export function cueAfter(tail: string, tailStart: number, c: Cues, scope: NameScope): Cue | undefined {
  const lead = /^[\s,.;:!?—–-]*/.exec(tail)![0].length;
  const s = tail.slice(lead);
  const at = tailStart + lead;
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^${c.PVERB}${E}`, 'u').exec(s))) return { kind: 'pronoun', at, verb: m[0] };
  if ((m = new RegExp(`^(?<verb>${c.INV})\\s+${c.PRON}${E}`, 'u').exec(s))) return { kind: 'pronoun', at, verb: m.groups!.verb! };
  if ((m = new RegExp(`^${c.PRON}\\s+${c.FILL}(?<verb>${c.SVERB})${E}`, 'u').exec(s))) return { kind: 'pronoun', at, verb: m.groups!.verb! };
  if ((m = new RegExp(`^(?:(?<inv>${c.INV})|(?<acc>${c.ACC}))\\s+`, 'u').exec(s))) {
    const rest = s.slice(m[0].length);
    const cue = named(speakerIn(m.groups!.acc ? rest.replace(/,[^]*$/, '') : rest, scope), at, m.groups!.inv ?? m.groups!.acc!);
    if (cue) return cue;
  }
  if ((m = new RegExp(`^${c.DET}(?<name>${c.NAME})\\s+${c.FILL}(?<verb>${c.SVERB})${E}`, 'u').exec(s))) {
    const cue = named(speakerIn(m.groups!.name!, scope), at, m.groups!.verb!);
    if (cue) return cue;
  }
  // "the minister said": a title in lower case before the verb.
  if ((m = new RegExp(`^${c.DET}(?<title>[\\p{Ll} ]{2,40}?)\\s+(?<verb>${c.SVERB})${E}`, 'u').exec(s))) {
    const title = m.groups!.title!.trim();
    if (c.titles.has(title)) return { kind: 'name', name: { title }, at, verb: m.groups!.verb! };
  }
  if ((m = new RegExp(`^${c.VERB}${E}`, 'u').exec(s))) return { kind: 'document', at, verb: m[0] };
  return undefined;
}

/** The attribution before a quote in its sentence (`Sari mengatakan bahwa "…"`, `Menurut Yudi, "…"`). */
export function cueBefore(pre: string, preStart: number, c: Cues, scope: NameScope, direct: boolean): Cue | undefined {
  const found: Cue[] = [];
  const add = (cue: Cue | undefined, end: number): void => {
    if (!cue) return;
    // A scare quote counts only when the cue stands right before it.
    if (direct && !new RegExp(`^\\s*(?:(?:${alt(c.words.prepositions)})\\s*)?[:,]?\\s*$`, 'u').test(pre.slice(end))) return;
    found.push(cue);
  };
  for (const m of pre.matchAll(new RegExp(`${B}(?<name>${c.SPEAKER})(?:\\s*,[^,"“”]{1,80},)?\\s+${c.FILL}(?<verb>${c.SVERB})${E}`, 'gu'))) {
    if (c.prepositions.has(previousWord(pre, m.index))) continue;
    add(named(speakerIn(m.groups!.name!, scope), preStart + m.index, m.groups!.verb!), m.index + m[0].length);
  }
  for (const m of pre.matchAll(new RegExp(`${B}${c.PRON}\\s+${c.FILL}(?<verb>${c.SVERB})${E}`, 'gu'))) {
    add({ kind: 'pronoun', at: preStart + m.index, verb: m.groups!.verb! }, m.index + m[0].length);
  }
  for (const m of pre.matchAll(new RegExp(`${B}(?<verb>${c.ACC}|${c.INV})\\s+(?:(?<pron>${c.PRON})|${c.DET}(?<name>${c.NAME}))\\s*[,:]`, 'gu'))) {
    const at = preStart + m.index;
    add(m.groups!.pron ? { kind: 'pronoun', at, verb: m.groups!.verb! } : named(speakerIn(m.groups!.name!, scope), at, m.groups!.verb!), m.index + m[0].length);
  }
  return found.sort((a, b) => a.at - b.at).pop();
}

/** The relay source stated in an attribution clause ("dikutip dari Warta Nusa" → Warta Nusa). */
export function relayIn(clause: string, c: Cues): string | undefined {
  const m = new RegExp(`${B}(?:${c.RELAY}|${c.ACC})\\s+(?<src>(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?${c.NAME})`, 'u').exec(clause);
  // "seperti dikutip dari Warta Nusa": the source is the name, not the preposition before it.
  return m?.groups?.src?.replace(new RegExp(`^(?:(?:${alt(c.words.prepositions)})\\s+)+`, 'u'), '');
}

/** A person the text between quotes names, and where: what a later pronoun cue stands for. */
export interface Mention {
  readonly name: SpeakerName;
  readonly at: number;
  /** A bare name opening a sentence: stands for a pronoun cue only while nobody else has been named. */
  readonly weak?: boolean;
}

/**
 * Reported speech (`kata Lestari`, `X mengatakan`, `menurut X`) and sentence subjects that are
 * people (`Namun, Gubernur Budi meminta …`, `Yusri berharap …` when Yusri is a person of the article)
 * in a paragraph whose quotes are blanked, in reading order.
 */
export function mentionsIn(blank: string, sentenceStarts: readonly number[], c: Cues, scope: NameScope): Mention[] {
  const out: Mention[] = [];
  const keep = (name: SpeakerName, at: number): void => {
    if (name.name !== undefined || name.title !== undefined) out.push({ name, at });
  };
  for (const m of blank.matchAll(new RegExp(`${B}(?<name>${c.SPEAKER})(?:\\s*,[^,]{1,80},)?\\s+${c.FILL}${c.SVERB}${E}`, 'gu'))) {
    if (!c.prepositions.has(previousWord(blank, m.index))) keep(speakerIn(m.groups!.name!, scope), m.index);
  }
  for (const m of blank.matchAll(new RegExp(`${B}(?:(?<inv>${c.INV})|${c.ACC})\\s+(?=\\p{Lu}|${c.DET}\\p{L})`, 'gu'))) {
    // "Menurut X, …": the source ends at the comma; "kata X, Role, Name" may go on.
    const rest = blank.slice(m.index + m[0].length, m.index + m[0].length + 200);
    keep(speakerIn(m.groups!.inv ? rest : rest.replace(/,[^]*$/, ''), scope), m.index);
  }
  // A sentence's subject: after its opening words ("Namun,", "Sementara itu,"), a run of capitalised
  // words before a lower-case word. With a title, or a person of the article with a role, it is the
  // person spoken of; a bare name before a verb ("Rakhmat berharap", "Yusri tetap meminta") only when
  // nobody has been named yet: "Kartu Prakerja yang …" or "Tagana bergerak …" is no one to quote.
  const lead = `(?:(?:${altCi([...lexicon.leadWords, ...c.words.fillers, ...(c.words.demonstratives ?? [])])})[\\s,]+)*`;
  const subject = new RegExp(`^\\s*(?:[^,.]{0,60},\\s*)?${lead}(?<name>${c.NAME}(?:\\s+(?:\\p{N}+|${c.NAME}))*)(?:\\s*,[^,]{1,80},)?\\s+(?<next>\\p{Ll}+)`, 'u');
  for (const start of sentenceStarts) {
    const m = subject.exec(blank.slice(start, start + 200));
    if (!m || !/^\p{Lu}/u.test(m.groups!.name!)) continue;
    const name = speakerIn(m.groups!.name!, scope);
    if (name.name === undefined || out.some((o) => Math.abs(o.at - start) < 200 && o.name.name === name.name)) continue;
    const honorific = scope.honorifics.has(fold(m.groups!.name!.split(/\s+/)[0]!.replace(/\.$/, '')));
    const strong = honorific || name.title !== undefined || resolvePerson(scope.people, name.name)?.role !== undefined;
    const bare = name.name.split(/\s+/);
    const weak =
      c.verbLike(m.groups!.next!) && bare.every((w) => w.length >= 4 && !scope.common.has(fold(w)) && !c.suffixes.some((x) => fold(w).endsWith(x)));
    if (strong || weak) out.push({ name, at: start + m.index, ...(!strong && { weak: true }) });
  }
  return out.sort((a, b) => a.at - b.at);
}
