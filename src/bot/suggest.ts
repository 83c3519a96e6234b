// Autocomplete suggestions, answered from memory: people and speakers, places (fuzzy, fuse.js), and
// articles (a prefix index, bot/article-suggest.ts). Best first; fitting them to Discord's limits is
// render/embed.ts fitChoices's job.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Library, LibraryEntry } from '../index/library.js';
import type { Choice } from '../render/embed.js';
import { ArticleSuggestions } from './article-suggest.js';

interface Candidate {
  readonly name: string;
  readonly value: string;
  readonly aliases: readonly string[];
  /** How much the article(s) talk about it: the order for an empty query, and the tie-break. */
  readonly weight: number;
}


const OPTIONS: IFuseOptions<Candidate> = {
  keys: [{ name: 'name', weight: 2 }, 'aliases'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  // What a user types is text, never fuse.js operators (`=x`, `!x`, `^x`, `a|b`).
  useExtendedSearch: false,
};

/** Longest text fuse.js is asked to match; choice names are at most 100 characters anyway. */
const MAX_TYPED = 100;
const MAX_RESULTS = 25;

type Kind = 'people' | 'places';
interface Index {
  readonly byWeight: readonly Candidate[];
  readonly fuse: Fuse<Candidate>;
}
/** Per-article indexes kept at most; the whole-library ones are always kept. */
const MAX_ARTICLE_INDEXES = 256;

/** Candidates with the same name (case-insensitive) across articles are merged. */
function merge(candidates: readonly Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = c.name.toLocaleLowerCase();
    const seen = byKey.get(key);
    byKey.set(
      key,
      seen
        ? { ...seen, aliases: [...new Set([...seen.aliases, ...c.aliases])], weight: seen.weight + c.weight }
        : c,
    );
  }
  return [...byKey.values()];
}

function peopleOf({ understanding }: LibraryEntry): Candidate[] {
  const people = understanding.people.map((p) => ({ name: p.name, value: p.name, aliases: p.aliases, weight: p.paragraphs.length }));
  const speakers = understanding.quotes.flatMap((q) => (q.speaker ? [{ name: q.speaker, value: q.speaker, aliases: [], weight: 1 }] : []));
  return [...people, ...speakers];
}

function placesOf({ understanding }: LibraryEntry): Candidate[] {
  return understanding.places.map((p) => ({ name: p.name, value: p.name, aliases: p.aliases, weight: p.paragraphs.length }));
}

/**
 * The suggestions of one library, its indexes built on first use and kept with it: a new library
 * (a reload) gets a new Suggestions, so nothing stale is ever offered.
 */
export class Suggestions {
  readonly #indexes = new Map<string, Index>();
  #articles: ArticleSuggestions | undefined;

  constructor(readonly library: Library) {}

  /** People the articles name and the speakers of their quotes. */
  people(typed: string, article?: string): Choice[] {
    return this.#suggest('people', typed, article);
  }

  /** Places the articles name. */
  places(typed: string, article?: string): Choice[] {
    return this.#suggest('places', typed, article);
  }

  /** Loaded articles, by title, outlet, date or id; the value is the article id (bot/article-suggest.ts). */
  articles(typed: string): Choice[] {
    this.#articles ??= new ArticleSuggestions(this.library);
    return this.#articles.suggest(typed);
  }

  #index(kind: Kind, article: string | undefined): Index {
    const entry = article === undefined ? undefined : this.library.get(article);
    const key = `${kind}:${entry?.article.id ?? '*'}`;
    const cached = this.#indexes.get(key);
    if (cached) return cached;
    const entries = entry ? [entry] : this.library.entries;
    const candidates = merge(entries.flatMap(kind === 'people' ? peopleOf : placesOf));
    const byWeight = [...candidates].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
    const index = { byWeight, fuse: new Fuse(byWeight, OPTIONS) };
    if (entry && this.#indexes.size >= MAX_ARTICLE_INDEXES) {
      const oldest = [...this.#indexes.keys()].find((k) => !k.endsWith(':*'));
      if (oldest !== undefined) this.#indexes.delete(oldest);
    }
    this.#indexes.set(key, index);
    return index;
  }

  #suggest(kind: Kind, typed: string, article: string | undefined): Choice[] {
    const { byWeight, fuse } = this.#index(kind, article);
    const text = typed.replace(/\s+/g, ' ').trim().slice(0, MAX_TYPED);
    // A blank query would make fuse.js return nothing useful: offer the most mentioned instead.
    const found =
      text === ''
        ? byWeight.slice(0, MAX_RESULTS)
        : fuse
            .search(text, { limit: MAX_RESULTS * 2 })
            .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || b.item.weight - a.item.weight)
            .map((r) => r.item);
    return found.slice(0, MAX_RESULTS).map(({ name, value }) => ({ name, value }));
  }
}

/** What a command's option offers as the user types. */
export type Suggest = (suggestions: Suggestions, typed: string, article?: string) => Choice[];

export const suggestPeople: Suggest = (s, typed, article) => s.people(typed, article);
export const suggestPlaces: Suggest = (s, typed, article) => s.places(typed, article);
