// A people's word of two words ("North Korean", "South Korean", "New Zealand") names its place as
// one, as "Russian" names Russia: "Who is the South Korean foreign minister?" is answered by
// "Menteri Luar Negeri Korea Selatan", "Siapa menteri luar negeri Korea Selatan?" by "South Korean
// Foreign Minister", and neither by another country's minister. Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

const indonesian =
  'Menteri Luar Negeri Korea Selatan Choi Min Seok bertemu Menteri Luar Negeri Rusia Ivan Petrenko di Seoul, Senin, untuk membahas perundingan yang buntu.\n\n' +
  '"Kami tetap membuka pintu," kata Choi kepada wartawan seusai pertemuan.';
const english =
  'SEOUL, March 3 (Wire) - Russian Foreign Minister Ivan Petrenko met South Korean Foreign Minister Choi Min Seok in Seoul on Monday to discuss the stalled talks.\n\n' +
  '"We will keep the door open," Choi told reporters after the meeting.';

describe('an office asked by a two-word people’s word', () => {
  it('English question, Indonesian article: the holder of that country’s office', () => {
    expect(askText(indonesian, 'Who is the South Korean foreign minister?', 'en').value).toBe('Choi Min Seok');
    expect(askText(indonesian, 'Who is the Russian foreign minister?', 'en').value).toBe('Ivan Petrenko');
    expect(askText(indonesian, 'Who is the North Korean foreign minister?', 'en').found).toBe(false);
  });

  it('Indonesian question, English article writing the people’s word', () => {
    expect(askText(english, 'Siapa menteri luar negeri Korea Selatan?', 'id').value).toBe('Choi Min Seok');
    expect(askText(english, 'Siapa menteri luar negeri Korea Utara?', 'id').found).toBe(false);
    const text = 'WELLINGTON, May 2 (Wire) - New Zealand Prime Minister Helen Ward said on Thursday the budget would be cut.';
    expect(askText(text, 'Siapa perdana menteri Selandia Baru?', 'id').value).toBe('Helen Ward');
  });
});

// Most people's words are no place name with "-n" ("Irish", "French", "Dutch", "Polish"): the gazetteer tells them.
describe('an office asked by a people’s word the gazetteer lists, or by the place of one the article writes', () => {
  it('English article: "Irish prime minister" of "Prime Minister of Ireland", and "of Ireland" of "Irish Prime Minister"', () => {
    expect(askText('DUBLIN (Wire) - Prime Minister of Ireland Aoife Lorem said on Monday the talks would go on.', 'Who is the Irish prime minister?', 'en').value).toBe('Aoife Lorem');
    expect(askText('DUBLIN (Wire) - Irish Prime Minister Aoife Lorem said on Monday the talks would go on.', 'Who is the prime minister of Ireland?', 'en').value).toBe('Aoife Lorem');
  });

  it('English question, Indonesian article: "French foreign minister" of "Menteri Luar Negeri Prancis", not another country’s', () => {
    const text = 'Menteri Luar Negeri Prancis Jules Ipsum bertemu wartawan di Paris, Senin, untuk membahas perundingan itu.';
    expect(askText(text, 'Who is the French foreign minister?', 'en').value).toBe('Jules Ipsum');
    expect(askText(text, 'Who is the Dutch foreign minister?', 'en').found).toBe(false);
  });

  it('a place read longest first: "Amerika Selatan" does not write "American"', () => {
    const text = 'Maskapai Lorem Air didirikan pada 1950 oleh Budi Santoso. Rutenya kini mencapai Amerika Selatan dan Eropa.';
    expect(askText(text, 'Siapa yang mendirikan Lorem American Air?', 'id').found).toBe(false);
  });
});
