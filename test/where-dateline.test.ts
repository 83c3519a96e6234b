// Where something happened is not where the report was written (the dateline's city), and a place
// after "di jalur utama …" is the place after the locative. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

function library(text: string): Library {
  return libraryOf(entriesOf([parseArticle('artikel', `${text}\n`, { language: 'id' })], understand));
}
const ask = (lib: Library, query: string): string | undefined => {
  const reply = answer(lib, { command: 'ask', query, locale: 'id' });
  return reply.found ? reply.value : undefined;
};

describe('where-answers', () => {
  it('the dateline city is no answer to where an event happened', () => {
    const lib = library(
      [
        'Jakarta, Warta Lorem - - Penyair Loremus Dolorianto meninggal pada Kamis (13/7) setelah lama sakit.',
        'Loremus dikenal lewat puisi-puisinya tentang laut.',
      ].join('\n\n'),
    );
    expect(lib.entries[0]!.article.meta.city).toBe('Jakarta');
    expect(ask(lib, 'Di mana Loremus Dolorianto meninggal?')).toBeUndefined();
  });
  it('a kind of place with a word saying which one, after the locative', () => {
    const lib = library(
      [
        'Sebanyak dua orang terluka akibat banjir yang terjadi di jalur utama Cadas Lorem, Kabupaten Ipsum, pada Rabu (21/9).',
        'Banjir itu juga membuat jalur lalu lintas dari Ipsum menuju Dolorum lumpuh total.',
      ].join('\n\n'),
    );
    expect(ask(lib, 'Di mana banjir terjadi?')).toMatch(/^Cadas Lorem/);
  });
});
