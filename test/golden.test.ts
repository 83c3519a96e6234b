// Golden tests of what users see: for every fixture article, a fixed list of commands (names,
// places, phrases, questions, misses, hostile input) is answered in both languages and rendered as
// the console shows it; the whole transcript is compared with test/golden/answers.txt. A change in
// any answer is a visible diff in review. After a deliberate change, rewrite the file with
//   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
// and read the diff before committing it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { renderText } from '../src/render/text.js';
import type { CommandName } from '../src/types.js';
import { fixtureArticle, fixturesDir } from './helpers/articles.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { understand } from '../src/extract/understand.js';

interface Request {
  readonly command: CommandName;
  readonly query: string;
}

const queries = JSON.parse(readFileSync(join(import.meta.dirname, 'golden', 'queries.json'), 'utf8')) as Record<string, Request[]>;
const goldenFile = join(import.meta.dirname, 'golden', 'answers.txt');

function transcript(): string {
  const lines: string[] = [];
  const ids = Object.keys(queries).sort();
  const all = libraryOf(entriesOf(ids.map((id) => fixtureArticle(`${id}.txt`)), understand));
  for (const id of ids) {
    const one = libraryOf(entriesOf([fixtureArticle(`${id}.txt`)], understand));
    for (const locale of ['en', 'id'] as const) {
      for (const request of queries[id]!) {
        const reply = answer(one, { ...request, locale });
        lines.push(`## ${id} [${locale}] /${request.command} ${request.query}`);
        lines.push(`found=${reply.found}${reply.value !== undefined ? ` value=${JSON.stringify(reply.value)}` : ''}`);
        lines.push(renderText(reply, { locale }), '');
      }
    }
    // The same commands over the whole library of fixtures, in English.
    for (const request of queries[id]!.slice(0, 8)) {
      const reply = answer(all, { ...request, locale: 'en' });
      lines.push(`## (all) [en] /${request.command} ${request.query}`);
      lines.push(`found=${reply.found}${reply.value !== undefined ? ` value=${JSON.stringify(reply.value)}` : ''}`);
      lines.push(renderText(reply, { showArticle: true }), '');
    }
  }
  return `${lines.join('\n')}\n`;
}

it('every fixture article answers the fixed commands as test/golden/answers.txt records', () => {
  const now = transcript();
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, now);
  expect(now).toBe(readFileSync(goldenFile, 'utf8'));
});

it('the fixtures folder and the query list name the same articles', () => {
  for (const id of Object.keys(queries)) expect(existsSync(join(fixturesDir, `${id}.txt`)), id).toBe(true);
});
