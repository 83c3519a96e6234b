// The paging button's custom_id: a compact, versioned encoding that decodes to exactly what was
// encoded, fits Discord's 100 characters, and refuses anything else; and the embed's question line,
// from which a button reads its question back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../commands/catalog.js';
import { CUSTOM_ID_MAX, decodePageId, encodePageId, normalQuery, PAGE_MAX, queryHash, type PageState } from '../src/render/page-id.js';
import { questionLine, questionOf } from '../src/render/question-line.js';

const state = (over: Partial<PageState> = {}): PageState => ({ command: 'who', locale: 'en', page: 2, hash: queryHash('who', undefined, 'Budi'), library: 'abcdEFGH', ...over });

describe('page custom_id', () => {
  it('round-trips every command, locale, page and article, within 100 characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...commandNames), fc.constantFrom('en' as const, 'id' as const), fc.integer({ min: 1, max: PAGE_MAX }), fc.option(fc.integer({ min: 0, max: PAGE_MAX }), { nil: undefined }), fc.string(), (command, locale, page, article, query) => {
        const s: PageState = { command, locale, page, ...(article !== undefined && { article }), hash: queryHash(command, article === undefined ? undefined : `a${article}`, query), library: 'Zz0_-9aQ' };
        const id = encodePageId(s);
        expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        expect(id.startsWith('kp1.')).toBe(true);
        expect(decodePageId(id)).toEqual(s);
      }),
    );
  });

  it('refuses other versions, cut or padded ids, page 0 and anything that is not one', () => {
    const good = encodePageId(state());
    for (const bad of [good.replace('kp1', 'kp2'), good.slice(0, -1), `${good}x`, good.replace('.2.', '.0.'), good.replace('.w', '.z'), '', 'x'.repeat(100), `${good}.x`]) {
      expect(decodePageId(bad), bad).toBeUndefined();
    }
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (s) => {
      const d = decodePageId(s);
      if (d !== undefined) expect(encodePageId(d)).toBe(s);
    }));
  });

  it('the hash changes with the command, the article and the query, not with spacing', () => {
    const h = queryHash('who', undefined, 'Budi Santoso');
    expect(queryHash('who', undefined, '  Budi   Santoso ')).toBe(h);
    expect(queryHash('quote', undefined, 'Budi Santoso')).not.toBe(h);
    expect(queryHash('who', 'a', 'Budi Santoso')).not.toBe(h);
    expect(queryHash('who', undefined, 'Budi Santosa')).not.toBe(h);
  });
});

describe('question line', () => {
  it('gives back any query of up to 300 characters exactly (white space runs as one)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (query) => {
        const line = questionLine(query);
        expect(questionOf(`${line}The answer.`)).toBe(normalQuery(query));
      }),
      { numRuns: 500 },
    );
    for (const hostile of ['**bold** _x_ `c` ~~s~~ ||sp|| [l](u) <@1> @everyone', '# h', '- item', '1. one', '\\*not\\*', '> quote', 'a\\']) {
      expect(questionOf(questionLine(hostile))).toBe(hostile);
    }
  });

  it('has no question for an empty query or a message without one', () => {
    expect(questionLine('   ')).toBe('');
    expect(questionOf(undefined)).toBe('');
    expect(questionOf('Named in 3 articles.')).toBe('');
  });
});
