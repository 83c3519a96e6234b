// Person cues (ner21, second round), each read from a general shape of NERGrit train's half A misses.
// Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner21-cues', `${text}\n`, { language })).map((p) => p.name).sort();

describe('a list with a member the paragraph names as a person elsewhere is a list of people', () => {
  it('Indonesian: "diisi <A>, <B> dan <C>; … <A> keluar"', () => {
    expect(names('Grup itu kemudian diisi Dirgo, Welan dan Pratam; pada tahun 1998 Dirgo keluar.')).toEqual(['Dirgo', 'Pratam', 'Welan']);
  });

  it('English: "with <A>, <B> and <C>, and … with his brother <A> and <D>"', () => {
    expect(names('He then formed Gravel with Dirgo, Welan and Pratam, and in 1998 another group with his brother Dirgo and Asmat.', 'en')).toEqual(['Asmat', 'Dirgo', 'Pratam', 'Welan']);
  });
});
