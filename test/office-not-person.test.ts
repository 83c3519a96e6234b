// A title and a name that together are part of another person's role are an office, not a person:
// "Kapolda Metro Jaya" (a regional police chief) beside "Kapolda Metro Jaya Irjen X". Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

const people = (text: string, language: Language = 'id'): string[] => extractPeople(parseArticle('a', `${text}\n`, { language })).map((p) => p.name);

describe('an office is no person', () => {
  it('the region of a regional office, where another person holds the office by name', () => {
    const names = people('Kapolda Lorem Jaya Irjen Fadil Santoso mengatakan penyelidikan masih berjalan.\n\nPenghargaan itu diberikan oleh Kapolda Lorem Jaya kepada anggota lalu lintas.');
    expect(names).toContain('Fadil Santoso');
    expect(names).not.toContain('Lorem Jaya');
  });
  it('English: the office written again without its holder is no second person', () => {
    const names = people('Governor Lorem Province Budi Harlow said the inquiry continues.\n\nThe award was given by Governor Lorem Province to traffic officers.', 'en');
    expect(names).toEqual(['Budi Harlow']);
  });
});

describe('the region of a regional unit is no person', () => {
  it('"Kapolda Lorem Jaya" alone, and "Polda Lorem Jaya": the region; the holder after a rank stays', () => {
    const names = people(
      'Aiptu Budi, polisi yang menjadi sasaran amarah seorang pengendara, mendapat penghargaan dari Kapolda Lorem Jaya. Hal itu terungkap dari akun resmi Twitter TMC Polda Lorem Jaya.\n\nKapolres Ipsum AKBP Budi Santoso juga hadir.',
    );
    expect(names).not.toContain('Lorem Jaya');
    expect(names).toContain('Budi Santoso');
    expect(people('Kapolsek Ipsumjaya menyatakan penyelidikan masih berjalan.')).toEqual([]);
  });
  it('English titles are read as before', () => {
    expect(people('Police Chief Mary Quinlan said the inquiry continues.', 'en')).toEqual(['Mary Quinlan']);
  });
});

describe('the office answers where no holder is written', () => {
  it('"Siapa yang memberi penghargaan …?" of "Kapolda Lorem Jaya memberi penghargaan …" → the office, not its region', async () => {
    const { answer } = await import('../src/core.js');
    const { understand } = await import('../src/extract/understand.js');
    const { entriesOf, libraryOf } = await import('../src/index/library.js');
    const text = [
      'Aiptu Budi, polisi yang menjadi sasaran amarah seorang pengendara, dikabarkan mendapat penghargaan.',
      '',
      '"Kapolda Lorem Jaya memberi penghargaan kepada Aiptu Budi atas kesabarannya," tulis akun resmi polisi, Rabu (14/12).',
    ].join('\n');
    const library = libraryOf(entriesOf([parseArticle('a', `${text}\n`, { language: 'id' })], understand));
    const reply = answer(library, { command: 'ask', query: 'Siapa yang memberi penghargaan kepada Aiptu Budi?', locale: 'id' });
    expect(reply).toMatchObject({ found: true, value: 'Kapolda Lorem Jaya' });
  });
});
