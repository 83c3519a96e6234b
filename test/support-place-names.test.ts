// A question that spells a region out ("Kalimantan Timur") is supported by a passage that writes
// its short form ("Kaltim"), and the other way round; another region is still not supported.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { readQuery } from '../src/query/query.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const libraryOfText = (text: string) => libraryOf(entriesOf([parseArticle('dinas', `${text}\n`, { language: 'id' })], understand));
const ask = (library: ReturnType<typeof libraryOfText>, query: string) => find(library, readQuery({ command: 'ask', query }));

describe('a region named in the question, written in the passage by another of its names', () => {
  const shortForm = libraryOfText(
    'Samarinda - Kepala Dinas Kehutanan Kaltim, Budi Santoso, mengatakan lahan yang terbakar mencapai 40 hektare pada pekan ini.',
  );

  it('the spelled-out province finds the role written with its short form', () => {
    expect(ask(shortForm, 'Siapa Kepala Dinas Kehutanan Kalimantan Timur?')).toMatchObject({ found: true, value: 'Budi Santoso' });
  });

  it('another province is still refused', () => {
    expect(ask(shortForm, 'Siapa Kepala Dinas Kehutanan Kalimantan Selatan?')).toMatchObject({ found: false });
  });
});
