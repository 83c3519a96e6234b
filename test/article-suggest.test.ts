// The `article` option's autocomplete over a large library: at most 25 choices, best first (a
// word of the title before one of the outlet or id, then the newest), every typed word a prefix,
// one typo past the third letter, the newest articles for nothing typed.
import { describe, expect, it } from 'vitest';
import { ArticleSuggestions } from '../src/bot/article-suggest.js';
import { libraryOf, type LibraryEntry } from '../src/index/library.js';

const outlets = ['Kompas', 'Tempo.co', 'Antara'];
function entry(i: number, title: string, date: string, outlet = outlets[i % 3]!): LibraryEntry {
  return {
    article: { id: `berita-${String(i).padStart(5, '0')}`, meta: { language: 'id', title, outlet, publishedAt: date }, paragraphs: [], contentHash: String(i) },
    understanding: { people: [], organisations: [], places: [], quotes: [], dates: [], names: [] },
  };
}
const topics = ['Banjir bandang', 'Harga beras naik', 'Kereta cepat', 'Pajak digital', 'Gempa bumi'];
const entries = Array.from({ length: 3000 }, (_, i) => entry(i, `${topics[i % 5]} di kota ${String.fromCharCode(97 + (i % 26))}`, `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`));
entries.push(entry(3000, 'Kompas pariwisata', '2012-01-01', 'Detik'));
const library = libraryOf(entries);
const suggest = new ArticleSuggestions(library);

describe('article autocomplete over thousands of articles', () => {
  it('offers at most 25, newest first, for nothing typed', () => {
    const choices = suggest.suggest('');
    expect(choices).toHaveLength(25);
    const dates = choices.map((c) => library.get(c.value)!.article.meta.publishedAt!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('matches every typed word as a prefix, and ranks a title word before an outlet word', () => {
    const choices = suggest.suggest('kompas');
    expect(choices.length).toBe(25);
    expect(choices[0]!.value).toBe('berita-03000');
    for (const c of suggest.suggest('harga ber')) expect(c.name).toMatch(/^Harga beras naik/);
    expect(suggest.suggest('harga gempa')).toEqual([]);
  });

  it('finds by date and by id, newest first among equals', () => {
    const byYear = suggest.suggest('2023');
    expect(byYear.length).toBe(25);
    for (const c of byYear) expect(library.get(c.value)!.article.meta.publishedAt!.startsWith('2023')).toBe(true);
    expect(suggest.suggest('berita-01234')[0]!.value).toBe('berita-01234');
  });

  it('forgives one typo past the third letter', () => {
    expect(suggest.suggest('pariwsata')[0]?.value).toBe('berita-03000');
    expect(suggest.suggest('zzzzz')).toEqual([]);
  });

  it('treats any text as text', () => {
    for (const typed of ['=x', '.*+?()[]{}', '😀'.repeat(200), 'x'.repeat(6000), ' \u200b ']) {
      expect(suggest.suggest(typed).length).toBeLessThanOrEqual(25);
    }
  });
});
