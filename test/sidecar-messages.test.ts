// The sidecar's problems keep zod's English wording for the checks that carry no message of ours:
// src/zod.ts loads zod's mini build, which has no messages until it is given a locale.
import { describe, expect, it } from 'vitest';
import { parseSidecar, sidecarSchema } from '../src/load/sidecar.js';

const problem = (json: string): string => {
  try {
    parseSidecar('side.json', json);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an ArticleError');
};

describe('sidecar problems in words', () => {
  it('names a wrong type, an unknown option and an empty text as zod says them in English', () => {
    expect(problem('{"title": 7}')).toBe('side.json: field "title": Invalid input: expected string, received number');
    expect(problem('{"language": "fr"}')).toBe('side.json: field "language": Invalid option: expected one of "id"|"en"');
    expect(problem('{"outlet": "   "}')).toBe('side.json: field "outlet": Too small: expected string to have >=1 characters');
    expect(problem('{"url": "not a link"}')).toBe('side.json: field "url": Invalid URL');
  });

  it('lists unknown fields and keeps our own messages for dates', () => {
    expect(problem('{"author": "x", "tags": []}')).toBe('side.json: field "author, tags": Unrecognized keys: "author", "tags"');
    expect(problem('{"publishedAt": "2023-02-30"}')).toBe('side.json: field "publishedAt": is not a real date');
    expect(problem('{"publishedAt": "last week"}')).toBe('side.json: field "publishedAt": must be an ISO date like 2024-11-02');
  });

  it('trims what it keeps', () => {
    expect(parseSidecar('side.json', '{"title": "  A headline ", "outlet": " Daily "}')).toEqual({ title: 'A headline', outlet: 'Daily' });
    expect(sidecarSchema.safeParse({ language: 'id', publishedAt: '2024-02-29' }).success).toBe(true);
  });
});
