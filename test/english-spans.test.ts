// Where an English answer's span starts and stops (answer/short-answer.ts, where-candidates.ts, the
// English answer words): a possessive ending is not the name's, a ruler's title is, a place's name
// goes on after "of". Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { openAnswer as ask } from './helpers/answer.js';

describe('English answer spans', () => {
  it('a capitalised "Dan" inside an English sentence is a given name, not the Indonesian "dan"', () => {
    expect(ask('The bakery was opened in 2012 by Dan Whitfield, who still bakes every morning.', 'Who opened the bakery?', 'who')).toBe('Dan Whitfield');
    // In Indonesian "Dan" capitalised mid-sentence is still the conjunction, never part of a name.
    expect(ask('Toko roti itu dibuka oleh Rudi Hartono Dan Sinta Lestari pada 2012.', 'Siapa yang membuka toko roti itu?', 'who')).not.toMatch(/\bDan\b/);
  });

  it("a possessive 's is the sentence's grammar, not part of the name", () => {
    expect(
      ask('Marguerite Delacroix\'s inquiry found that the ferry company had ignored the safety warnings.', 'Who found that the ferry company had ignored the safety warnings?', 'who'),
    ).toBe('Marguerite Delacroix');
  });

  it("a ruler's title stays with the name (King …; Sultan … in Indonesian), a job title only where the question does not write it", () => {
    expect(ask('In 1610 King Osric Harald moved his court from the coast to the river town.', 'Who moved his court to the river town?', 'who')).toBe('King Osric Harald');
    expect(ask('Pada tahun 1610 Sultan Hamid Alamsyah memindahkan istananya ke kota sungai.', 'Siapa yang memindahkan istananya ke kota sungai?', 'who')).toBe('Sultan Hamid Alamsyah');
    expect(ask('President Osric Harald opened the new bridge over the river.', 'Who opened the new bridge over the river?', 'who')).toBe('President Osric Harald');
    expect(ask('President Osric Harald opened the new bridge over the river.', 'Who is the president that opened the new bridge over the river?', 'who')).toBe('Osric Harald');
  });

  it('a place name goes on after "of" ("Palace of Culture and Science", "University of …")', () => {
    expect(ask('The orchestra played its last concert in the Palace of Culture and Science.', 'Where did the orchestra play its last concert?', 'where')).toBe('Palace of Culture and Science');
    expect(ask('The old ferry was refitted in Port of Velmora last winter.', 'Where was the old ferry refitted?', 'where')).toBe('Port of Velmora');
    // A day after "on" closes no place's name.
    expect(ask('The choir sang at Church of Saint Anselm on Sunday.', 'Where did the choir sing?', 'where')).toBe('Church of Saint Anselm');
    // Two places joined by "and" without "of" stay two places: a list after one locative, answered whole (where-lists.ts).
    expect(ask('The storm closed the ports in Tallinn and Riga for two days.', 'Where did the storm close the ports?', 'where')).toBe('Tallinn and Riga');
  });

  it('an abstract noun (-ation, -ism) is no answer to who; the surname Nasution still is a name', () => {
    expect(ask('The party\'s ideology was shaped by Syndicalism, and later by the labour organiser Tomas Ferreira.', 'Who shaped the party\'s ideology?', 'who')).toBe('Tomas Ferreira');
    expect(ask('The archive was founded by Conservation in 1990, with the historian Farid Nasution as its keeper.', 'Who founded the archive?', 'who')).not.toBe('Conservation');
    const people = understand(parseArticle('nouns', 'Buku itu ditulis sejarawan Farid Nasution pada 1990.')).people.map((p) => p.name);
    expect(people.some((n) => n.includes('Nasution'))).toBe(true);
  });

  it("a name in brackets after a body is that body's other name, not another answer (English and Indonesian)", () => {
    expect(ask('Lawmaking power in the port rests with the Harbour District Assembly (Konsell Distrettwali), which has 40 members.', 'Who holds lawmaking power in the port?', 'who')).toBe('Harbour District Assembly');
    expect(ask('Kekuasaan membuat peraturan di pelabuhan itu dipegang Dewan Distrik Pelabuhan (Harbour District Assembly) yang beranggotakan 40 orang.', 'Siapa yang memegang kekuasaan membuat peraturan?', 'who')).toBe('Dewan Distrik Pelabuhan');
  });
});
