// "Di mana PBB?", "Where is the UN?": a body's place is one written at it ("Dewan Keamanan PBB
// bersidang di New York"), never a place that acts in its sentence — a government named by its
// capital ("duta besar Pyongyang untuk PBB", "Pyongyang's envoy to the UN"). Texts written for this test.
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

describe('where a body is', () => {
  it('Indonesian: a capital that acts is not where the body is; the place written at it is', () => {
    const text = 'Sebelumnya, wakil duta besar Pyongyang untuk PBB mengatakan kepada wartawan bahwa perundingan tidak akan dilanjutkan.\n\nPBB belum menanggapi pernyataan itu.';
    const found = askText(text, 'Di mana PBB?', 'id');
    expect(found.found).toBe(false);
    expect(found.answer).toBe('Artikel tidak menyebut di mana PBB.');
    // Nor is a place it sends someone to ("pengiriman pasukan ke Lorem").
    expect(askText('PBB mengecam pengiriman pasukan Pyongyang ke Rusia.', 'Di mana PBB?', 'id').found).toBe(false);
    const told = 'Wakil duta besar Pyongyang untuk PBB menolak resolusi itu.\n\nDewan Keamanan PBB bersidang di New York, Senin, membahas sanksi baru.';
    expect(askText(told, 'Di mana Dewan Keamanan PBB?', 'id').value).toBe('New York');
  });

  it('English: the envoy’s capital is not where the body is; the place written at it is', () => {
    const refused = 'Earlier, the deputy ambassador of Pyongyang to the UNESCO told reporters that talks would not resume.';
    expect(askText(refused, 'Where is UNESCO?', 'en').answer).toBe('The article names no place for “UNESCO”.');
    const told = 'Earlier, the deputy ambassador of Pyongyang to the UNESCO told reporters that talks would not resume.\n\nThe UNESCO board met in Paris on Monday.';
    expect(askText(told, 'Where is UNESCO?', 'en').value).toBe('Paris');
  });
});
