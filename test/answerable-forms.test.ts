// Answerable questions that name a thing in another form of its name than the passage: a land or a
// realm made of a people's or a place's name ("Kekaisaran Mongol" of "Kekaisaran Mongolia", "Kerajaan
// Romawi" of "Roma"; "the Mongolian Empire" of "the Mongol Empire"). Another name is still another
// thing. Passages and questions are written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { landForms } from '../src/answer/variants.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle('bacaan', `${text}\n`, { language })], understand));
const ask = (text: string, query: string, language: 'id' | 'en') => answer(libraryWith(text, language), { command: 'ask', query, locale: language });

describe('a name and the land made of it', () => {
  it('are one name by a land suffix, never by any other ending', () => {
    expect(landForms('mongol', 'mongolia')).toBe(true);
    expect(landForms('romawi', 'roma')).toBe(true);
    expect(landForms('sumer', 'sumeria')).toBe(true);
    expect(landForms('mongolian', 'mongol')).toBe(true);
    expect(landForms('marx', 'marxis')).toBe(false);
    expect(landForms('han', 'hania')).toBe(false);
    expect(landForms('mongol', 'moghul')).toBe(false);
  });

  const id = 'Kekaisaran Mongolia didirikan oleh Arkan Belo pada tahun 1206 sesudah mempersatukan suku-suku Mongolia di utara.';

  it('answers a question writing the people for the realm (Indonesian)', () => {
    const a = ask(id, 'Siapakah kaisar pertama Kekaisaran Mongol?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Arkan Belo');
    expect(ask(id, 'Kapan Kekaisaran Mongol didirikan?', 'id').value).toBe('1206');
  });

  it('answers a question writing the realm for the city (Indonesian)', () => {
    const a = ask('Arkan Belo adalah raja pertama sekaligus pendiri Roma. Arkan Belo mendirikan Roma di atas sebuah bukit.', 'Siapa pendiri Kerajaan Romawi?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Arkan Belo');
  });

  it('still refuses another realm', () => {
    expect(ask(id, 'Siapakah kaisar pertama Kekaisaran Moghul?', 'id').found).toBe(false);
  });

  const en = 'The Mongol Empire was founded by Arkan Belo in 1206, after he united the tribes of the northern steppe.';

  it('answers a question writing the adjective for the people (English)', () => {
    const a = ask(en, 'When was the Mongolian Empire founded?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1206');
    expect(ask(en, 'Who founded the Mongolian Empire?', 'en').value).toBe('Arkan Belo');
  });

  it('still refuses another empire (English)', () => {
    expect(ask(en, 'When was the Mughal Empire founded?', 'en').found).toBe(false);
  });
});
