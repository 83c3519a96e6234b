// A thing introduced is told by its launch ("diperkenalkan" ~ "diluncurkan", "introduced" ~
// "launched": the tables' released concept), so the launch's dates, not another event's, answer when
// it was first introduced (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const library = (paragraphs: readonly string[], language: 'id' | 'en'): Library =>
  libraryOf(entriesOf([parseArticle('a', `${paragraphs.join('\n\n')}\n`, { language })], understand));
const ask = (lib: Library, query: string, locale: 'id' | 'en') => answer(lib, { command: 'ask', query, locale });

describe('a thing introduced is told by its launch', () => {
  it('"pertama kali diperkenalkan" is answered by the launch, not by the making', () => {
    const lib = library(
      ['Loremstation adalah konsol permainan buatan Ipsum. Pertama kali diproduksi oleh Ipsum sekitar tahun 1990. Loremstation diluncurkan perdana di Jepang pada 3 Desember 1994, di Amerika Serikat 9 September 1995 dan Eropa 29 September 1995.'],
      'id',
    );
    expect(ask(lib, 'Kapan Loremstation pertama kali diperkenalkan?', 'id')).toMatchObject({ found: true, value: '3 Desember 1994' });
  });
  it('"first introduced" is answered by the launch, not by the making', () => {
    const lib = library(
      ['The Loremstation is a games console made by Ipsum. It was first manufactured by Ipsum around 1990. The Loremstation was launched in Japan on 3 December 1994, in the United States on 9 September 1995 and in Europe on 29 September 1995.'],
      'en',
    );
    expect(ask(lib, 'When was the Loremstation first introduced?', 'en')).toMatchObject({ found: true, value: '3 December 1994' });
  });
});
