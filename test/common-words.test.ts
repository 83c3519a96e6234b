// Words Indonesian news writes in lower case are no names, even where a one-line article writes them
// capitalised and never in lower case (src/lang/common-words-id.json, derived from a news corpus by
// scripts/derive-common-words.mjs): "Kipas Angin", "Tadi Sekilas", "Menengah Atas" standing alone are
// things, not people; names after a cue, and names made of words the list lacks, are still found.
// Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import commonWords from '../src/lang/common-words-id.json' with { type: 'json' };
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang): string[] => extractPeople(parseArticle('common', `${text}\n`, { language })).map((p) => p.name);

describe('the list of words Indonesian news writes in lower case', () => {
  it('holds common words and no given names', () => {
    const words = new Set(commonWords.words);
    for (const w of ['kipas', 'angin', 'tadi', 'atas', 'pohon', 'berbicara']) expect(words.has(w)).toBe(true);
    for (const w of ['budi', 'hidayat', 'santoso', 'putri', 'indah', 'teguh']) expect(words.has(w)).toBe(false);
    expect(commonWords.words.every((w) => w === w.toLowerCase())).toBe(true);
    expect(commonWords.licence).toMatch(/CC BY-SA 4\.0/);
  });
});

describe('capitalised common words standing alone are no one', () => {
  it('things and phrases of a one-line Indonesian article', () => {
    expect(names('Semua ruang kelas kini dilengkapi dengan Kipas Angin, Papan Tulis dan Rak Buku.', 'id')).toEqual([]);
    expect(names('Nah itu Tadi Sekilas tentang sejarah kampung kami.', 'id')).toEqual([]);
    expect(names('Desa itu menanam Tanaman Keras di lereng bukit.', 'id')).toEqual([]);
  });

  it('a common word opening a sentence is no name', () => {
    expect(names('Berbicara mengenai kampung Sukamulya, banyak warganya bekerja sebagai petani.', 'id')).toEqual([]);
  });

  it('people are still found beside them', () => {
    expect(names('Menurut Hendra Wijaksono, ruang kelas itu kini dilengkapi Kipas Angin.', 'id')).toEqual(['Hendra Wijaksono']);
    expect(names('Album itu diproduseri oleh Rudi Hartawan dan Lestari Anggraeni pada tahun 2009.', 'id')).toEqual(['Rudi Hartawan', 'Lestari Anggraeni']);
  });

  it('a list that names a person takes no member made of common words', () => {
    expect(names('Hadir dalam acara itu Rudi Hartawan, Meja Bundar dan Lestari Anggraeni.', 'id')).toEqual(['Rudi Hartawan', 'Lestari Anggraeni']);
  });

  it('a list that names a person takes no member that reads as a title (a function word, a word with a particle)', () => {
    expect(names('Konser itu menampilkan Rudi Hartawan, Lestari Anggraeni dan Pelangi Senjanya.', 'id')).toEqual(['Rudi Hartawan', 'Lestari Anggraeni']);
    expect(names('The night opened with Martin Cole, Lena Hart and Tonight Is Ours.', 'en')).toEqual(['Martin Cole', 'Lena Hart']);
  });

  it('an English article does not read the Indonesian list', () => {
    expect(names('The film was directed by Pohon Angin, a young director.', 'en')).toEqual(['Pohon Angin']);
  });
});
