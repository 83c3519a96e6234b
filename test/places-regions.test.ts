// The regions of English-speaking countries and the world's large cities are gazetteer places
// (lang/places-regions.ts, lang/places-cities.ts): named with no locative before them ("Yorkshire and
// Cumbria were worst hit") they are places, in either language's text, found by either language's
// name; and the address after a known city goes on ("based in <City>, <County>, <Country>").
// Passages are written for these tests.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { askValue, libraryFromText } from './helpers/articles.js';

const english = [
  'Heavy rain flooded more than 900 homes overnight, emergency services said on Monday.',
  'Yorkshire and Cumbria were worst hit, the agency said. Police closed roads as the rivers rose.',
].join('\n\n');
const indonesian = [
  'Hujan lebat merendam lebih dari 900 rumah semalam, kata petugas darurat pada Senin.',
  'Yorkshire dan Cumbria paling parah dilanda banjir, kata badan itu. Polisi menutup jalan.',
].join('\n\n');

describe('regions and large cities of the gazetteer', () => {
  it('are places with no locative before them (English)', () => {
    const library = libraryFromText(english, 'en', '2025-01-06');
    expect(answer(library, { command: 'where', query: 'Cumbria' })).toMatchObject({ found: true, value: 'Cumbria' });
    expect(answer(library, { command: 'where', query: 'Yorkshire' })).toMatchObject({ found: true, value: 'Yorkshire' });
    expect(askValue(english, 'Where was worst hit?', 'en')).toMatch(/^(Yorkshire|Cumbria)$/);
  });

  it('are places with no locative before them (Indonesian)', () => {
    const library = libraryFromText(indonesian, 'id', '2025-01-06');
    expect(answer(library, { command: 'where', query: 'Cumbria', locale: 'id' })).toMatchObject({ found: true, value: 'Cumbria' });
    expect(askValue(indonesian, 'Di mana banjir paling parah?', 'id')).toMatch(/^(Yorkshire|Cumbria)$/);
  });

  it('find the Indonesian exonym from the English name', () => {
    const library = libraryFromText('Badai itu menghantam Carolina Utara pada Selasa malam, kata petugas.', 'id', '2025-01-06');
    expect(answer(library, { command: 'where', query: 'North Carolina' })).toMatchObject({ found: true, value: 'Carolina Utara' });
  });
});

describe('the address after a known city', () => {
  it('goes on after the comma, in English and in Indonesian', () => {
    const text = 'The firm is based in Sydney, Lorem County, Australia.\n\nPerusahaan itu berkantor di Surabaya, Lorem Raya, Indonesia.';
    const library = libraryFromText(text, 'en', '2025-01-06');
    expect(answer(library, { command: 'where', query: 'Lorem County' })).toMatchObject({ found: true, value: 'Lorem County' });
    expect(answer(library, { command: 'where', query: 'Lorem Raya', locale: 'id' })).toMatchObject({ found: true, value: 'Lorem Raya' });
  });
});
