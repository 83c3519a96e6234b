// A headline writes every word with a capital: a where-answer taken from it stops at the place
// ("Bekasi"), not at the next capitalised words after a comma ("Bekasi, Warga Mengungsi"); in the
// body a place still goes on with the places after it. Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryFromText(text, language, '2025-03-04');

describe('a where-answer from a headline', () => {
  it('Indonesian: "… di Bogor, Warga Mengungsi" answers Bogor', () => {
    const library = libraryWith('Longsor Terjadi di Bogor, Warga Mengungsi\n\nHujan deras turun sejak Senin malam dan membuat warga cemas di sepanjang jalan provinsi.', 'id');
    expect(answer(library, { command: 'ask', query: 'Di mana longsor terjadi?', locale: 'id' }).value).toBe('Bogor');
  });

  it('English: "… in Leeds, Fans Stranded" answers Leeds', () => {
    const library = libraryWith('Storm Stops Trains in Leeds, Fans Stranded\n\nHeavy rain fell from Monday night and left hundreds of fans waiting at the station for hours.', 'en');
    expect(answer(library, { command: 'ask', query: 'Where did the storm stop trains?' }).value).toBe('Leeds');
  });

  it('in the body, the places after a comma stay with the first', () => {
    const library = libraryWith('Longsor di Bogor\n\nLongsor terjadi di Kecamatan Cisarua, Kabupaten Bogor, Jawa Barat, Selasa (4/3/2025), setelah hujan deras semalaman.', 'id');
    expect(answer(library, { command: 'ask', query: 'Di mana longsor terjadi?', locale: 'id' }).value).toBe('Kecamatan Cisarua, Kabupaten Bogor, Jawa Barat');
  });

  it('the dateline’s city is a place of the lede under the headline', () => {
    const library = libraryWith('Ferries Return After Storm\n\nDOLOR, March 12 (Reuters) - Ferries returned to the port on Wednesday after a two-day storm, the harbour master said.', 'en');
    expect(answer(library, { command: 'where', query: 'Dolor' }).citations.map((c) => c.paragraph)).toEqual([2]);
  });
});
