// Person names tried on real articles as a new user (issue 11, round 20): a town or a region opening a longer
// capitalised name, hyphenated given names. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner22', `Judul\n${text}\n`, { language })).map((p) => p.name);

describe('a known town or region opening a longer capitalised name leaves no person', () => {
  it('Indonesian: "peristiwa Bandung Lautan Api", "Surabaya Expo Raya"', () => {
    const found = names('Ribuan warga memperingati peristiwa Bandung Lautan Api pada Minggu malam. Panitia Surabaya Expo Raya menunda acara, kata ketua panitia Wulan Sari.');
    expect(found).not.toContain('Lautan Api');
    expect(found).not.toContain('Expo Raya');
    expect(found).toContain('Wulan Sari');
  });

  it('English: "the Oklahoma Dust Bowl", "the Yorkshire Food Week"', () => {
    const found = names('Families fled the Oklahoma Dust Bowl in the 1930s. The Yorkshire Food Week drew crowds, organiser Helen Ward said.', 'en');
    expect(found).not.toContain('Dust Bowl');
    expect(found).not.toContain('Food Week');
    expect(found).toContain('Helen Ward');
  });

  it('a country before a name is still a role\'s ("ahli geologi <Country> <Name>")', () => {
    expect(names('Pada 1902, ahli geologi Jerman Wilhelm Brandtner mendaki gunung itu.')).toContain('Wilhelm Brandtner');
  });
});

describe('a hyphenated East Asian given name is kept whole with the family name before it', () => {
  it('Indonesian: "bek Park Min-jae", "juru bicara Park Sang-woo"', () => {
    const found = names('Bek tim nasional Korea Selatan Park Min-jae mencetak gol pada Sabtu malam. Laga itu berat, kata juru bicara Park Sang-woo.');
    expect(found).toContain('Park Min-jae');
    expect(found).toContain('Park Sang-woo');
  });

  it('English: "defender Park Min-jae", "spokesman Park Sang-woo said"', () => {
    const found = names('South Korea defender Park Min-jae scored on Saturday night. The match was hard, team spokesman Park Sang-woo said.', 'en');
    expect(found).toContain('Park Min-jae');
    expect(found).toContain('Park Sang-woo');
  });
});
