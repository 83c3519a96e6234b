// A court story writes two sentences: the one prosecutors sought and the one the court handed down.
// "How long was the sentence?" asks the verdict; "What did prosecutors seek?" the demand
// (answer/granted.ts, the soughtWords of lang/support-*.ts). The fixtures are written for these tests.
import { describe, expect, it } from 'vitest';
import { askText as ask, fixtureText } from './helpers/articles.js';

const indonesian = fixtureText('court/verdict-id.txt');
const english = fixtureText('court/verdict-en.txt');
const first = (reply: { citations: readonly { paragraph: number; excerpt: string }[] }): string => reply.citations[0]?.excerpt ?? '';

describe('a sentence handed down, not the one sought', () => {
  it('an Indonesian story: the verdict answers how long the sentence is', () => {
    for (const q of ['Berapa lama hukumannya?', 'Berapa lama hukuman Lorem Ipsum?', 'Berapa tahun Lorem Ipsum divonis?']) {
      const reply = ask(indonesian, q, 'id');
      expect(reply.found, q).toBe(true);
      expect(first(reply), q).toMatch(/6 tahun|enam tahun/);
      expect(first(reply), q).not.toContain('menuntut');
    }
  });

  it('an English story: the verdict answers how long the sentence is', () => {
    for (const q of ['How long was the sentence?', 'How many years was he sentenced to?']) {
      const reply = ask(english, q, 'en');
      expect(reply.found, q).toBe(true);
      expect(first(reply), q).toContain('six years');
    }
  });

  it('a question of the demand is answered by the demand', () => {
    expect(first(ask(indonesian, 'Berapa lama tuntutan jaksa?', 'id'))).toContain('menuntut');
    expect(first(ask(indonesian, 'What did prosecutors seek?', 'id'))).toContain('menuntut');
    expect(first(ask(english, 'What did prosecutors seek?', 'en'))).toContain('sought');
    expect(first(ask(english, 'How long a sentence did prosecutors seek?', 'en'))).toContain('sought');
  });
});
