// The "Post to channel" button's custom_id (render/post-id.ts): a compact, versioned encoding that
// decodes to exactly what was encoded and refuses anything else; and the block quote of the checked
// text in the private reply's embed, from which a click reads the text back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { render } from '../src/render/embed.js';
import { checkedBlock, checkedHash, checkedText, checkedTextOf, CHECKED_BLOCK_MAX, decodePostId, encodePostId, isPostId, type PostState } from '../src/render/post-id.js';
import { libraryFromFixtures, TEMPO } from './helpers/articles.js';

const state = (over: Partial<PostState> = {}): PostState => ({ locale: 'en', hash: checkedHash(undefined, 'Budi bertemu Sari di Bandung.'), library: 'abcdEFGH', ...over });

describe('post button custom_id', () => {
  it('round-trips locale, article, hash and library, within 100 characters', () => {
    fc.assert(
      fc.property(fc.constantFrom('en' as const, 'id' as const), fc.option(fc.integer({ min: 0, max: 36 ** 4 - 1 }), { nil: undefined }), fc.string(), (locale, article, text) => {
        const s: PostState = { locale, ...(article !== undefined && { article }), hash: checkedHash(article === undefined ? undefined : `a${article}`, text), library: 'Zz0_-9aQ' };
        const id = encodePostId(s);
        expect(id.length).toBeLessThanOrEqual(100);
        expect(isPostId(id)).toBe(true);
        expect(decodePostId(id)).toEqual(s);
      }),
    );
  });

  it('refuses other versions, cut or padded ids, and anything that is not one', () => {
    const good = encodePostId(state());
    for (const bad of [good.replace('kc1', 'kc2'), good.slice(0, -1), `${good}x`, good.replace('.e.', '.x.'), '', 'x'.repeat(100), `${good}.x`, 'kp1.we.2..AAAAAAAAAA.AAAAAAAA']) {
      expect(decodePostId(bad), bad).toBeUndefined();
    }
    expect(isPostId('kp1.we.2..AAAAAAAAAA.AAAAAAAA')).toBe(false);
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (s) => {
      const d = decodePostId(s);
      if (d !== undefined) expect(encodePostId(d)).toBe(s);
    }));
  });

  it('the hash changes with the article and the text, not with spacing or empty lines', () => {
    const h = checkedHash(undefined, 'Budi bertemu Sari.\nDi Bandung.');
    expect(checkedHash(undefined, '  Budi   bertemu Sari. \r\n\n\tDi Bandung.  ')).toBe(h);
    expect(checkedHash(undefined, 'Budi bertemu Sari. Di Bandung.')).not.toBe(h);
    expect(checkedHash('a', 'Budi bertemu Sari.\nDi Bandung.')).not.toBe(h);
    expect(checkedHash(undefined, 'Budi bertemu Sari.\nDi Bogor.')).not.toBe(h);
  });
});

describe('the checked text, quoted and read back', () => {
  it('reads back exactly the text it quotes, Markdown, mentions and all, whatever follows the quote', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: fc.constantFrom('a', 'Z', ' ', '\n', '\r', '\t', '\\', '*', '_', '>', '#', '-', '1', '.', '@', '<', '`', '|', '~', '[', 'é', '“', '😂') }), (text) => {
        const { block, whole } = checkedBlock(text);
        expect(whole).toBe(true);
        expect(checkedTextOf(`${block}2 claims checked against the article:\n1. …`)).toBe(checkedText(text));
      }),
    );
  });

  it('never lets a mention or a heading through, and a text too long to quote whole is cut and said to be', () => {
    const { block } = checkedBlock('@everyone # Judul\n- butir <@123> **tebal**');
    expect(block).toBe('> \\@everyone # Judul\n> \\- butir \\<@123\\> \\*\\*tebal\\*\\*\n');
    const long = checkedBlock('Budi bertemu Sari di Bandung. '.repeat(100));
    expect(long.whole).toBe(false);
    expect(long.block.length).toBeLessThanOrEqual(CHECKED_BLOCK_MAX + 2);
    expect(long.block.endsWith('…\n')).toBe(true);
  });

  it('a private check too long to quote whole has no post button (it could not be read back); a shorter one has', () => {
    const tempo = libraryFromFixtures(`${TEMPO}.txt`);
    const short = answer(tempo, { command: 'check', query: 'Lavrov bertemu Choe di Moskow pada 20 Juni.' });
    const components = (a: typeof short) => render({ kind: 'answer', answer: a, ephemeral: true }, tempo, 'en').components ?? [];
    expect(components(short)).toHaveLength(1);
    expect(render({ kind: 'answer', answer: short }, tempo, 'en').components).toBeUndefined();
    const long = answer(tempo, { command: 'check', query: 'Lavrov bertemu Choe di Moskow pada 20 Juni. '.repeat(60) });
    expect(long.reason).toBe('answered');
    expect(components(long)).toEqual([]);
  });
});
