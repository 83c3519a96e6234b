// "Berapa pilot …?" of "membawa seorang pilot", "How many pilots …?" of "carried a pilot": a word
// counting one of the noun right after it ("seorang", "sebuah", "a", "a single") is a count of one;
// elsewhere in the sentence it counts nothing. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

describe('a count of one', () => {
  it('Indonesian: seorang before the counted noun', () => {
    const reply = askText(
      ['Helikopter Jatuh di Hutan Loremia', 'Helikopter milik polisi itu membawa seorang pilot ketika jatuh di hutan Loremia pada Selasa sore, kata juru bicara.', 'Tim SAR masih menyisir lokasi jatuhnya helikopter.'].join('\n\n'),
      'Berapa pilot di helikopter itu?',
      'id',
    );
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('seorang pilot');
  });
  it('English: a before the counted noun', () => {
    const reply = askText(
      ['Helicopter Crashes in Lorem Forest', 'The police helicopter was carrying a pilot when it went down in the Lorem forest on Tuesday afternoon, a spokesman said.', 'Rescue teams are still combing the crash site.'].join('\n\n'),
      'How many pilots were in the helicopter?',
      'en',
    );
    expect(reply.found).toBe(true);
    expect(reply.answer).toContain('a pilot');
  });
});
