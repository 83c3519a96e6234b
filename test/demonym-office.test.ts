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
