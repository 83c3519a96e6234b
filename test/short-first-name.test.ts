// A short form of a first name is the same person when it fits one person of the article alone:
// "Sandi" of "Sandiaga Uno", as Indonesian news writes a name after its first mention. Sentences
// written for this test (invented people).
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

const people = (text: string) => extractPeople(parseArticle('t', `${text}\n`, { language: 'id' })).map((p) => `${p.name}: ${p.paragraphs.join(',')}`);

describe('a short form of one person’s first name', () => {
  it('joins that person ("Sandi" of "Sandiaga Uno")', () => {
    const text = 'Calon wakil gubernur Sandiaga Uno memberi pelatihan wirausaha di Cengkareng.\n\nDalam pelatihan itu Sandi menjawab pertanyaan mahasiswa.';
    expect(people(text)).toEqual(['Sandiaga Uno: 1,2']);
  });

  it('stays apart where two people could be meant, or the name is too short to tell', () => {
    const two = people('Acara itu dihadiri Sandiaga Uno dan Sandiago Lubis.\n\nMenurut Sandi, acara berjalan baik.');
    expect(two).toContain('Sandiaga Uno: 1');
    expect(two).toContain('Sandiago Lubis: 1');
    const short = people('Acara itu dihadiri Budiman Sujatmiko.\n\nMenurut Bud, acara berjalan baik.');
    expect(short).toContain('Budiman Sujatmiko: 1');
  });
});
