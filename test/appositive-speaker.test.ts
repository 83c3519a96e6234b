// A speaker named after their role and set off by commas before the speech verb: "Its general
// secretary, Ann Lee, told reporters: "…"" (the name closes with a comma before the verb). Sentences
// written for this test.
import { describe, expect, it } from 'vitest';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';

const who = (text: string, language: 'id' | 'en') => understand(parseArticle('t', text, { language })).quotes.map((q) => q.speaker);

describe('a name set off by commas after its role speaks the quote that follows', () => {
  it('English: "Its general secretary, Ann Lee, told reporters:" and "The port director, Sam Obi, said:"', () => {
    expect(who('The strike was called by the dockers’ union. Its general secretary, Ann Lee, told reporters: "We gave the company every chance."', 'en')).toEqual(['Ann Lee']);
    expect(who('Talks resumed on Friday. The port director, Sam Obi, said: "The door is still open."', 'en')).toEqual(['Sam Obi']);
  });

  it('Indonesian: "Ketua serikat pekerja, Budi Santoso, mengatakan:"', () => {
    expect(who('Mogok kerja berlanjut. Ketua serikat pekerja, Budi Santoso, mengatakan: "Kami sudah memberi perusahaan banyak kesempatan."', 'id')).toEqual(['Budi Santoso']);
  });

  it('a comma after a name with no comma before it is no apposition: the name before the clause is not taken for the speaker', () => {
    expect(who('Visitors from Leeds, said the guide, filled the hall. "It was packed," the guide told us.', 'en')).not.toContain('Leeds');
  });
});
