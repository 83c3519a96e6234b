// What the property tests type at kutip: random Unicode of every kind, and queries made of the
// articles' own words, names and dates, mutated the way people mistype them, with question words of
// both languages, fuse.js operators, mentions and Markdown mixed in.
import fc from 'fast-check';
import type { CommandName, Locale, Vocabulary } from './engine.js';

/** Characters and pieces that have broken text handling somewhere: each a unit of a random query. */
const ODD_PIECES = [
  // combining marks, alone and stacked
  '\u0301', '\u0308', '\u0338', '\u0489', 'a\u0301', 'Z\u0337\u0322\u034e\u0344',
  // zero-width and invisible characters
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E',
  // direction marks and right-to-left scripts
  '\u202E', '\u202C', '\u200F', '\u200E', '\u061C', '\u2067', 'مرحبا', 'שלום', 'کرملین',
  // emoji: flags, skin tones, ZWJ families, keycaps, variation selectors
  '🇷🇺', '🇰🇵', '👍🏽', '👨‍👩‍👧', '🤝', '1️⃣', '❤️', '\uFE0F',
  // control characters, C1, line and paragraph separators
  '\u0000', '\u0007', '\u0008', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\t', '\n', '\r',
  // lone surrogates: a JSON line to `kutip ask` can carry them ("\ud800"), Discord cannot
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
  // spaces, and letters whose case or width changes their length
  '\u3000', '\u00A0', '\u2003', 'ǅ', 'ß', 'İ', 'ﬁ', 'ẞ', 'Ω', 'ﾃﾞ', 'Ａ',
  // mentions and other angle-bracket syntax
  '@everyone', '@here', '<@1>', '<@!1>', '<@&1>', '<#1>', '</who:1>', '<t:0:R>', '<:x:1>', '<a:x:1>',
  // Markdown
  '**', '__', '~~', '||', '`', '```', '> ', '# ', '-# ', '- ', '1. ', '[x](https://example.com)', '\\', '\\@everyone',
  // fuse.js extended-search operators and regular-expression characters
  '=', "'", '!', '^', '$', '|', '.*', '(a+)+$', '[^', '?', '{', '}', '(', ')', '+', '\\b',
  // quotation marks and dashes as articles write them
  '"', '“', '”', '‘', '’', '«', '»', '–', '—', '…',
] as const;

const oneCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const oneGrapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 });
const oneAscii = fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 });

/** Random Unicode: any code point of any plane, any grapheme, ASCII, and the odd pieces above. */
const unicodeUnit = fc.oneof(
  { weight: 3, arbitrary: oneCodePoint },
  { weight: 3, arbitrary: oneGrapheme },
  { weight: 3, arbitrary: oneAscii },
  { weight: 2, arbitrary: fc.constant(' ') },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_PIECES) },
);

/** Random Unicode text of up to `maxLength` units (pieces as above), of every length up to it. */
export function unicodeText(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: unicodeUnit, maxLength, size: 'max' });
}

export const unicodeQuery: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: unicodeUnit, maxLength: 24 }) },
  // Now and then as long as a Discord option allows (the bot's options stop at 200–300 characters).
  { weight: 1, arbitrary: unicodeText(400) },
);

const QUESTION_WORDS = [
  'siapa', 'Siapa yang', 'kapan', 'Kapan', 'di mana', 'Di mana', 'dimana', 'apa', 'mengapa', 'bagaimana', 'berapa',
  'who', 'Who is', 'when', 'When did', 'where', 'Where', 'what', 'why', 'how',
] as const;
const OPERATORS = ['=', "'", '!', '^', '$', '|', '@everyone', '@here', '<@1>', '<@&1>', '<#1>', '**', '`'] as const;
const PUNCTUATION = ['?', '!', '.', ',', '"', '“', '”', '-', ':', '(', ')', '...'] as const;
const TYPO_CHARS = 'aeiouknrstgh-\'. '.split('');

/** What a person does to a word on the way to the keyboard. */
export type Mutation =
  | { readonly kind: 'none' }
  | { readonly kind: 'lower' | 'upper' | 'nospace' | 'hyphen' }
  | { readonly kind: 'drop' | 'double'; readonly at: number }
  | { readonly kind: 'swap'; readonly at: number }
  | { readonly kind: 'replace' | 'insert'; readonly at: number; readonly char: string }
  | { readonly kind: 'prefix' | 'suffix'; readonly mark: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' } as const) },
  { weight: 3, arbitrary: fc.constantFrom('lower', 'upper', 'nospace', 'hyphen').map((kind) => ({ kind }) as const) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('drop', 'double', 'swap'), at: fc.nat(40) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('replace', 'insert'), at: fc.nat(40), char: fc.constantFrom(...TYPO_CHARS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('prefix', 'suffix'), mark: fc.constantFrom(...OPERATORS, ...PUNCTUATION) }) },
);

/** Applies a mutation by code point, so a typo never splits an emoji or a surrogate pair. */
export function mutate(word: string, m: Mutation): string {
  const chars = Array.from(word);
  const at = 'at' in m && chars.length > 0 ? m.at % chars.length : 0;
  switch (m.kind) {
    case 'none': return word;
    case 'lower': return word.toLowerCase();
    case 'upper': return word.toUpperCase();
    case 'nospace': return word.replace(/\s+/g, '');
    case 'hyphen': return word.replace(/\s+/g, '-');
    case 'drop': return chars.filter((_, i) => i !== at).join('');
    case 'double': return chars.flatMap((c, i) => (i === at ? [c, c] : [c])).join('');
    case 'swap': return chars.length < 2 ? word : chars.map((c, i) => (i === at ? chars[(at + 1) % chars.length] : i === (at + 1) % chars.length ? chars[at] : c)).join('');
    case 'replace': return chars.map((c, i) => (i === at ? m.char : c)).join('');
    case 'insert': return [...chars.slice(0, at), m.char, ...chars.slice(at)].join('');
    case 'prefix': return `${m.mark}${word}`;
    case 'suffix': return `${word}${m.mark}`;
  }
}

/** Queries made of what the articles say: most name something that is there, mistyped or not. */
export function articleQuery(vocabulary: Vocabulary): fc.Arbitrary<string> {
  const pick = (list: readonly string[], fallback: string) => fc.constantFrom(...(list.length > 0 ? list : [fallback]));
  const piece = fc.oneof(
    { weight: 4, arbitrary: pick(vocabulary.words, 'kata') },
    { weight: 4, arbitrary: pick(vocabulary.names, 'Nama') },
    { weight: 1, arbitrary: pick(vocabulary.dates, '2024') },
    { weight: 1, arbitrary: pick(vocabulary.quotes, 'kata') },
    { weight: 1, arbitrary: fc.constantFrom(...OPERATORS) },
    { weight: 1, arbitrary: fc.string({ unit: unicodeUnit, minLength: 1, maxLength: 3 }) },
  );
  const mutated = fc.tuple(piece, mutation).map(([word, m]) => mutate(word, m));
  return fc
    .tuple(
      fc.option(fc.constantFrom(...QUESTION_WORDS), { nil: undefined }),
      fc.array(mutated, { minLength: 1, maxLength: 6 }),
      fc.option(fc.constantFrom(...PUNCTUATION), { nil: undefined }),
    )
    .map(([question, words, end]) => [question, ...words].filter((w) => w !== undefined).join(' ') + (end ?? ''));
}

/** Article ids that are not loaded: typed junk, paths, near misses of real ids, inherited property names. */
export function junkArticle(ids: readonly string[]): fc.Arbitrary<string> {
  const id = fc.constantFrom(...ids);
  return fc.oneof(
    unicodeQuery,
    fc.constantFrom('../../../etc/passwd', '/etc/passwd', 'C:\\Windows', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '*', '%', 'null', 'undefined'),
    id.map((x) => `${x}.txt`),
    id.map((x) => x.toUpperCase()),
    fc.tuple(id, mutation).map(([x, m]) => mutate(x, m)),
  );
}

/** The article option of a request, as the request resolves it. */
export type ArticleChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly index: number; readonly padded: boolean }
  | { readonly kind: 'junk'; readonly text: string };

export function articleChoice(ids: readonly string[]): fc.Arbitrary<ArticleChoice> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: 'none' } as const) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('loaded' as const), index: fc.nat(ids.length - 1), padded: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk' as const), text: junkArticle(ids) }) },
  );
}

export const locales: fc.Arbitrary<Locale> = fc.constantFrom('en', 'id');

export function commands(names: readonly CommandName[]): fc.Arbitrary<CommandName> {
  return fc.constantFrom(...names);
}
