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
import { warmPatterns } from '../text/warm-pattern.js';
import { tables } from '../lang/index.js';
import type { LanguageTable, QuoteWords } from '../lang/tables.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import type { Language } from '../types.js';
import { speakerIn, type SpeakerName } from './speaker-names.js';
import type { NameScope } from './speaker-scope.js';
import { execAll } from '../text/find.js';

export type { SpeakerName } from './speaker-names.js';

interface CueBase {
  /** Offset of the cue in its paragraph. */
  readonly at: number;
  /** The speech verb as written ("kata", "ujarnya", "said", "Menurut"). */
  readonly verb: string;
}

export type Cue =
  | (CueBase & { readonly kind: 'name'; readonly name: SpeakerName })
  /** A pronoun or a demonstrative: the person spoken of before (a demonstrative's role, lower case, when nobody was). */
  | (CueBase & { readonly kind: 'pronoun'; readonly role?: string })
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

/** The patterns of one language, compiled once. */
export interface Cues {
  readonly words: QuoteWords;
  /** Right after a quote (`^`): a pronoun verb; an inverted verb and a pronoun; a pronoun and a verb;
   * an inverted verb or "according to"; a name and a verb; a lower-case title and a verb; any speech verb. */
  readonly after: {
    readonly pronounVerb: RegExp;
    readonly verbPronoun: RegExp;
    readonly pronounThenVerb: RegExp;
    readonly inverted: RegExp;
    readonly nameVerb: RegExp;
    readonly titleVerb: RegExp;
    readonly verb: RegExp;
  };
  /** Anywhere before a quote or between quotes (global): a name and a verb; a pronoun and a verb;
   * an inverted verb or "according to" and a pronoun or a name before `,` or `:`; an inverted verb
   * before a name. */
  readonly nameVerb: RegExp;
  /** Any verb `nameVerb` ends with: where none is written, no name before one needs reading. */
  readonly subjectVerb: RegExp;
  readonly pronounVerb: RegExp;
  /** A pronoun verb right before the quote, after `,` or `:` ("Menurutnya, ”…”"). */
  readonly pronounBefore: RegExp;
  readonly invertedBeforeQuote: RegExp;
  readonly invertedName: RegExp;
  /** A determiner and a title before a verb, before a quote ("The minister told MPs:"); a title or a
   * phrase of up to three words ending in one ("union leader"). */
  readonly titleVerb: RegExp;
  readonly isTitle: (phrase: string) => boolean;
  /** Nothing but a preposition, `:` or `,` between a cue and a scare quote. */
  readonly direct: RegExp;
  readonly relay: RegExp;
  readonly leadingPrepositions: RegExp;
  /** A sentence's subject: right after its opening words, or after an opening phrase and a comma. */
  readonly subjects: readonly RegExp[];
  /** A clause that opens with a speech verb or a pronoun verb. */
  readonly attributes: RegExp;
  readonly prepositions: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  /** Suffixes of three letters or more ("kan", "nya"): a word ending so is no bare name. */
  readonly suffixes: readonly string[];
  /** Lower-case words that look like a verb, after any adverbs ("berharap", "tetap meminta", "met"). */
  readonly verbLike: (words: string) => boolean;
  /** The verb at `index` closes a noun ("tanggung jawab"): no cue. */
  readonly verbNounAt: (text: string, index: number) => boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}-])';

function cuesFor(table: LanguageTable): Cues {
  const words = table.quoteWords ?? noQuoteWords;
  const abbreviations = table.abbreviations.filter((a) => /^\p{Lu}/u.test(a) && !/^\p{Lu}+$/u.test(a));
  const WORD = `(?:\\p{Lu}\\.|(?:${alt(abbreviations)})\\.|\\p{Lu}[\\p{L}'’-]*)`;
  const JOIN = `(?:(?:${alt([...words.nameParticles, ...(words.honorifics ?? []).map((h) => h.toLowerCase())])})\\s+)?`;
  const NAME = `${WORD}(?:\\s+${JOIN}${WORD}){0,7}`;
  // "Fajar dari PT Sinar Kayu mengatakan", "Ann Lee of the Harbour Union said", "Ann Lee of the union
  // said": the speaker and where they work, named or in up to three lower-case words.
  const DET = `(?:(?:${altCi(words.determiners)})\\s+)?`;
  const SPEAKER = `${NAME}(?:\\s+(?:${alt(words.affiliations ?? [])})\\s+${DET}(?:${NAME}(?:\\s+\\p{Ll}[\\p{L}'’-]*)?|\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2}?))?`;
  const VERB = `(?:${altCi(table.speechVerbs)})`;
  const SVERB = `(?:${altCi(words.subjectVerbs ?? table.speechVerbs)})`;
  const INV = `(?:(?:${altCi(words.invertedVerbs ?? table.speechVerbs)})(?:\\s+(?:${alt([...lexicon.agentMarkers])}))?)`;
  const PVERB = `(?:${altCi(table.pronounSpeechVerbs)})`;
  const PRON = `(?:${altCi(words.pronouns)}|(?:${altCi(words.determiners)})\\s+\\d{1,3}-(?:${alt(words.ageNouns ?? [])}))`;
  const FILL = `(?:(?:${alt(words.fillers)})\\s+)*`;
  const ACC = `(?:${altCi(words.accordingTo)})`;
  const RELAY = `(?:${altCi(table.relayPhrases.filter((r) => !words.accordingTo.includes(r)))})`;
  const PROGRAMME = `(?:${alt(table.broadcastWords?.programmes ?? [])})`;
  const LEAD = `(?:(?:${altCi([...lexicon.leadWords, ...words.fillers, ...(words.demonstratives ?? [])])})[\\s,]+)*`;
  const stop = new Set([...table.stopWords, ...(words.demonstratives ?? [])]);
  const VNOUN = new RegExp(`${B}(?:${altCi(words.verbNouns ?? [])})${E}`, 'gu');
  // A title in lower case between capitalised words ("Finance minister Sarah Quinn", "union leader Tom Barker").
  const titles = new Set([...table.titles, ...(words.titles ?? [])]);
  const TITLE = `(?:${alt([...titles].filter((t) => /^\p{Ll}/u.test(t)))})`;
  // An age in brackets ("Sari Wulandari (45) menambahkan") or what stands between commas after a name.
  const APPOSITION = `(?:\\s*\\(\\d{1,3}\\))?(?:\\s*,(?<apposition>[^,"“”]{1,80}(?:,[^,"“”]{1,40})?),)?`;
  return {
    words,
    after: {
      pronounVerb: new RegExp(`^${PVERB}${E}`, 'u'),
      verbPronoun: new RegExp(`^(?<verb>${INV})\\s+${PRON}${E}`, 'u'),
      pronounThenVerb: new RegExp(`^${PRON}\\s+${FILL}(?<verb>${SVERB})${E}`, 'u'),
      inverted: new RegExp(`^(?:(?<inv>${INV})|(?<acc>${ACC}))\\s+`, 'u'),
      nameVerb: new RegExp(`^${DET}(?<lead>(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${TITLE}\\s+)?(?<name>${SPEAKER})${APPOSITION}\\s+${FILL}(?<verb>${SVERB})${E}`, 'u'),
      titleVerb: new RegExp(`^${DET}(?<title>[\\p{Ll} ]{2,40}?)\\s+(?<verb>${SVERB})${E}`, 'u'),
      verb: new RegExp(`^${VERB}${E}`, 'u'),
    },
    // A name set off by commas after its role closes with one before the verb ("Its leader, Ann Lee, told reporters:").
    nameVerb: new RegExp(`${B}(?<name>${SPEAKER})${APPOSITION}(?:(?<=,\\s*\\p{L}[^,]{0,60}),)?\\s+${FILL}(?<verb>${SVERB})${E}`, 'gu'),
    subjectVerb: new RegExp(`${B}${SVERB}${E}`, 'u'),
    pronounVerb: new RegExp(`${B}${PRON}\\s+${FILL}(?<verb>${SVERB})${E}`, 'gu'),
    pronounBefore: new RegExp(`${B}(?<verb>${PVERB})\\s*[,:]\\s*$`, 'u'),
    invertedBeforeQuote: new RegExp(`${B}(?<verb>${ACC}|${INV})\\s+(?:(?<pron>${PRON})|${DET}(?<name>${NAME}))\\s*[,:]`, 'gu'),
    titleVerb: new RegExp(`${B}(?:${altCi(words.determiners)})\\s+(?<title>(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?${TITLE})\\s+${FILL}(?<verb>${SVERB})${E}`, 'gu'),
    isTitle: (phrase) => ((ws) => ws.length <= 3 && ws.some((_, k) => titles.has(ws.slice(k).join(' '))))(phrase.trim().split(/\s+/)),
    invertedName: new RegExp(`${B}(?:(?<inv>${INV})|${ACC})\\s+(?=\\p{Lu}|${DET}\\p{L})`, 'gu'),
    direct: new RegExp(`^\\s*(?:(?:${alt(words.prepositions)})\\s*)?[:,]?\\s*$`, 'u'),
    // "told BBC Radio 4's Today programme": a station's number, its programme and the word for one are the source's.
    relay: new RegExp(`${B}(?:${RELAY}|${ACC})\\s+(?<src>(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?${NAME}(?:\\s+\\d{1,3}(?:['’]s\\s+${NAME})?)?(?:\\s+${PROGRAMME}${E})?)`, 'u'),
    leadingPrepositions: new RegExp(`^(?:(?:${alt(words.prepositions)})\\s+)+`, 'u'),
    // An age in brackets may follow the name ("Seorang warga, Siti Aminah (45), mengaku …").
    subjects: ['', '[^,.]{0,60},\\s*'].map(
      (intro) => new RegExp(`^\\s*${intro}${LEAD}(?<name>${NAME}(?:\\s+(?:\\p{N}+|${NAME}${words.titlesInLowerCase === true ? `|${TITLE}(?=\\s+\\p{Lu})` : ''}))*)(?:\\s*\\(\\d{1,3}\\))?(?:\\s*,(?<apposition>[^,]{1,80}),|\\s*,)?\\s+(?<next>(?:${FILL})\\p{Ll}+)`, 'u'),
    ),
    attributes: new RegExp(`^(?:${VERB}|${PVERB})${E}`, 'u'),
    prepositions: new Set(words.prepositions),
    titles,
    suffixes: table.suffixes.filter((x) => x.length >= 3),
    verbNounAt: (text, index) => {
      const from = Math.max(0, index - 30);
      return execAll(VNOUN, text.slice(from, index + 20)).some((m) => from + m.index <= index && from + m.index + m[0].length > index);
    },
    // Without verb prefixes in the table (English), any lower-case word of three letters or more that is no stop word.
    verbLike: (text) => {
      // The verb after any adverbs ("tetap berharap", "also met").
      const word = text.split(/\s+/).pop()!;
      return !stop.has(word) && (words.verbPrefixes ?? ['']).some((p) => word.startsWith(p) && word.length >= (p === '' ? 3 : p.length + 4));
    },
  };
}

const cueCache = new Map<Language, Cues>();
export function cuesOf(language: Language): Cues {
  let c = cueCache.get(language);
  if (!c) cueCache.set(language, (c = warmPatterns(cuesFor(tables[language]))));
  return c;
}

/** The word before `index` in `text`, lower case. */
function previousWord(text: string, index: number): string {
  return (/([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '').toLowerCase();
}

const named = (name: SpeakerName, at: number, verb: string): Cue | undefined =>
  name.demonstrative ? { kind: 'pronoun', at, verb, ...(name.title !== undefined && { role: name.title }) } : name.name !== undefined || name.title !== undefined ? { kind: 'name', name, at, verb } : undefined;

/** "Menurut X, …": the source ends at the comma; "kata X, Role, Name" may go on. */
const sourceOf = (rest: string, inverted: boolean): string => (inverted ? rest : rest.replace(/,[^]*$/, ''));

/** The attribution right after a quote (`," kata Hartono`, `," he said`, `," Hartono said`). */
export function cueAfter(tail: string, tailStart: number, c: Cues, scope: NameScope): Cue | undefined {
  const lead = /^[\s,.;:!?—–-]*/.exec(tail)![0].length;
  const s = tail.slice(lead);
  const at = tailStart + lead;
  const p = c.after;
  let m: RegExpExecArray | null;
  if ((m = p.pronounVerb.exec(s))) return { kind: 'pronoun', at, verb: m[0] };
  if ((m = p.verbPronoun.exec(s))) return { kind: 'pronoun', at, verb: m.groups!.verb! };
  if ((m = p.pronounThenVerb.exec(s))) return { kind: 'pronoun', at, verb: m.groups!.verb! };
  if ((m = p.inverted.exec(s))) {
    const cue = named(speakerIn(sourceOf(s.slice(m[0].length, m[0].length + 200), m.groups!.inv !== undefined), scope, true), at, m.groups!.inv ?? m.groups!.acc!);
    if (cue) return cue;
  }
  if ((m = p.nameVerb.exec(s))) {
    const cue = named(speakerIn(`${m.groups!.lead ?? ''}${withApposition(m)}`, scope), at, m.groups!.verb!);
    if (cue) return cue;
  }
  // "the minister said": a title in lower case before the verb.
  if ((m = p.titleVerb.exec(s)) && c.isTitle(m.groups!.title!)) return { kind: 'name', name: { title: m.groups!.title!.trim() }, at, verb: m.groups!.verb! };
  if ((m = p.verb.exec(s))) return { kind: 'document', at, verb: m[0] };
  return undefined;
}

/** Every `X mengatakan` / `X said` not after a preposition ("kepada X"); after one, the search goes on
 * after its name ("… di Istanbul, Turki, Herry S, mengatakan": Herry S, not nothing). */
function* nameVerbsIn(text: string, c: Cues): Generator<RegExpExecArray> {
  if (!c.subjectVerb.test(text)) return;
  const re = c.nameVerb;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!c.prepositions.has(previousWord(text, m.index))) yield m;
    else re.lastIndex = m.index + m.groups!.name!.length;
  }
}

/** A name and what stands between commas after it ("Anggota Dewan Kota, Rudi Hartono, mengatakan"): either may be the person. */
const withApposition = (m: RegExpMatchArray): string =>
  m.groups!.apposition === undefined ? m.groups!.name! : `${m.groups!.name!},${m.groups!.apposition}`;

/** The attribution before a quote in its sentence (`Sari mengatakan bahwa "…"`, `Menurut Yudi, "…"`). */
export function cueBefore(pre: string, preStart: number, c: Cues, scope: NameScope, direct: boolean): Cue | undefined {
  const found: Cue[] = [];
  const add = (cue: Cue | undefined, end: number): void => {
    // A scare quote counts only when the cue stands right before it.
    if (cue && (!direct || c.direct.test(pre.slice(end)))) found.push(cue);
  };
  for (const m of nameVerbsIn(pre, c)) add(named(speakerIn(withApposition(m), scope), preStart + m.index, m.groups!.verb!), m.index + m[0].length);
  for (const m of execAll(c.titleVerb, pre)) add({ kind: 'name', name: { title: m.groups!.title! }, at: preStart + m.index, verb: m.groups!.verb! }, m.index + m[0].length);
  for (const m of execAll(c.pronounVerb, pre)) add({ kind: 'pronoun', at: preStart + m.index, verb: m.groups!.verb! }, m.index + m[0].length);
  // "Menurutnya, ”…”": a pronoun verb right before the quote.
  const own = c.pronounBefore.exec(pre);
  if (own) add({ kind: 'pronoun', at: preStart + own.index, verb: own.groups!.verb! }, pre.length);
  for (const m of execAll(c.invertedBeforeQuote, pre)) {
    const at = preStart + m.index;
    add(m.groups!.pron ? { kind: 'pronoun', at, verb: m.groups!.verb! } : named(speakerIn(m.groups!.name!, scope, true), at, m.groups!.verb!), m.index + m[0].length);
  }
  return found.sort((a, b) => a.at - b.at).pop();
}

/** The relay source stated in an attribution clause ("dikutip dari Warta Nusa" → Warta Nusa). */
export function relayIn(clause: string, c: Cues): string | undefined {
  // "seperti dikutip dari Warta Nusa": the source is the name, not the preposition before it.
  return c.relay.exec(clause)?.groups?.src?.replace(c.leadingPrepositions, '');
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
 * people (`Namun, Gubernur Budi meminta …`, `Marlina berharap …` when Marlina is a person of the article)
 * in a paragraph whose quotes are blanked, in reading order.
 */
export function mentionsIn(blank: string, sentenceStarts: readonly number[], c: Cues, scope: NameScope): Mention[] {
  const out: Mention[] = [];
  const keep = (name: SpeakerName, at: number): void => {
    if (!name.demonstrative && (name.name !== undefined || name.title !== undefined)) out.push({ name, at });
  };
  for (const m of nameVerbsIn(blank, c)) keep(speakerIn(withApposition(m), scope), m.index);
  for (const m of execAll(c.invertedName, blank)) {
    if (c.verbNounAt(blank, m.index)) continue;
    keep(speakerIn(sourceOf(blank.slice(m.index + m[0].length, m.index + m[0].length + 200), m.groups!.inv !== undefined), scope, true), m.index);
  }
  // A sentence's subject: after its opening words ("Namun,", "Sementara itu,"), a run of capitalised
  // words before a lower-case word. With a title or an honorific, or a person of the article with a
  // role, it is the person spoken of; a bare name before a verb ("Hendrik berharap", "Marlina tetap
  // meminta") only while nobody has been named: "Kartu Pintar yang …" is no one to quote.
  for (const start of sentenceStarts) {
    for (const pattern of c.subjects) {
      const m = pattern.exec(blank.slice(start, start + 200));
      // A name followed by "dan" goes on ("Fakultas Ekonomika dan Bisnis …"): no subject there.
      if (!m || !/^\p{Lu}/u.test(m.groups!.name!) || lexicon.connectors.has(m.groups!.next!.split(/\s+/)[0]!)) continue;
      // "Ketua DPD Partai Maju, Rudi Darmawan, membenarkan": the apposition may be the person.
      const apposition = m.groups!.apposition;
      const name = speakerIn(apposition === undefined ? m.groups!.name! : `${m.groups!.name!},${apposition}`, scope);
      if (name.name === undefined) continue;
      const honorific = scope.honorifics.has(fold(m.groups!.name!.split(/\s+/)[0]!.replace(/\.$/, '')));
      // A person of the article, by a name that is no word the article writes as a place or an
      // organisation's name ("di Sukamaju", "Partai Maju"): a people-list entry may have one glued on.
      const person = name.name.split(/\s+/).some((w) => scope.placeOrOrg.has(w)) ? undefined : scope.personNamed(name.name);
      // Bare: the words opening the sentence are the name and nothing else ("Biro Statistik" is not),
      // and a verb follows ("Marlina tetap berharap", not "Kartu Pintar yang …").
      const weak =
        name.name === m.groups!.name && c.verbLike(m.groups!.next!) &&
        name.name.split(/\s+/).map(fold).every((w, _, all) => lexicon.nameParticles.has(w) || (w.length >= (all.length >= 2 ? 3 : 4) && !scope.common.has(w) && !c.suffixes.some((x) => w.endsWith(x))));
      // A bare name before a verb that is a person of the article ("Hendarman berharap …") is the
      // subject a later `katanya` stands for, as much as a titled one.
      const strong = honorific || name.title !== undefined || name.role !== undefined || person?.role !== undefined || (weak && person !== undefined);
      if (!strong && !weak) continue;
      if (!out.some((o) => Math.abs(o.at - start) < 200 && o.name.name === name.name)) out.push({ name, at: start + m.index, ...(!strong && { weak: true }) });
      break;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
