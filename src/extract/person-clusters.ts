// Which mentions of names are one person: the longest names first; a shorter one ("Santoso", or a
// short form of a first name, "Sandi" of "Sandiaga Uno") joins the nearest earlier person whose name
// holds it; a nickname written after a name ("Sandiaga (Sandi)") joins it too.
import { fold } from '../text/normalize.js';
import type { Article } from '../types.js';
import { nicknameAfter } from './person-forms.js';

export interface Mention {
  readonly paragraph: number;
  /** Offsets of the name in its paragraph. */
  readonly start: number;
  readonly end: number;
  /** The name as written. */
  readonly name: string;
  /** Folded parts of the name, hyphenated parts split ("lee", "min", "ho"). */
  readonly parts: readonly string[];
  /** The role as written, if the cue gave one. */
  readonly role?: string;
  /** Only links to a person found otherwise (a lone capitalised word opening a sentence). */
  readonly weak: boolean;
}

export interface Cluster {
  mentions: Mention[];
  parts: string[];
  name: string;
  nicknames: Set<string>;
}

const contains = (whole: readonly string[], part: readonly string[]): boolean => {
  let k = 0;
  for (const p of whole) if (p === part[k]) k++;
  return k === part.length;
};

export const order = (m: Mention): number => m.paragraph * 1_000_000 + m.start;

/** Least letters of a short form of a first name, and most letters it may leave off. */
const SHORT_FORM = { least: 4, leftOff: 4 } as const;

/** The one person of several words whose first name this word shortens ("Sandi" of "Sandiaga"), if exactly one. */
function shortFormOf(clusters: readonly Cluster[], word: string): Cluster | undefined {
  if (word.length < SHORT_FORM.least) return undefined;
  const fits = clusters.filter((c) => {
    const first = c.parts[0]!;
    return c.parts.length >= 2 && first.length > word.length && first.length - word.length <= SHORT_FORM.leftOff && first.startsWith(word);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Link mentions to people: longest names first, a shorter one joins the nearest earlier person whose name holds it. */
export function clustersOf(article: Article, mentions: readonly Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const sorted = [...mentions].sort((a, b) => b.parts.length - a.parts.length || order(a) - order(b));
  for (const m of sorted) {
    const nick = nicknameAfter(article.paragraphs[m.paragraph - 1]!.text, m.end);
    let candidates = clusters.filter((c) => contains(c.parts, m.parts) || [...c.nicknames].some((n) => fold(n) === fold(m.name)));
    // A short form of one person's first name ("Sandi" of "Sandiaga Uno"): only where it fits one person alone.
    if (candidates.length === 0 && m.parts.length === 1) {
      const short = shortFormOf(clusters, m.parts[0]!);
      if (short) candidates = [short];
    }
    let target: Cluster | undefined;
    if (candidates.length > 0) {
      const earlier = candidates
        .map((c) => ({ c, last: Math.max(-1, ...c.mentions.filter((x) => order(x) <= order(m)).map(order)) }))
        .sort((a, b) => b.last - a.last);
      target = earlier[0]!.c;
    } else if (!m.weak) {
      target = { mentions: [], parts: [...m.parts], name: m.name, nicknames: new Set() };
      clusters.push(target);
    }
    if (!target) continue;
    target.mentions.push(m);
    if (nick) target.nicknames.add(nick);
  }
  return clusters;
}

