// Issue "Rebuild the core", item 7: a safety net that holds for any input, not only the cases we
// thought of. Every command, with and without an `article` option (loaded ids and junk), in both
// locales, over random Unicode and over the articles' own words mistyped, against every shared
// article alone, all of them together, the bot's sample article, and a library of more than 20
// articles (where answerers narrow the articles they read). Each invariant is its own property.
// `npm test` runs a few dozen seeded cases of each; `npm run fuzz` runs thousands with a new seed.
// Product code is reached only through test/helpers/engine.ts.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleIds, ask, commandNames, dataDir, discordLimits, embedOf, fixturesDir, loadArticles, messageOf, paragraphsOf, textOf, vocabularyOf,
  type Answer, type AnswerRequest, type Library,
} from './helpers/engine.js';
import { property } from './helpers/fuzz-runs.js';
import { articleChoice, articleQuery, commands, locales, unicodeQuery, unicodeText, type ArticleChoice } from './helpers/fuzz-queries.js';
import { answerSchema, checkCitations, checkContract, checkMessage, checkNotFound, DISCORD } from './helpers/answer-checks.js';
import { messageMarkdownProblems } from './helpers/markdown-checks.js';

// ── The libraries ─────────────────────────────────────────────────────────────────────────────────

/** Every shared article twice over (a- and b- copies): more than 20, so answerers narrow before reading. */
const twiceDir = mkdtempSync(join(tmpdir(), 'kutip-props-'));
for (const name of readdirSync(fixturesDir).filter((n) => n.endsWith('.txt') || n.endsWith('.json'))) {
  for (const prefix of ['a-', 'b-']) cpSync(join(fixturesDir, name), join(twiceDir, prefix + name));
}
afterAll(() => rmSync(twiceDir, { recursive: true, force: true }));

const LIBRARIES = new Map<string, Library>([
  ['shared articles together', loadArticles(fixturesDir)],
  ['data/articles', loadArticles(dataDir)],
  ['shared articles twice (24 > 20)', loadArticles(twiceDir)],
]);
for (const id of articleIds(LIBRARIES.get('shared articles together')!)) LIBRARIES.set(`${id} alone`, loadArticles(fixturesDir, { only: id }));

const libraryNamed = (name: string): Library => LIBRARIES.get(name)!;

// ── The requests ──────────────────────────────────────────────────────────────────────────────────

/** One generated case: which library, and the request exactly as the front end passes it. */
interface Case {
  readonly library: string;
  readonly request: AnswerRequest;
}

function articleOption(choice: ArticleChoice, ids: readonly string[]): string | undefined {
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'junk') return choice.text;
  const id = ids[choice.index]!;
  return choice.padded ? ` ${id} ` : id;
}

function casesFor(name: string): fc.Arbitrary<Case> {
  const library = libraryNamed(name);
  const ids = articleIds(library);
  const query = fc.oneof({ weight: 1, arbitrary: unicodeQuery }, { weight: 2, arbitrary: articleQuery(vocabularyOf(library)) });
  return fc.record({ command: commands(commandNames), query, article: articleChoice(ids), locale: locales }).map(({ command, query, article, locale }) => {
    const option = articleOption(article, ids);
    return { library: name, request: { command, query, locale, ...(option !== undefined && { article: option }) } };
  });
}

const anyCase: fc.Arbitrary<Case> = fc.oneof(
  ...[...LIBRARIES.keys()].map((name) => ({ weight: name.endsWith(' alone') ? 1 : 4, arbitrary: casesFor(name) })),
);

/** Answers a case (the property's first step). */
const answerOf = ({ library, request }: Case): Answer => ask(libraryNamed(library), request);


const show = (c: Case) => JSON.stringify(c);

// ── The properties ────────────────────────────────────────────────────────────────────────────────

describe('properties of answer(): for any request', () => {
  it('the Discord limits kutip cuts to are the ones Discord documents', () => {
    expect(discordLimits).toMatchObject({
      content: DISCORD.content, embedTitle: DISCORD.title, embedDescription: DISCORD.description, embedFields: DISCORD.fields,
      fieldName: DISCORD.fieldName, fieldValue: DISCORD.fieldValue, footerText: DISCORD.footer, authorName: DISCORD.author, embedTotal: DISCORD.total,
    });
  });

  property('never throws', fc.property(anyCase, (c) => {
    expect(() => answerOf(c), show(c)).not.toThrow();
  }), { runs: 60 });

  property('returns a valid Answer for the command asked', fc.property(anyCase, (c) => {
    checkContract(c.request, answerOf(c), show(c));
  }), { runs: 40 });

  property('cites only loaded articles, existing paragraphs and verbatim excerpts, and keeps to the article asked for', fc.property(anyCase, (c) => {
    checkCitations(libraryNamed(c.library), c.request, answerOf(c), show(c));
  }), { runs: 60 });

  property('cites nothing when not found, except the documented nearby cases', fc.property(anyCase, (c) => {
    checkNotFound(c.request, answerOf(c), show(c));
  }), { runs: 60 });

  property('gives the same answer to the same request, whatever was asked in between', fc.property(anyCase, anyCase, (c, between) => {
    const first = answerOf(c);
    answerOf(between);
    const again = answerOf(c);
    expect(again, show(c)).toEqual(first);
    expect(embedOf(again, libraryNamed(c.library), c.request.locale ?? 'en')).toEqual(embedOf(first, libraryNamed(c.library), c.request.locale ?? 'en'));
  }), { runs: 30 });

  property('renders a Discord message within every limit that pings nobody', fc.property(anyCase, (c) => {
    checkMessage(messageOf(answerOf(c), libraryNamed(c.library), c.request.locale ?? 'en'), show(c));
  }), { runs: 60 });

  property('renders a Discord message that shows no Markdown kutip did not write', fc.property(anyCase, (c) => {
    const message = messageOf(answerOf(c), libraryNamed(c.library), c.request.locale ?? 'en');
    expect(messageMarkdownProblems(message), show(c)).toEqual([]);
  }), { runs: 40 });

  property('renders as terminal text without throwing, with the answer and every cited excerpt', fc.property(anyCase, fc.boolean(), (c, showArticle) => {
    const result = answerOf(c);
    const text = textOf(result, { showArticle });
    expect(text.startsWith(result.answer), show(c)).toBe(true);
    for (const citation of result.citations) expect(text, show(c)).toContain(citation.excerpt);
  }), { runs: 30 });
});

// ── Any Answer, not only the ones today's engine gives ───────────────────────────────────────────

/** Answers the contract allows (answerSchema), made up: long texts full of mentions and Markdown, many citations. */
function anyAnswerFor(name: string): fc.Arbitrary<{ library: string; locale: 'en' | 'id'; answer: Answer }> {
  const paragraphs = paragraphsOf(libraryNamed(name));
  /** A slice of a real paragraph (by code point) and slices of it as highlights. */
  const citation = fc
    .tuple(fc.constantFrom(...paragraphs), fc.nat(), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat(40)), { maxLength: 4 }), fc.boolean())
    .map(([p, a, b, marks, whole]) => {
      const chars = Array.from(p.text);
      const from = whole ? 0 : a % chars.length;
      const to = whole ? chars.length : from + 1 + (b % (chars.length - from));
      const excerpt = chars.slice(from, to);
      const highlights = marks.map(([at, len]) => excerpt.slice(at % excerpt.length, (at % excerpt.length) + 1 + len).join(''));
      return { article: p.article, paragraph: p.n, excerpt: excerpt.join(''), highlights };
    });
  const text = fc.oneof(unicodeQuery, unicodeText(7000));
  return fc
    .record({
      command: fc.oneof(commands(commandNames), unicodeQuery),
      query: unicodeQuery,
      found: fc.boolean(),
      answer: text,
      value: fc.option(fc.oneof(unicodeQuery, unicodeText(600)), { nil: undefined }),
      citations: fc.array(citation, { maxLength: 40 }),
      locale: locales,
    })
    .map(({ locale, value, ...answer }) => ({ library: name, locale, answer: { ...answer, ...(value !== undefined && { value }) } }))
    .filter(({ answer }) => answerSchema.safeParse(answer).success);
}

const anyAnswer = fc.oneof(...['shared articles together', 'data/articles', 'shared articles twice (24 > 20)'].map(anyAnswerFor));

describe('properties of rendering: for any Answer the contract allows', () => {
  property('the Discord message fits every limit, pings nobody and shows no Markdown kutip did not write', fc.property(anyAnswer, ({ library, locale, answer }) => {
    const label = JSON.stringify({ library, locale, command: answer.command, citations: answer.citations.length });
    const message = messageOf(answer, libraryNamed(library), locale);
    checkMessage(message, label);
    expect(messageMarkdownProblems(message), label).toEqual([]);
  }), { runs: 40, fuzzShare: 0.2 });

  property('the terminal text holds the answer and every excerpt', fc.property(anyAnswer, fc.boolean(), ({ answer }, showArticle) => {
    const text = textOf(answer, { showArticle });
    expect(text.startsWith(answer.answer)).toBe(true);
    for (const citation of answer.citations) expect(text).toContain(citation.excerpt);
  }), { runs: 20, fuzzShare: 0.1 });
});
