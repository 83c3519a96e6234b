// The one place the property tests (test/properties-*.test.ts) reach into product code: when a
// module moves, repoint the imports of this file and nothing else.
// What it offers is what a user of kutip sees: load a folder, ask, render for Discord or a terminal.
import { join } from 'node:path';
import { commandNames as productCommandNames } from '../../commands/catalog.js';
import { answer, type AnswerRequest, type Locale } from '../../src/core.js';
import { LIMITS } from '../../src/render/limits.js';
import { answerEmbed, messageData, render } from '../../src/render/embed.js';
import { ArticleError } from '../../src/load/sidecar.js';
import { loadLibrary, type LoadedLibrary } from '../../src/load/library.js';
import { renderText } from '../../src/render/text.js';
import type { Answer } from '../../src/findings.js';
import type { CommandName } from '../../src/types.js';

export type { Answer, AnswerRequest, CommandName, Locale };
export type Library = LoadedLibrary;

/** The shared articles (copies of ../shared/articles) and the sample articles the bot ships with. */
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const dataDir = join(import.meta.dirname, '..', '..', 'data', 'articles');

/** Every command a user can send. */
export const commandNames: readonly CommandName[] = productCommandNames;

/** Discord's limits as the product's own table states them (the tests also hold Discord's documented figures). */
export const discordLimits = LIMITS;

/** Loads a folder as the bot does at start-up (no on-disk cache): the articles and the problems skipped. */
export function loadArticles(dir: string, options: { only?: string } = {}): Library {
  return loadLibrary({ dir, ...(options.only !== undefined && { only: options.only }) });
}

/** Is this the documented load error (an unusable folder or article), rather than a crash? */
export function isLoadError(err: unknown): err is Error {
  return err instanceof ArticleError;
}

/** One request through the core, exactly as every front end calls it. */
export function ask(library: Library, request: AnswerRequest): Answer {
  return answer(library, request);
}

/** The Discord embed the bot would send for this answer. */
export function embedOf(answer: Answer, library: Library, locale: Locale) {
  return answerEmbed(answer, library, locale);
}

/** The whole message as Discord's API receives it (embeds and allowed_mentions), through the one choke point. */
export function messageOf(answer: Answer, library: Library, locale: Locale) {
  return messageData(render({ kind: 'answer', answer }, library, locale));
}

/** The answer as the console and `kutip ask` print it. */
export function textOf(answer: Answer, options: { showArticle?: boolean } = {}): string {
  return renderText(answer, options);
}

/** Ids of the loaded articles. */
export function articleIds(library: Library): string[] {
  return library.entries.map((e) => e.article.id);
}

/** The text of paragraph ¶n of an article, or undefined when there is no such article or paragraph. */
export function paragraphText(library: Library, article: string, n: number): string | undefined {
  return library.get(article)?.article.paragraphs.find((p) => p.n === n)?.text;
}

/** Every paragraph of every loaded article, as citations name them. */
export function paragraphsOf(library: Library): { article: string; n: number; text: string }[] {
  return library.entries.flatMap((e) => e.article.paragraphs.map((p) => ({ article: e.article.id, n: p.n, text: p.text })));
}

/** An article as loaded: its paragraphs' texts and what is known of it (outlet, date, language …). */
export function articleView(library: Library, article: string): { paragraphs: string[]; meta: object } | undefined {
  const entry = library.get(article);
  return entry && { paragraphs: entry.article.paragraphs.map((p) => p.text), meta: entry.article.meta };
}

/** The problems the load reported, one line per skipped file. */
export function loadProblems(library: Library): readonly string[] {
  return library.stats.problems;
}

/** What the articles themselves say, for queries that hit them: their words, names, places and dates. */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly names: readonly string[];
  readonly dates: readonly string[];
  readonly quotes: readonly string[];
}

export function vocabularyOf(library: Library): Vocabulary {
  const words = new Set<string>();
  const names = new Set<string>();
  const dates = new Set<string>();
  const quotes = new Set<string>();
  for (const { article, understanding } of library.entries) {
    for (const p of article.paragraphs) for (const w of p.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) words.add(w);
    for (const x of [...understanding.people, ...understanding.organisations, ...understanding.places]) {
      names.add(x.name);
      for (const alias of x.aliases) names.add(alias);
    }
    for (const p of understanding.people) if (p.role !== undefined) names.add(p.role);
    for (const d of understanding.dates) dates.add(d.text);
    for (const q of understanding.quotes) quotes.add(q.text.split(/\s+/).slice(0, 6).join(' '));
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { words: sorted(words), names: sorted(names), dates: sorted(dates), quotes: sorted(quotes) };
}
