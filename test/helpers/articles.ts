// Test helpers: read fixture articles the way the bot does, with an empty or real understanding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answer } from '../../src/core.js';
import { entriesOf, libraryOf, type Library } from '../../src/index/library.js';
import { parseArticle } from '../../src/load/article.js';
import { articleFromSource, idsToLoad, readArticleSource } from '../../src/load/files.js';
import type { Article } from '../../src/types.js';
import { understand } from '../../src/extract/understand.js';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const dataDir = join(import.meta.dirname, '..', '..', 'data', 'articles');
export const TEMPO = 'tempo-2024-11-02-korut-rusia';

export function fixtureText(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

export function fixtureArticle(name: string): Article {
  return parseArticle(name.replace(/\.txt$/, ''), fixtureText(name));
}

export function libraryFromFixtures(...names: string[]): Library {
  return libraryOf(entriesOf(names.map(fixtureArticle), understand));
}

/** Every article of a folder (or the one named), as the loader reads each; the first bad file throws. */
export function readArticles(dir: string, only?: string): Article[] {
  return idsToLoad(dir, only).map((id) => articleFromSource(dir, readArticleSource(dir, id)));
}

/** A library of one article written for a test ("t"), read as the loader reads it, dated so relative dates resolve. */
export function libraryFromText(text: string, language: 'id' | 'en', publishedAt: string): Library {
  return libraryOf(entriesOf([parseArticle('t', text, { language, publishedAt })], understand));
}

/** /ask of a one-article library written for a test, dated 1 May 2024, in the question's language. */
export function askText(text: string, query: string, language: 'id' | 'en') {
  return answer(libraryFromText(`${text}\n`, language, '2024-05-01'), { command: 'ask', query, locale: language });
}

/** askText's answer, or undefined where /ask says the article does not tell. */
export function askValue(text: string, query: string, language: 'id' | 'en'): string | undefined {
  const reply = askText(text, query, language);
  return reply.found ? reply.value : undefined;
}
