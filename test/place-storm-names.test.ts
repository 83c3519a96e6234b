// A name opened by a word for a kind of place ("Gunung", "Danau"; "Mount", "Lake"), by a word that only
// opens a place's name ("New", "San") or by a word for a named storm ("Topan", "Badai"; "Hurricane",
// "Storm") is no person's, even opening its sentence as a subject ("Gunung Lorem meletus …"). A word
// another language writes after a place's name ("Park") still opens a person's name ("Park Jae-won").
// After "the village of", "the town of" the name is the place's. Invented places, storms and people.
import { describe, expect, it } from 'vitest';
import { libraryFromText } from './helpers/articles.js';

const peopleOf = (text: string, language: 'id' | 'en'): string[] => libraryFromText(text, language, '2025-03-04').entries[0]!.understanding.people.map((p) => p.name);

describe('places and storms are not people', () => {
  it('Indonesian: "Gunung Lorem meletus", "Topan Dolor melanda", "Danau Ipsum menjadi …"', () => {
    const text = [
      'Gunung Lorem meletus pada Senin dan warga mengungsi ke balai desa.',
      'Topan Dolor melanda pesisir utara tahun lalu, kata Kepala BMKG Budi Santoso.',
      'Danau Ipsum menjadi tujuan wisata, sementara Park Jae-won mengatakan harga tiket naik.',
    ].join('\n\n');
    const people = peopleOf(text, 'id');
    expect(people.filter((p) => /Lorem|Dolor|Ipsum/.test(p))).toEqual([]);
    expect(people).toContain('Budi Santoso');
    expect(people).toContain('Park Jae-won');
  });

  it('English: "Hurricane Dolor hit New Orleans", "Mount Lorem erupted", "Storm Ipsum caused …"', () => {
    const text = [
      'Hurricane Dolor hit New Orleans on Monday, officials said.',
      'Mount Lorem erupted twice last week. Storm Ipsum caused damage estimated at £50m.',
      'Jane Whitcombe, the agency’s chief executive, said more rain was expected.',
    ].join('\n\n');
    const people = peopleOf(text, 'en');
    expect(people.filter((p) => /Dolor|Orleans|Lorem|Ipsum/.test(p))).toEqual([]);
    expect(people).toContain('Jane Whitcombe');
  });

  it('English: "the village of X had been evacuated" names a place; "the beloved city of X" may name a person', () => {
    const text = [
      'Residents in the village of Loremby had been evacuated by boat, the council said.',
      'Riverton was the beloved city of Jane Whitcombe, who described it in her novels.',
    ].join('\n\n');
    const entry = libraryFromText(text, 'en', '2025-03-04').entries[0]!;
    expect(entry.understanding.people.map((p) => p.name)).toEqual(['Jane Whitcombe']);
    expect(entry.understanding.places.map((p) => p.name)).toContain('Loremby');
  });
});
