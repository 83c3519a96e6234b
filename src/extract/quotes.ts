// extract: Article → Quote[]. Direct quotes with their speaker, cue, attribution and relay source.
//
// Where the quotes are: quote-marks.ts (any mix of “…”, "…", ”…” and „…“, Kompas's ” on both sides,
// odd spacing). A quote whose paragraph ends inside it goes on in the next paragraph (the newspaper
// convention: the next paragraph reopens it, or carries on and closes it); it is one Quote over both.
//
// Who said it: speakers.ts finds the cue (after the quote, else before it in its sentence) and
// speaker-names.ts the person it names. Then, in reading order:
// - a name → the speaker ("Presiden Sutrisno" → "Sutrisno"; linking it to the full name is the people
//   module's job, in understand());
// - a pronoun or demonstrative cue (`ujarnya`, `kata dia`, `he said`, `kata politisi itu`) → the person
//   spoken of last: the last speaker of a quote, of reported speech, or the subject of a sentence;
// - a title alone (`ujar Presiden`, `the minister said`) → the person last named with that title, else
//   the person of the article whose role holds it, else the title itself;
// - no cue, after another quote of the same paragraph, or opening a paragraph right after a quote or a
//   `X said:` line → that speaker;
// - `bunyi …` ("reads") quotes a document: no speaker. The relay (`dikutip dari Warta Nusa`,
//   `dilaporkan Xinhua`, `menurut pernyataan Kementerian`) in the attribution clause → via.
// Scare quotes: quoted runs of one to three words ("ajaib", "terobosan") are terms, not speech, unless
// a speech verb attributes them directly (`," kata X` right after, or a verb right before). Dropped.
import { fold } from '../text/normalize.js';
import type { Article, Paragraph, Person, Quote } from '../types.js';
import { hasQuoteMark, innerRange, masked, quoteSpans } from './quote-marks.js';
import { fullName } from './speaker-names.js';
import { scopeOf } from './speaker-scope.js';
import { cueAfter, cueBefore, cuesOf, mentionsIn, relayIn, type Cue, type SpeakerName } from './speakers.js';

export { quoteSpans } from './quote-marks.js';

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** End of the clause that attributes a quote: the sentence end after it, or the next quote. */
function tailOf(p: Paragraph, from: number, nextOpen: number | undefined): string {
  const sentence = p.sentences.find((s) => from >= s.start && from < s.end);
  const end = Math.min(sentence?.end ?? p.text.length, nextOpen ?? p.text.length);
  return p.text.slice(from, Math.max(from, end));
}

/** The attribution clause as written from its cue: to the sentence end or `limit`, without trailing marks. */
function clauseAt(p: Paragraph, at: number, limit: number): string {
  const sentence = p.sentences.find((s) => at >= s.start && at < s.end);
  const end = Math.min(sentence?.end ?? p.text.length, limit);
  return p.text.slice(at, Math.max(at, end)).replace(/[\s,.;:!?"“”„—–-]+$/u, '').trim();
}

interface Draft {
  parts: { paragraph: number; start: number; end: number }[];
  speaker?: string;
  via?: string;
  cue?: string;
  attribution?: string;
  /** The speaker was found (own cue or inherited). */
  attributed: boolean;
  /** Opens its paragraph. */
  leading: boolean;
  words: number;
}

const capitalise = (s: string): string => s.replace(/(^|\s)\p{Ll}/gu, (x) => x.toUpperCase());

/**
 * A pronoun cue before anyone is named (a text that opens mid-story: "”…,” ujarnya. Kepala Dinas Budi mengatakan …"):
 * the first person named after the cue in its paragraph.
 */
function firstNamedAfter(mentions: ReturnType<typeof mentionsIn>, at: number, remember: (n: SpeakerName) => string | undefined): string | undefined {
  const next = mentions.find((m) => m.at > at && !m.weak && m.name.name !== undefined);
  return next === undefined ? undefined : remember(next.name);
}

/** Every direct quote of the article with its speaker and relay, in reading order. */
export function extractQuotes(article: Article, people: readonly Person[] = []): Quote[] {
  const c = cuesOf(article.meta.language);
  const scope = scopeOf(article, people);
  const drafts: Draft[] = [];
  // The person spoken of last, and the roles written before names, in reading order.
  let focus: string | undefined;
  /** The focus came from a bare name opening a sentence, which any other mention replaces. */
  let weakFocus = false;
  const roles: { role: string; name: string }[] = [];
  const remember = (n: SpeakerName): string | undefined => {
    if (n.name !== undefined) {
      const role = n.role ?? n.title;
      if (role !== undefined) roles.push({ role: ` ${role} `, name: n.name });
      return n.name;
    }
    return n.title === undefined ? undefined : holderOf(n.title);
  };
  /** A title alone: the person last named with it (in any of its forms), else the person of the article whose role holds it. */
  const holderOf = (title: string): string => {
    const forms = (c.words.titleForms ?? []).find((f) => f.includes(title)) ?? [title];
    const holds = (role: string): boolean => forms.some((f) => role.includes(` ${f} `));
    const named = [...roles].reverse().find((r) => holds(r.role));
    const person = people.find((p) => p.role !== undefined && holds(` ${fold(p.role)} `));
    return named?.name ?? person?.name ?? capitalise(title);
  };
  const lastMarked = article.paragraphs.reduce((last, p) => (hasQuoteMark(p.text) ? p.n : last), 0);
  let carry: Draft | undefined;
  let previousParagraphSpeaker: string | undefined;
  let colonSpeaker: string | undefined;

  for (const p of article.paragraphs) {
    // A quote left open goes on only into the very next paragraph.
    const carried = carry;
    carry = undefined;
    const spans = quoteSpans(p.text, p.n, { inside: carried !== undefined, language: article.meta.language });
    const blank = masked(p.text, spans);
    // Past the last paragraph with a quote mark, nobody named is left to stand for a speaker.
    const mentions = p.n <= lastMarked ? mentionsIn(blank, p.sentences.map((s) => s.start), c, scope) : [];
    let mentionIndex = 0;
    const catchUp = (upTo: number): void => {
      while (mentionIndex < mentions.length && mentions[mentionIndex]!.at < upTo) {
        const mention = mentions[mentionIndex]!;
        const name = mention.weak && focus !== undefined && !weakFocus ? undefined : remember(mention.name);
        if (name !== undefined) [focus, weakFocus] = [name, mention.weak === true];
        mentionIndex++;
      }
    };
    let paragraphSpeaker: string | undefined;
    spans.forEach((span, i) => {
      const { start, end } = innerRange(p.text, span);
      if (end <= start) return;
      let draft: Draft;
      if (carried && i === 0 && span.open <= 0) {
        // The quote goes on from the paragraph before.
        draft = carried;
        draft.parts.push({ paragraph: p.n, start, end });
        draft.words += wordCount(p.text.slice(start, end));
      } else {
        draft = { parts: [{ paragraph: p.n, start, end }], attributed: false, leading: span.open <= 0 || /^\s*$/.test(p.text.slice(0, span.open)), words: wordCount(p.text.slice(start, end)) };
        drafts.push(draft);
      }
      catchUp(Math.max(0, span.open));
      if (!span.closed) {
        carry = draft;
        return;
      }
      const scare = draft.words <= 3 && draft.parts.length === 1;
      const limit = spans[i + 1]?.open ?? p.text.length;
      // A quote that ends its sentence ("… surut.” Menurut Dewi, ”…”) has no cue after it.
      const ended = /[.!?]$/.test(p.text.slice(start, end)) && /^\s*\p{Lu}/u.test(p.text.slice(span.close + 1));
      let cue: Cue | undefined = ended ? undefined : cueAfter(tailOf(p, span.close + 1, limit), span.close + 1, c, scope);
      if (!cue && span.open >= 0) {
        // The sentence of the first quoted word: an opening mark may be glued to the sentence before.
        const sentence = p.sentences.find((s) => start >= s.start && start < s.end);
        const from = Math.min(sentence?.start ?? 0, span.open);
        cue = cueBefore(blank.slice(from, span.open), from, c, scope, scare);
      }
      if (cue) {
        draft.attributed = true;
        if (cue.kind === 'name') draft.speaker = remember(cue.name);
        else if (cue.kind === 'pronoun') draft.speaker = focus ?? firstNamedAfter(mentions, cue.at, remember) ?? (cue.role === undefined ? undefined : holderOf(cue.role));
        draft.cue = cue.verb;
        const clause = clauseAt(p, cue.at, cue.at > span.close ? limit : span.open);
        if (clause !== '') draft.attribution = clause;
        const via = cue.at > span.close ? relayIn(clause, c) : undefined;
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
        [focus, weakFocus] = [draft.speaker, false];
        paragraphSpeaker = draft.speaker;
      }
    });
    catchUp(p.text.length);
    // A paragraph ending in "X mengatakan:" hands its speaker to a quote opening the next one.
    const colon = /:\s*$/.test(blank.trimEnd()) ? mentions.filter((m) => m.name.name !== undefined || m.name.title !== undefined).pop() : undefined;
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
        ...(d.speaker !== undefined && { speaker: fullName(d.speaker, scope) }),
        paragraph: paragraphs[0]!,
        paragraphs,
        ...(d.via !== undefined && { via: d.via }),
        ...(d.cue !== undefined && { cue: d.cue }),
        ...(d.attribution !== undefined && { attribution: d.attribution }),
      };
    });
}

/**
 * Where each part of a quote stands in its paragraphs: verbatim slices for citations and highlights.
 * Returns one entry per paragraph the quote spans.
 */
export function quoteParts(_article: Article, quote: Quote): { paragraph: number; text: string }[] {
  const parts = quote.text.split('\n');
  return quote.paragraphs.map((n, i) => ({ paragraph: n, text: parts[i] ?? '' })).filter((x) => x.text !== '');
}

/**
 * The attribution clause as written after a quote ("bunyi pasal itu, seperti dilaporkan Xinhua"), for
 * showing unattributed and document quotes; undefined when there is none. Kept for answer/quote.ts:
 * the same clause is now stored at load in `Quote.attribution` (with the clause before a quote too).
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
  return cuesOf(article.meta.language).attributes.test(clause) ? clause : undefined;
}
