// A file that opens with its headline above the lede ("Dockworkers end strike after pay deal", then
// "ROTTERDAM, March 12 (Reuters) - …"): the headline is the title where no sidecar gives one, the
// dateline is read from the lede after it, and /source shows that lede. The headline stays ¶1.
// Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { headlineOf, parseArticle, parseDateline } from '../src/load/article.js';

const english = 'Ferries return after storm\n\nDOLOR, March 12 (Reuters) - Ferries returned to the port of Dolor on Wednesday after a two-day storm, the harbour master said.\n\nTrade resumed at noon.\n';
const indonesian = 'Longsor Tutup Jalan Provinsi, Warga Mengungsi\n\nBOGOR, KOMPAS — Longsor menutup jalan provinsi di Kecamatan Ipsum, Selasa (4/3/2025). Hujan deras turun sejak Senin malam.\n\nWarga mengungsi ke balai desa.\n';

describe('a headline above the lede', () => {
  it('English: title from the headline, outlet and city from the lede’s dateline, /source cites the lede', () => {
    const article = parseArticle('ferries', english);
    expect(article.meta).toMatchObject({ title: 'Ferries return after storm', outlet: 'Reuters', city: 'DOLOR' });
    expect(article.paragraphs[0]!.text).toBe('Ferries return after storm');
    const source = answer(libraryOf(entriesOf([article], understand)), { command: 'source', query: '' });
    expect(source.citations[0]!.paragraph).toBe(2);
    expect(source.answer).toContain('Ferries returned to the port of Dolor');
  });

  it('Indonesian: the Kompas headline is the title, "KOMPAS" the outlet', () => {
    expect(parseArticle('longsor', indonesian).meta).toMatchObject({ title: 'Longsor Tutup Jalan Provinsi, Warga Mengungsi', outlet: 'KOMPAS', city: 'BOGOR' });
  });

  it('a sidecar’s title wins over the first line', () => {
    expect(parseArticle('ferries', english, { title: 'Storm over, ferries back' }).meta.title).toBe('Storm over, ferries back');
  });

  it('no headline: a lede that ends in a full stop, a byline, a line as long as what follows, a single paragraph', () => {
    expect(headlineOf(['JAKARTA, KOMPAS — Hujan turun sejak pagi.', 'Warga mengungsi ke balai desa pada Selasa malam.'])).toBeUndefined();
    expect(headlineOf(['Oleh Rina Marlina Santoso', 'BOGOR, KOMPAS — Longsor menutup jalan provinsi di Kecamatan Ipsum, Selasa.'])).toBeUndefined();
    expect(headlineOf(['By Anna Price and Tom Reyes', 'DOLOR (Reuters) - Ferries returned to the port of Dolor on Wednesday.'])).toBeUndefined();
    expect(headlineOf(['Ferries return after storm'])).toBeUndefined();
    expect(headlineOf(['Ferries return after the long storm of the winter', 'Trade resumed.'])).toBeUndefined();
  });

  it('a dateline with a short date between the city and the outlet', () => {
    expect(parseDateline('LONDON, Oct 3 (Reuters) - Britain said on Tuesday …')).toEqual({ city: 'LONDON', outlet: 'Reuters' });
    expect(parseDateline('Tokyo (ANTARA News) - Jepang akan …')).toEqual({ city: 'Tokyo', outlet: 'ANTARA News' });
  });

  it('a byline under the headline is skipped: the lede is the paragraph after it', () => {
    const article = parseArticle('lanes', 'Council approves new cycle lanes\n\nBy Jane Holloway\n\nDOLOR, Feb 20 - Dolor City Council voted on Tuesday to build new cycle lanes along the harbour road.\n\nShopkeepers protested.\n');
    expect(article.meta).toMatchObject({ title: 'Council approves new cycle lanes', city: 'DOLOR', lede: 3 });
    const source = answer(libraryOf(entriesOf([article], understand)), { command: 'source', query: '' });
    expect(source.citations[0]!.paragraph).toBe(3);
  });

  it('a dateline of a city and a date alone ("BRISTOL, Feb 20 -"); a city in capitals is named as the article writes it', () => {
    expect(parseDateline('BRISTOL, Feb 20 - The council voted …')).toEqual({ city: 'BRISTOL' });
    const library = libraryOf(entriesOf([parseArticle('lanes', 'DOLOR, Feb 20 - The council voted on Tuesday to build new lanes.\n\nIt is a good day for Dolor, the mayor said.\n', { language: 'en' })], understand));
    expect(answer(library, { command: 'where', query: 'Dolor' })).toMatchObject({ found: true, value: 'Dolor' });
  });
});
