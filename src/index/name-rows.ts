// What one article adds to the name index (index/names.ts): each person, place and organisation it
// names as a row, with what ranks the article for it, worked out once per article. Each written
// form is folded once, and that one fold gives its group key, whether the headline names it and
// which quotes it speaks: building the index over thousands of articles is mostly this.
import { nameKey } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import type { Article, Quote, Understanding } from '../types.js';
import { centralityOf, inHeadline } from './centrality.js';

/**
 * Printable ASCII without a space at either end or two in a row, and no hyphen, underscore, dot or
 * comma: already its own group key and place key, so no new string is made for it (most names).
 */
function plainWords(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return false;
    } else if (c < 33 || c > 126 || c === 44 || c === 45 || c === 46 || c === 95) return false;
  }
  return true;
}

/** A folded name as a group key: runs of spaces, hyphens, underscores, dots and commas one space, trimmed. */
export const keyOfFolded = (folded: string): string => (plainWords(folded) ? folded : folded.replace(/[\s\-‐–_.,]+/g, ' ').trim());

/** A name folded for grouping: case, diacritics, spaces and hyphens do not count. */
export const groupKey = (name: string): string => keyOfFolded(fold(name));

/** A place's form as a place look-up compares it. */
export function placeFormKey(form: string): string {
  const folded = fold(form);
  return plainWords(folded) ? folded : folded.replace(/[\s-]+/g, ' ').trim();
}

interface Named {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly paragraphs: readonly number[];
  readonly role?: string;
  /** An organisation's name spelt out: one more of its forms. */
  readonly expansion?: string;
}

/** One name as one article writes it, with what ranks the article for it: worked out once per article. */
export interface NameRow {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly at: number;
  readonly centrality: number;
  readonly quotes: number;
  readonly mentions: number;
  /** The first paragraph naming it (0 when none does). */
  readonly firstParagraph: number;
  readonly role?: string;
}

/**
 * What one article adds to the name index. A reload keeps these for the articles it did not change
 * (the same entry objects), so rebuilding the index costs the grouping, not every article again.
 */
export interface EntryNames {
  readonly date: string;
  readonly people: readonly NameRow[];
  readonly places: readonly NameRow[];
  readonly organisations: readonly NameRow[];
  /** Comparison keys of the words of its quotes' speakers and relay sources. */
  readonly quotedWords: readonly string[];
}

/** How many quotes each speaker (by group key) speaks; undefined when no quote names one. */
function speakersOf(quotes: readonly Quote[]): Map<string, number> | undefined {
  let counts: Map<string, number> | undefined;
  for (const q of quotes) {
    if (q.speaker === undefined) continue;
    const k = groupKey(q.speaker);
    counts ??= new Map();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * The rows of these names. `quotes`: the article's quotes for people (each counted once per distinct
 * key of the person's forms), undefined for places and organisations. `expanded`: an organisation's
 * expansion is one of its aliases.
 */
function rowsOf(headline: string, named: readonly Named[], quotes: readonly Quote[] | undefined, expanded: boolean): NameRow[] {
  const speakers = quotes === undefined ? undefined : speakersOf(quotes);
  const rows: NameRow[] = [];
  for (let at = 0; at < named.length; at++) {
    const n = named[at]!;
    const aliases = expanded && n.expansion !== undefined ? [...n.aliases, n.expansion] : n.aliases;
    const folded = fold(n.name);
    const key = keyOfFolded(folded);
    let headlined = inHeadline(headline, n.name, folded);
    let spoken = speakers === undefined ? 0 : (speakers.get(key) ?? 0);
    let counted: string[] | undefined;
    for (let i = 0; i < aliases.length && !(headlined && speakers === undefined); i++) {
      const alias = aliases[i]!;
      const f = fold(alias);
      if (!headlined) headlined = inHeadline(headline, alias, f);
      if (speakers === undefined) continue;
      const k = keyOfFolded(f);
      if (k === key || counted?.includes(k) === true) continue;
      (counted ??= []).push(k);
      spoken += speakers.get(k) ?? 0;
    }
    let quoted = false;
    if (quotes !== undefined) for (let q = 0; q < quotes.length && !quoted; q++) quoted = quotes[q]!.speaker === n.name;
    const centrality = centralityOf(headlined, n.paragraphs, quoted);
    const mentions = n.paragraphs.length;
    const firstParagraph = n.paragraphs[0] ?? 0;
    // One literal each way (no copy to add the role): the key order is the same either way.
    rows.push(
      n.role === undefined
        ? { key, name: n.name, aliases, at, centrality, quotes: spoken, mentions, firstParagraph }
        : { key, name: n.name, aliases, at, centrality, quotes: spoken, mentions, firstParagraph, role: n.role },
    );
  }
  return rows;
}

/** The comparison keys of the words of a quote's speaker or relay source, added to `out`. */
function addWords(out: string[], name: string | undefined): void {
  if (name === undefined) return;
  for (const word of fold(name).split(/[\s\-‐–_.,'’]+/)) if (word !== '') out.push(nameKey(word));
}

/** What an article adds to the name index; `headline` as overview.headlines gives it. */
export function entryNamesOf({ article, understanding }: { readonly article: Article; readonly understanding: Understanding }, headline: string): EntryNames {
  const quotedWords: string[] = [];
  for (const quote of understanding.quotes) {
    addWords(quotedWords, quote.speaker);
    addWords(quotedWords, quote.via);
  }
  return {
    date: article.meta.publishedAt?.slice(0, 10) ?? '',
    people: rowsOf(headline, understanding.people, understanding.quotes, false),
    places: rowsOf(headline, understanding.places, undefined, false),
    organisations: rowsOf(headline, understanding.organisations, undefined, true),
    quotedWords,
  };
}
