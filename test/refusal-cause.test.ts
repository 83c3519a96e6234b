// Why /ask refused an open question (answer/refusal-cause.ts), as the eval's rows say it: the
// deciding check, the would-be answer and the question words its passage leaves out. Passages
// written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { refusalCause } from '../src/answer/refusal-cause.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import { answer } from '../src/core.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { wholeLibrary } from '../src/index/scope.js';
import { readQuery } from '../src/query/query.js';

function why(text: string, question: string): ReturnType<typeof refusalCause> | undefined {
  const library = libraryOf(entriesOf([parseArticle('passage', `${text}\n`)], understand));
  const request = { command: 'ask', query: question, locale: 'id' } as const;
  const reply = answer(library, request);
  return reply.found ? undefined : refusalCause(wholeLibrary(library), readQuery(request), reply.answerer, reply.reason);
}

describe('the cause of a refusal', () => {
  const text = 'Jembatan Lorem diresmikan oleh Budi Santoso pada tahun 1998. Jembatan itu menghubungkan dua desa di tepi sungai.';

  it('a word the passage does not say: the support gap, its kind and the would-be answer (Indonesian)', () => {
    const cause = why(text, 'Kapan Jembatan Lorem dibongkar?');
    expect(cause?.cause).toBe('gap1:event:short');
    expect(cause?.value).toBe('1998');
    expect(cause?.gaps).toEqual(['event:dibongkar']);
  });

  it('a word the passage does not say: the support gap (English)', () => {
    const en = 'The Lorem Bridge was opened by Jane Ipsum in 1998. The bridge links two villages on the river bank.';
    const cause = why(en, 'When was the Lorem Bridge demolished?');
    expect(cause?.cause).toMatch(/^gap1:/);
    expect(cause?.value).toBe('1998');
  });

  it('an answered question has no cause', () => {
    expect(why(text, 'Kapan Jembatan Lorem diresmikan?')).toBeUndefined();
  });
});
