// /ask: the date of a quote's attribution ("…,” kata X di Balai Kota, Senin (17/6)") is when X spoke,
// not when an event X's quote names happens; a question about the saying, or about something the
// paragraph tells outside the quote, is still answered by it (/when of a quote's words still gives
// the day they were said). Texts written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { askText, libraryFromText } from './helpers/articles.js';

const indonesian =
  'Pemerintah kota bersiap menghadapi musim hujan.\n\n' +
  '"Kami sudah memerintahkan semua petugas untuk menjaga kelancaran pembersihan saluran air di seluruh kota," kata Wali Kota Budi Santosa di Balai Kota Surabaya, Senin (17/6/2024).\n';
const english =
  'The city is getting ready for the rainy season.\n\n' +
  '"We have told every crew to keep the drain clearing going across the city," Mayor Mary Hollis said at City Hall on Monday, June 17, 2024.\n';

describe('the date of a saying', () => {
  it('Indonesian: not the date of an event named inside the quote', () => {
    const event = askText(indonesian, 'Kapan pembersihan saluran air?', 'id');
    expect(event.value).not.toBe('Senin (17/6/2024)');
    expect(event.found).toBe(false);
    expect(askText(indonesian, 'Kapan Wali Kota Budi Santosa berkata?', 'id').found).toBe(true);
  });

  it('English: not the date of an event named inside the quote', () => {
    const event = askText(english, 'When is the drain clearing?', 'en');
    expect(event.found).toBe(false);
    expect(askText(english, 'When did Mary Hollis say that?', 'en').found).toBe(true);
  });

  it('across languages: the event words as the article writes them', () => {
    const text =
      'Warga diminta datang ke tempat pemungutan suara.\n\n' +
      '"Saya minta semua aparat menjamin keamanan pemilihan gubernur di kota ini," kata Presiden Budi Santosa di Istana, Senin (17/6/2024).\n';
    const lib = libraryFromText(text, 'id', '2024-06-18');
    expect(answer(lib, { command: 'ask', query: 'When is the governor election?', locale: 'en' }).found).toBe(false);
    expect(askText(text, 'Kapan pemilihan gubernur?', 'id').found).toBe(false);
  });
});
