// A country a question adds after an office Indonesia does not have ("perdana menteri", "kanselir")
// is the article's own where the passage writes the office without it and names no other place: an
// Indonesian article's "Kanselir <Name>" is another country's chancellor. An office Indonesia has
// ("presiden") stays Indonesia's (office-asked.test.ts), and a paragraph naming another place may
// tell of that place's office. Texts are written for this test (invented people).
import { describe, expect, it } from 'vitest';
import { openAnswer } from './helpers/answer.js';

describe("a country after an office the home country does not have", () => {
  it('Indonesian: the chancellor of a passage naming no place answers "kanselir Jerman"', () => {
    const text = 'Kanselir Lorem Ipsum mengatakan pemerintahnya akan memangkas pajak penghasilan mulai tahun depan.';
    expect(openAnswer(text, 'Siapakah nama kanselir Jerman?', 'who')).toBe('Lorem Ipsum');
  });

  it('Indonesian: "Perdana Menteri Jepang" of a passage writing "Perdana Menteri <Name>"', () => {
    const text = 'Dalam pidatonya, Perdana Menteri Dolor Sitamet berjanji membangun kembali jembatan yang runtuh akibat gempa.';
    expect(openAnswer(text, 'Siapa Perdana Menteri Jepang?', 'who')).toBe('Dolor Sitamet');
  });

  it('Indonesian: a paragraph naming another country may tell of its office, and is not read so', () => {
    const text = 'Para pemimpin partai di Malaysia menyatakan, Perdana Menteri Dolor Sitamet sebaiknya membuka dialog dengan kaum minoritas.';
    expect(openAnswer(text, 'Siapa Perdana Menteri Jepang?', 'who')).toBeUndefined();
  });

  it('Indonesian: an office Indonesia has is still its own ("presiden Prancis" of "Presiden <Name>")', () => {
    const text = 'Presiden Lorem Ipsum mengatakan pemerintahnya akan memangkas pajak penghasilan mulai tahun depan.';
    expect(openAnswer(text, 'Siapa presiden Prancis?', 'who')).toBeUndefined();
  });
});
