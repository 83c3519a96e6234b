// extract: Article → Quote[]. Direct quotes with their speaker and relay source.
//
// Quote marks: “…”, "…", ”…” (some scrapes use the closing mark on both sides) and „…“.
// A quote whose paragraph ends before its closing mark continues in the next paragraph when that
// paragraph opens with a quote mark (the newspaper convention); it is one Quote over both paragraphs.
//
// The speaker, from the words around the quote (language tables: speech verbs, pronoun speech
// verbs, pronouns, relay phrases, titles):
// - after it: `,” kata Hartono`, `,” ujar Presiden Sutrisno`, `" tutup Rahmat`, `," Hartono said`,
//   `," said the president`, `," according to Ellis`;
// - before it, in the same sentence: `Sari Wulandari mengungkapkan keyakinannya bahwa "…"`,
//   `Menurut Yudi, "…"`, `Hartono said: "…"`;
// - a pronoun cue (`ujarnya`, `kata dia`, `he said`, `Ia mengatakan`) is the last named speaker —
//   named by a quote or by reported speech ("kata X", "X mengatakan", "menurut X") before it;
// - a title alone (`ujar Presiden`, `the minister said`) is the last speaker named with that title;
// - a quote with no cue of its own that follows another quote of the same paragraph, or opens a
//   paragraph right after a quote or a `X said:` line, keeps that speaker.
// Speaker is the name as written, leading titles removed ("Presiden Sutrisno" → "Sutrisno"); linking it
// to the full name is the people module's job.
// `bunyi …` ("reads") quotes a document: no speaker, and `via` carries the relay if stated.
// The relay: `dikutip dari Warta Nusa`, `dilaporkan Xinhua`, `menurut pernyataan Kementerian Luar Negeri` in the
// attribution clause → via.
//
// Scare quotes: quoted runs of one to three words inside a sentence ("ajaib", "terobosan")
// are terms or emphasis, not something a person said, unless a speech verb attributes them
// directly (`," kata X` right after, or a speech verb right before the quote). They are dropped.
import { tables } from '../lang/index.js';
import type { LanguageTable, QuoteWords } from '../lang/tables.js';
import type { Article, Paragraph, Quote } from '../types.js';

const OPENERS = new Set(['“', '„', '"', '”']);
const STRAIGHT = '"';

interface Span {
  readonly paragraph: number;
  /** Index of the opening mark. */
  readonly open: number;
  /** Index of the closing mark, or the paragraph length when unclosed. */
  readonly close: number;
  readonly closed: boolean;
}

/** Quote spans of one paragraph, in order. */
export function quoteSpans(text: string, paragraph = 0): Span[] {
  const spans: Span[] = [];
  let open: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!OPENERS.has(ch) && ch !== '“') continue;
    if (open === undefined) {
      // A closing curly mark opens only where a quote can start: paragraph start or after a space or bracket.
      if (ch === '”' && !(i === 0 || /[\s(\[:]/.test(text[i - 1]!))) continue;
      open = i;
    } else if (ch === '“' || ch === '„') {
      // An opening mark inside an open quote: the earlier mark was stray; start again here.
      if (/[\s(\[:]/.test(text[i - 1] ?? ' ') || i === 0) open = i;
    } else {
      spans.push({ paragraph, open, close: i, closed: true });
      open = undefined;
    }
  }
  if (open !== undefined) spans.push({ paragraph, open, close: text.length, closed: false });
  return spans;
}

/** The quoted words of a span: inside the marks, trimmed, without the comma that ends the quote. */
function innerRange(text: string, open: number, close: number): { start: number; end: number } {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// ---------------------------------------------------------------------------------------------
// Cue patterns from a language table.

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

interface Cues {
  readonly table: LanguageTable;
  readonly words: QuoteWords;
  readonly titles: readonly string[][];
  /** A name: capitalised words, initials, known abbreviations and lower-case particles between them. */
  readonly NAME: string;
  readonly VERB: string;
  readonly PVERB: string;
  readonly PRON: string;
  readonly FILL: string;
  readonly DET: string;
  readonly ACC: string;
  readonly RELAY: string;
  readonly prepositions: ReadonlySet<string>;
  /** Words that start a sentence but never a name ("Namun", "Ia"). */
  readonly leading: ReadonlySet<string>;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}-])';

function cuesFor(table: LanguageTable): Cues {
  const words = table.quoteWords ?? noQuoteWords;
  const abbreviations = table.abbreviations.filter((a) => /^\p{Lu}/u.test(a) && !/^\p{Lu}+$/u.test(a));
  const WORD = `(?:\\p{Lu}\\.|(?:${alt(abbreviations)})\\.|\\p{Lu}[\\p{L}'’-]*)`;
  const NAME = `${WORD}(?:\\s+(?:(?:${alt(words.nameParticles)})\\s+)?${WORD}){0,6}`;
  const relay = table.relayPhrases.filter((r) => !words.accordingTo.includes(r));
  return {
    table,
    words,
    titles: [...table.titles].sort((a, b) => b.split(' ').length - a.split(' ').length).map((t) => t.split(' ')),
    NAME,
    VERB: `(?:${altCi(table.speechVerbs)})`,
    PVERB: `(?:${altCi(table.pronounSpeechVerbs)})`,
    PRON: `(?:${altCi(words.pronouns)})`,
    FILL: `(?:(?:${alt(words.fillers)})\\s+)*`,
    DET: `(?:(?:${altCi(words.determiners)})\\s+)?`,
    ACC: `(?:${altCi(words.accordingTo)})`,
    RELAY: `(?:${altCi(relay)})`,
    prepositions: new Set(words.prepositions),
    leading: new Set([...table.stopWords, ...words.fillers, ...words.prepositions, ...words.pronouns]),
  };
}

const cueCache = new Map<LanguageTable, Cues>();
function cues(table: LanguageTable): Cues {
  let c = cueCache.get(table);
  if (!c) {
    c = cuesFor(table);
    cueCache.set(table, c);
  }
  return c;
}

interface SpeakerName {
  /** The name without leading titles, or undefined when only titles were written ("Presiden"). */
  readonly name?: string;
  /** The leading title as written, lower case ("presiden"). */
  readonly title?: string;
}

/**
 * Leading titles off a name run: "Presiden Sutrisno" → Sutrisno (title presiden), "Presiden" → title only,
 * "Kolonel Inf. Bambang Santoso" → Bambang Santoso. When a title led a long run of capitalised words
 * ("Presiden Republik Ceko Petr Novak"), the name is the part the article uses again on its own
 * ("Novak"), else the last two words.
 */
function splitTitle(run: string, c: Cues, article: Article): SpeakerName {
  let words = run.split(/\s+/).filter(Boolean);
  const titleWords: string[] = [];
  for (;;) {
    const lowerWords = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
    if (c.words.determiners.includes(lowerWords[0] ?? '') || (titleWords.length === 0 && c.leading.has(lowerWords[0] ?? ''))) {
      words = words.slice(1);
      continue;
    }
    const title = c.titles.find((t) => t.every((w, i) => lowerWords[i] === w));
    if (!title) break;
    titleWords.push(...words.slice(0, title.length));
    words = words.slice(title.length);
  }
  // A title inside the run ("Health Minister Joan Alder"): the name is what follows the last one.
  for (let i = words.length - 2; i >= 1; i--) {
    const lowerWords = words.map((w) => w.toLowerCase());
    const title = c.titles.find((t) => t.every((w, k) => lowerWords[i + k] === w) && i + t.length < words.length);
    if (title) {
      titleWords.splice(0, titleWords.length, ...words.slice(i, i + title.length));
      words = words.slice(i + title.length);
      break;
    }
  }
  const title = titleWords.length > 0 ? titleWords.join(' ').toLowerCase() : undefined;
  if (title !== undefined) {
    // A rank's corps or abbreviation after the title ("Kolonel Inf.", "Jenderal Pol.") is not the name.
    while (words.length > 1 && (/^\p{Lu}{2,}$/u.test(words[0]!) || /\.$/.test(words[0]!))) words = words.slice(1);
    if (words.length >= 3) {
      const body = article.paragraphs.map((p) => p.text).join('\n');
      for (let k = 1; k < words.length; k++) {
        const suffix = words.slice(k).join(' ');
        const alone = new RegExp(`(?<![\\p{L}\\p{N}]\\s?)(?<!\\p{Lu}[\\p{L}'’-]*\\s)${escape(suffix)}(?![\\p{L}\\p{N}])`, 'gu');
        if ([...body.matchAll(alone)].length > 0) {
          words = words.slice(k);
          break;
        }
      }
      if (words.length >= 4) words = words.slice(-2);
    }
  }
  return { ...(words.length > 0 && { name: words.join(' ') }), ...(title !== undefined && { title }) };
}

type Cue =
  | { readonly kind: 'name'; readonly name: SpeakerName; readonly at: number }
  | { readonly kind: 'pronoun'; readonly at: number }
  /** A document reads ("bunyi …"): attributed, no speaker. */
  | { readonly kind: 'document'; readonly at: number };

/** The word before `index` in `text`, lower case. */
function previousWord(text: string, index: number): string {
  return (/([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '').toLowerCase();
}

/** The attribution right after a quote (`," kata Hartono`, `," he said`, `," Hartono said`). */
function cueAfter(tail: string, tailStart: number, c: Cues, article: Article): Cue | undefined {
  const lead = /^[\s,.;:!?—–-]*/.exec(tail)![0].length;
  const s = tail.slice(lead);
  const at = tailStart + lead;
  let m: RegExpExecArray | null;
  const named = (run: string): Cue | undefined => {
    const name = splitTitle(run, c, article);
    return name.name !== undefined || name.title !== undefined ? { kind: 'name', name, at } : undefined;
  };
  if (new RegExp(`^${c.PVERB}${E}`, 'u').test(s)) return { kind: 'pronoun', at };
  if (new RegExp(`^${c.VERB}\\s+${c.PRON}${E}`, 'u').test(s)) return { kind: 'pronoun', at };
  if (new RegExp(`^${c.PRON}\\s+${c.FILL}${c.VERB}${E}`, 'u').test(s)) return { kind: 'pronoun', at };
  if ((m = new RegExp(`^(?:${c.VERB}|${c.ACC})\\s+${c.DET}(?<name>${c.NAME})`, 'u').exec(s))) {
    const cue = named(m.groups!.name!);
    if (cue) return cue;
  }
  // "said councillor Ann Lee": a title in lower case between the verb and the name.
  if ((m = new RegExp(`^(?:${c.VERB}|${c.ACC})\\s+${c.DET}(?<title>[\\p{Ll} ]{2,40}?)\\s+(?<name>${c.NAME})`, 'u').exec(s))) {
    const title = m.groups!.title!.trim();
    const cue = c.titles.some((t) => t.join(' ') === title) ? named(m.groups!.name!) : undefined;
    if (cue) return cue;
  }
  if ((m = new RegExp(`^${c.DET}(?<name>${c.NAME})\\s+${c.FILL}${c.VERB}${E}`, 'u').exec(s))) {
    const cue = named(m.groups!.name!);
    if (cue) return cue;
  }
  if ((m = new RegExp(`^${c.DET}(?<title>[\\p{Ll} ]{2,40}?)\\s+${c.VERB}${E}`, 'u').exec(s))) {
    const title = m.groups!.title!.trim();
    if (c.titles.some((t) => t.join(' ') === title)) return { kind: 'name', name: { title }, at };
  }
  if (new RegExp(`^${c.VERB}${E}`, 'u').test(s)) return { kind: 'document', at };
  return undefined;
}

/** The attribution before a quote in its sentence (`Sari mengatakan bahwa "…"`, `Menurut Yudi, "…"`). */
function cueBefore(pre: string, preStart: number, c: Cues, article: Article, direct: boolean): Cue | undefined {
  const found: Cue[] = [];
  const add = (cue: Cue, end: number): void => {
    if (cue.kind === 'name' && cue.name.name === undefined && cue.name.title === undefined) return;
    // A scare quote counts only when the cue stands right before it.
    if (direct && !new RegExp(`^\\s*(?:(?:${alt(c.words.prepositions)})\\s*)?[:,]?\\s*$`, 'u').test(pre.slice(end))) return;
    found.push(cue);
  };
  for (const m of pre.matchAll(new RegExp(`${B}(?<name>${c.NAME})(?:\\s*,[^,"“”]{1,80},)?\\s+${c.FILL}(?<verb>${c.VERB})${E}`, 'gu'))) {
    if (c.prepositions.has(previousWord(pre, m.index))) continue;
    add({ kind: 'name', name: splitTitle(m.groups!.name!, c, article), at: preStart + m.index }, m.index + m[0].length);
  }
  for (const m of pre.matchAll(new RegExp(`${B}${c.PRON}\\s+${c.FILL}${c.VERB}${E}`, 'gu'))) {
    add({ kind: 'pronoun', at: preStart + m.index }, m.index + m[0].length);
  }
  for (const m of pre.matchAll(new RegExp(`${B}(?:${c.ACC}|${c.VERB})\\s+${c.DET}(?<name>${c.NAME})\\s*[,:]`, 'gu'))) {
    add({ kind: 'name', name: splitTitle(m.groups!.name!, c, article), at: preStart + m.index }, m.index + m[0].length);
  }
  return found.sort((a, b) => a.at - b.at).pop();
}

/** The relay source stated in an attribution clause ("dikutip dari Warta Nusa" → Warta Nusa). */
function relayIn(clause: string, c: Cues, skipAccordingTo: boolean): string | undefined {
  const RELAY = skipAccordingTo ? c.RELAY : `(?:${c.RELAY}|${c.ACC})`;
  const m = new RegExp(`${B}${RELAY}\\s+(?<src>(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?${c.NAME})`, 'u').exec(clause);
  // "seperti dikutip dari Warta Nusa": the source is the name, not the preposition before it.
  return m?.groups?.src?.replace(new RegExp(`^(?:(?:${alt(c.words.prepositions)})\\s+)+`, 'u'), '');
}

/** Reported speech that names a speaker outside quotes ("kata Lestari", "Menurut Yudi", "X mengatakan"). */
function namedSpeakers(masked: string, c: Cues, article: Article): { name: SpeakerName; at: number }[] {
  const out: { name: SpeakerName; at: number }[] = [];
  for (const m of masked.matchAll(new RegExp(`${B}(?<name>${c.NAME})(?:\\s*,[^,]{1,80},)?\\s+${c.FILL}${c.VERB}${E}`, 'gu'))) {
    if (c.prepositions.has(previousWord(masked, m.index))) continue;
    out.push({ name: splitTitle(m.groups!.name!, c, article), at: m.index });
  }
  for (const m of masked.matchAll(new RegExp(`${B}(?:${c.VERB}|${c.ACC})\\s+${c.DET}(?<name>${c.NAME})`, 'gu'))) {
    out.push({ name: splitTitle(m.groups!.name!, c, article), at: m.index });
  }
  return out.filter((s) => s.name.name !== undefined || s.name.title !== undefined);
}

/** The paragraph with every quoted stretch (marks included) blanked, offsets kept. */
function masked(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.open) + ' '.repeat(Math.min(s.close + 1, text.length) - s.open) + out.slice(s.close + 1);
  return out;
}

/** End of the clause that attributes a quote: the sentence end after it, or the next quote. */
function tailOf(p: Paragraph, from: number, nextOpen: number | undefined): string {
  const sentence = p.sentences.find((s) => from >= s.start && from < s.end);
  const end = Math.min(sentence?.end ?? p.text.length, nextOpen ?? p.text.length);
  return p.text.slice(from, Math.max(from, end));
}

interface Draft {
  parts: { paragraph: number; start: number; end: number }[];
  speaker?: string;
  via?: string;
  /** How the speaker was found: own cue, or none yet. */
  attributed: boolean;
  /** Opens its paragraph. */
  leading: boolean;
  /** Paragraph and offset of the opening mark, for ordering. */
  paragraph: number;
  open: number;
  words: number;
}

/** Every direct quote of the article with its speaker and relay, in reading order. */
export function extractQuotes(article: Article): Quote[] {
  const c = cues(tables[article.meta.language]);
  const drafts: Draft[] = [];
  // Who spoke last, and which name each title belongs to, in reading order.
  let lastSpeaker: string | undefined;
  const byTitle = new Map<string, string>();
  const remember = (n: SpeakerName): string | undefined => {
    if (n.name !== undefined) {
      if (n.title !== undefined) byTitle.set(n.title, n.name);
      return n.name;
    }
    return n.title !== undefined ? byTitle.get(n.title) ?? capitalise(n.title) : undefined;
  };
  let carry: Draft | undefined;
  let previousParagraphSpeaker: string | undefined;
  let colonSpeaker: string | undefined;

  for (const p of article.paragraphs) {
    const spans = quoteSpans(p.text, p.n);
    const blank = masked(p.text, spans);
    const reported = namedSpeakers(blank, c, article);
    let reportedIndex = 0;
    const catchUp = (upTo: number): void => {
      while (reportedIndex < reported.length && reported[reportedIndex]!.at < upTo) {
        const name = remember(reported[reportedIndex]!.name);
        if (name !== undefined) lastSpeaker = name;
        reportedIndex++;
      }
    };
    let paragraphSpeaker: string | undefined;
    spans.forEach((span, i) => {
      const { start, end } = innerRange(p.text, span.open, span.close);
      if (end <= start) return;
      let draft: Draft;
      if (carry && i === 0 && span.open === 0) {
        // The quote goes on from the paragraph before.
        draft = carry;
        draft.parts.push({ paragraph: p.n, start, end });
        draft.words += wordCount(p.text.slice(start, end));
      } else {
        draft = {
          parts: [{ paragraph: p.n, start, end }], attributed: false, leading: span.open === 0 || /^\s*$/.test(p.text.slice(0, span.open)),
          paragraph: p.n, open: span.open, words: wordCount(p.text.slice(start, end)),
        };
        drafts.push(draft);
      }
      carry = undefined;
      catchUp(span.open);
      if (!span.closed) {
        carry = draft;
        return;
      }
      const scare = draft.words <= 3 && draft.parts.length === 1;
      const tail = tailOf(p, span.close + 1, spans[i + 1]?.open);
      let cue = cueAfter(tail, span.close + 1, c, article);
      if (!cue) {
        const sentence = p.sentences.find((s) => span.open >= s.start && span.open < s.end);
        const from = sentence?.start ?? 0;
        cue = cueBefore(blank.slice(from, span.open), from, c, article, scare);
      }
      if (cue) {
        draft.attributed = true;
        if (cue.kind === 'name') draft.speaker = remember(cue.name);
        else if (cue.kind === 'pronoun') draft.speaker = lastSpeaker;
        const via = relayIn(tail, c, false);
        if (via !== undefined && via !== draft.speaker) draft.via = via;
      } else if (!scare) {
        // No cue of its own: the speaker of the quote before it in the paragraph, or of the paragraph
        // before when it opens its paragraph, or of a "X said:" line before it.
        const inherited = paragraphSpeaker ?? (draft.leading ? (colonSpeaker ?? previousParagraphSpeaker) : undefined);
        if (inherited !== undefined) {
          draft.speaker = inherited;
          draft.attributed = true;
        }
      }
      if (draft.speaker !== undefined) {
        lastSpeaker = draft.speaker;
        paragraphSpeaker = draft.speaker;
      }
    });
    catchUp(p.text.length);
    // A paragraph ending in "X mengatakan:" hands its speaker to a quote opening the next one.
    const colon = /:\s*$/.test(blank.trimEnd()) ? namedSpeakers(blank, c, article).pop() : undefined;
    colonSpeaker = colon ? remember(colon.name) : undefined;
    previousParagraphSpeaker = paragraphSpeaker;
  }

  return drafts
    .filter((d) => d.words > 3 || d.attributed)
    .map((d) => {
      const paragraphs = [...new Set(d.parts.map((x) => x.paragraph))];
      const text = d.parts.map((x) => article.paragraphs[x.paragraph - 1]!.text.slice(x.start, x.end)).join('\n');
      return {
        text,
        ...(d.speaker !== undefined && { speaker: d.speaker }),
        paragraph: paragraphs[0]!,
        paragraphs,
        ...(d.via !== undefined && { via: d.via }),
      };
    });
}

function capitalise(s: string): string {
  return s.replace(/(^|\s)\p{Ll}/gu, (x) => x.toUpperCase());
}

/**
 * Where each part of a quote stands in its paragraphs: verbatim slices for citations and highlights.
 * Returns one entry per paragraph the quote spans.
 */
export function quoteParts(article: Article, quote: Quote): { paragraph: number; text: string }[] {
  const parts = quote.text.split('\n');
  return quote.paragraphs.map((n, i) => ({ paragraph: n, text: parts[i] ?? '' })).filter((x) => x.text !== '');
}

/**
 * The attribution clause as written after a quote ("bunyi pasal itu, seperti
 * dilaporkan Xinhua"), for showing unattributed and document quotes; undefined when there is none.
 */
export function attributionOf(article: Article, quote: Quote): string | undefined {
  const last = quote.paragraphs[quote.paragraphs.length - 1]!;
  const p = article.paragraphs[last - 1];
  const part = quote.text.split('\n').pop() ?? '';
  if (!p || part === '') return undefined;
  const at = p.text.indexOf(part);
  if (at < 0) return undefined;
  const after = p.text.slice(at + part.length).replace(/^[,.;:!?\s]*["“”„]?[\s,.;:]*/u, '');
  const clause = /^[^.!?"“”]*/u.exec(after)?.[0].replace(/[,\s]+$/u, '') ?? '';
  // Only a clause that attributes: it opens with a speech verb ("bunyi pasal itu …", "kata Hartono …").
  const c = cues(tables[article.meta.language]);
  return new RegExp(`^(?:${c.VERB}|${c.PVERB})${E}`, 'u').test(clause) ? clause : undefined;
}
