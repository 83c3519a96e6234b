// Academic degrees after a name ("… SH", "…, S.Pd., M.Si.", "…, PhD"): never a person of their own,
// never part of the name or of the role before it, and a sign that the words before them are a
// person's name. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { degreeSpans } from '../src/extract/name-context.js';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const people = (text: string, language: Lang): [string, string][] =>
  extractPeople(parseArticle('degrees', `${text}\n`, { language })).map((p) => [p.name, p.role ?? '']);
const names = (text: string, language: Lang): string[] => people(text, language).map(([name]) => name);

describe('degrees in a text', () => {
  it('are found with or without dots, after a name or a comma', () => {
    const found = (text: string): string[] => degreeSpans(text).map((s) => text.slice(s.start, s.end));
    expect(found('Rudi Hartono SH dan Dewi Lestari, S.Pd., M.Si. hadir.')).toEqual(['SH', 'S.Pd.', 'M.Si.']);
    expect(found('Oleh Gada Sembada, M. Pd, dan rekan.')).toEqual(['M. Pd']);
    expect(found('Dewi Kartika, M.A. dan Sarah Collins, PhD.')).toEqual(['M.A.', 'PhD.']);
  });

  it('an undotted degree that is also a word or an acronym counts only dotted', () => {
    expect(degreeSpans('Putusan MA itu dibacakan oleh Ketua MA kemarin.')).toEqual([]);
    expect(degreeSpans('Ia tinggal di Jalan Melati ST 5.')).toEqual([]);
  });
});

describe('a degree after a name', () => {
  it('Indonesian: no person of its own, no part of the name', () => {
    expect(names('Rudi Hartono, S.H., M.H. hadir dalam rapat itu.', 'id')).toEqual(['Rudi Hartono']);
    expect(names('Rancangan gedung itu dibuat oleh Gada Sembada, M. Pd, dan rekan.', 'id')).toEqual(['Gada Sembada']);
  });

  it('Indonesian: the name before it is a person even with no other cue', () => {
    expect(names('Hadir pula Rudi Hartono SH dan Dewi Lestari MM dalam rapat itu.', 'id')).toEqual(['Rudi Hartono', 'Dewi Lestari']);
  });

  it('Indonesian: it ends the name after a title and adds nothing to the role', () => {
    expect(people('Sambutan disampaikan Kepala Dinas Pendidikan Budi Wartono S.Pd., M.Si. di aula.', 'id')).toEqual([['Budi Wartono', 'Kepala Dinas Pendidikan']]);
  });

  it('English: "<Name>, PhD", "<Name> MBA"', () => {
    expect(names('The report was written by Sarah Collins, PhD, a chemist at the institute.', 'en')).toEqual(['Sarah Collins']);
    expect(names('Speakers included Mark Rowe MBA and Helen Price.', 'en')).toEqual(['Mark Rowe', 'Helen Price']);
  });
});
