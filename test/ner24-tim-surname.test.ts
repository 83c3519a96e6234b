// Indonesian "Tim <Surname>" (issue 11, round 24): "tim" is a team, but where the article names the same
// surname alone as a person, "Tim" before it is the person's given name (an English name in an Indonesian
// article). Sentences written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const names = (text: string, language: 'id' | 'en'): string[] => extractPeople(parseArticle('ner24tim', `Judul\n${text}\n`, { language })).map((p) => p.name);

describe('"Tim <Surname>" where the surname alone is a person', () => {
  it('Indonesian: the person, given name and surname', () => {
    const found = names('Setelah Lorem meninggal dunia, kolumnis Budi Santoso mengungkap bahwa Tim Lorem adalah narasumber baginya.', 'id');
    expect(found).toContain('Tim Lorem');
    expect(found).toContain('Budi Santoso');
  });

  it('Indonesian: a team when nothing names the word alone as a person', () => {
    expect(names('Tim Garuda menang dua gol atas tamunya pada Sabtu malam.', 'id')).toEqual([]);
    expect(names('Tim Lorem adalah tim terbaik musim ini, kata pelatih Budi Santoso.', 'id')).toEqual(['Budi Santoso']);
  });

  it('English: "Tim" is a given name already (unchanged)', () => {
    expect(names('After Lorem died, columnist Helen Ward said Tim Lorem had been her source.', 'en')).toContain('Tim Lorem');
  });
});
