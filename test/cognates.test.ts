// A question word no table translates is looked for by its loanword in the other language, spelt by
// the rules of lang/cognate-rules.ts ("recommended" ~ "merekomendasikan", "evakuasi" ~ "evacuation"),
// and counts only where the article writes it. Articles are written for these tests.
import { describe, expect, it } from 'vitest';
import { englishCognates, indonesianCognates } from '../src/query/cognates.js';
import { askText as ask } from './helpers/articles.js';

describe('loanwords across the two languages', () => {
  it('spells an English word as Indonesian writes it', () => {
    expect(indonesianCognates('recommended')).toContain('rekomendasi');
    expect(indonesianCognates('negotiations')).toContain('negosiasi');
    expect(indonesianCognates('democracy')).toContain('demokrasi');
    expect(indonesianCognates('economic')).toContain('ekonomi');
    expect(indonesianCognates('community')).toContain('komunitas');
    // Short words share letters by chance: none is made.
    expect(indonesianCognates('visit')).toEqual([]);
  });

  it('spells an Indonesian loanword, under its affixes, as English writes it', () => {
    expect(englishCognates('dievakuasi')).toEqual(expect.arrayContaining(['evacuation', 'evacuate']));
    expect(englishCognates('investigasi')).toContain('investigation');
    expect(englishCognates('kompetisi')).toContain('competition');
  });

  it('answers a question whose verb the article writes as its loanword, both ways', () => {
    const id = 'Penulis baru\n\nSutradara Lorem Ipsum merekomendasikan Dolor Amet untuk bergabung dalam proyek film itu pada Senin, 4 Maret 2024.';
    expect(ask(id, 'Who recommended Dolor Amet?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Lorem Ipsum') });
    const en = 'Flood\n\nResidents of Loremia were evacuated on Tuesday, 5 March 2024, after the river burst its banks.';
    expect(ask(en, 'Kapan evakuasi warga Loremia?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('5 March 2024') });
  });

  it('a loanword the article does not write answers nothing', () => {
    const id = 'Penulis baru\n\nSutradara Lorem Ipsum bertemu Dolor Amet di Jakarta pada Senin, 4 Maret 2024.';
    expect(ask(id, 'Who recommended Dolor Amet?', 'id')).toMatchObject({ found: false });
  });
});
