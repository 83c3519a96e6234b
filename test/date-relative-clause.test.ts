// A date inside a relative clause ("yang …", "which …") tells of what that clause says of a name, not
// of the main clause: "Mesin cuci yang dipamerkan pada 3 Maret 2021 ini dijual mulai 9 Juni 2021"
// dates the sale on 9 June. It still answers where the clause holds the asked verb ("… yang dijual pada
// 2021"). Passages and questions are written for these tests (invented companies, towns and people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

describe('a date of a relative clause gives way to the date of the main clause', () => {
  it('answers the main clause’s date, not the one of "yang …" (Indonesian)', () => {
    const library = libraryFromText(
      'Mesin cuci Lorem X2 yang dipamerkan dalam sebuah pameran dagang pada 3 Maret 2021 ini dijual di Kota Lembah mulai 9 Juni 2021.',
      'id',
      '2024-09-10',
    );
    expect(answer(library, { command: 'ask', query: 'Kapan mesin cuci Lorem X2 dijual di Kota Lembah?', locale: 'id' }).value).toBe('9 Juni 2021');
  });

  it('answers the main clause’s date, not the one of "which …" (English)', () => {
    const library = libraryFromText(
      'The Lorem X2 washing machine, which was shown at a trade fair on 3 March 2021, went on sale in Valetown on 9 June 2021.',
      'en',
      '2024-09-10',
    );
    expect(answer(library, { command: 'ask', query: 'When did the Lorem X2 washing machine go on sale in Valetown?', locale: 'en' }).value).toBe('9 June 2021');
  });

  it('reads the relative clause when it holds the asked verb', () => {
    const library = libraryFromText(
      'Pada 1990 Budi Lorem membuka bengkel kecil, yang kemudian didirikan sebagai PT Lorem Jaya pada 1998.',
      'id',
      '2024-09-10',
    );
    expect(answer(library, { command: 'ask', query: 'Kapan PT Lorem Jaya didirikan?', locale: 'id' }).value).toBe('1998');
  });
});

describe('a date of a clause set off after a name tells that clause’s event, not the sentence’s', () => {
  it('Indonesian: "… meninggal … sejak B, yang ditahan polisi pada 1938" does not say when B died', () => {
    const library = libraryFromText(
      'Agus Lorem adalah pemenang hadiah pertama yang meninggal di tahanan sejak pejuang asal Jerman Budi Santoso, yang ditahan polisi pada 1938.',
      'id',
      '2024-09-10',
    );
    expect(answer(library, { command: 'ask', query: 'Kapan Budi Santoso meninggal?', locale: 'id' }).found).toBe(false);
    expect(answer(library, { command: 'ask', query: 'Kapan Budi Santoso ditahan?', locale: 'id' }).value).toBe('1938');
  });

  it('English: "… to die in custody since B, who was detained by police in 1938" does not say when B died', () => {
    const library = libraryFromText(
      'Agus Lorem was the first winner to die in custody since the German activist Budi Santoso, who was detained by police in 1938.',
      'en',
      '2024-09-10',
    );
    expect(answer(library, { command: 'ask', query: 'When did Budi Santoso die?', locale: 'en' }).found).toBe(false);
    expect(answer(library, { command: 'ask', query: 'When was Budi Santoso detained?', locale: 'en' }).value).toBe('1938');
  });
});
