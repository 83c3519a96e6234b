// "dikirim ke <Name>" (issue 11, round 24): after a verb of sending or handing over, Indonesian "ke" says who
// receives, a person as often as a place; after a verb of going it still says where. Every sentence is written
// for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner24', `Judul\n${text}\n`, { language })).map((p) => p.name);

describe('a name after "ke" and a verb of sending is the person who receives', () => {
  it('Indonesian: "dikirim ke <Name>", "diserahkan ke <Name>"', () => {
    expect(names('Surat keberatan itu dikirim ke Budi Santoso pada Senin pagi.')).toContain('Budi Santoso');
    expect(names('Uang bantuan diserahkan ke Dewi Lestari oleh panitia desa.')).toContain('Dewi Lestari');
    expect(names('Warga menyerahkan ke Rudi Hartono seluruh berkas yang diminta.')).toContain('Rudi Hartono');
  });

  it('English writes "to" for a person, not a locative: "sent to <Name>" (unchanged)', () => {
    expect(names('The complaint was sent to Budi Santoso on Monday morning.', 'en')).toContain('Budi Santoso');
  });
});

describe('"ke" still names a place or a body where nothing is handed over', () => {
  it('Indonesian: a verb of going ("pindah ke", "berangkat ke") keeps the place', () => {
    expect(names('Keluarga itu pindah ke Lorem Baru setelah banjir.')).toEqual([]);
    expect(names('Rombongan berangkat ke Ahmad Yani pukul tujuh pagi.')).toEqual([]);
  });

  it('Indonesian: a body that receives is no person ("dikirim ke Polda Metro Jaya")', () => {
    expect(names('Laporan itu dikirim ke Polda Metro Jaya kemarin.')).toEqual([]);
  });

  it('English: "moved to <Place>" is no person', () => {
    expect(names('The family moved to Lorem Heights after the flood.', 'en')).toEqual([]);
  });
});
