// Indonesia's regencies and cities are gazetteer places (lang/places-indonesia.ts): written with no
// "Kabupaten" or locative before them ("Pecel <Town>", "Camat <Town>", "<Club> <Town>") they are no
// person's name, in either language's text; the holder of a title named after a place ("Ki Ageng
// <Town>", "Nyi Ageng <Town>", as "Sunan <Town>"; Indonesian titles, so Indonesian text) keeps the
// place in the name. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner22r', `Judul\n${text}\n`, { language })).map((p) => p.name);

describe('a regency or city written without a locative is no person', () => {
  it('Indonesian: a dish, a club and an office named after the town', () => {
    const found = names('Warung itu menjual Nasi Pecel Madiun yang terkenal. Pemain Persatu Lamongan, Budi Santoso, cedera. Rapat dihadiri Camat Purbalingga dan Kepala Desa Lorem.');
    expect(found.join(' | ')).not.toMatch(/Madiun|Lamongan|Purbalingga/);
    expect(found).toContain('Budi Santoso');
  });

  it('English: a festival and a team named after the town', () => {
    const found = names('Crowds filled the Banyuwangi Ethno Carnival on Sunday. The Jember Fashion Parade drew tourists too, organiser Helen Ward said.', 'en');
    expect(found.join(' | ')).not.toMatch(/Banyuwangi|Jember|Ethno Carnival|Fashion Parade/);
    expect(found).toContain('Helen Ward');
  });
});

describe('a title whose holder is named after a place keeps the place in the name', () => {
  it('Indonesian: "Nyi Ageng <Town>", "Ki Ageng <Town>"', () => {
    const found = names('Pahlawan nasional Nyi Ageng Serang memimpin pasukan itu. Menurut cerita, hutan itu dibuka oleh Ki Ageng Purbalingga.');
    expect(found).toContain('Nyi Ageng Serang');
    expect(found).toContain('Ki Ageng Purbalingga');
  });
});
