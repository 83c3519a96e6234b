// English articles: a sentence opening "Dan <Surname>" opens with a given name (only Indonesian reads
// "Dan" as "and"); a consortium or syndicate is an organisation in either language.
// Passages are written for these tests (invented people and bodies).
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/extract/organisations.js';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';
import { askValue } from './helpers/articles.js';

const article = (text: string, language: 'id' | 'en') => parseArticle('t', `${text}\n`, { language, publishedAt: '2024-05-01' });
const people = (text: string, language: 'id' | 'en') => extractPeople(article(text, language)).map((p) => p.name);

describe('a given name that is an Indonesian stop word', () => {
  it('opens an English sentence as a name', () => {
    const text = 'The bridge opened on Monday.\n\nDan Loremson, the company\'s chief executive, said the work took three years.';
    expect(people(text, 'en')).toContain('Dan Loremson');
    expect(askValue(text, 'Who is the chief executive?', 'en')).toBe('Dan Loremson');
  });
  it('is still "and" opening an Indonesian sentence', () => {
    expect(people('Jembatan itu dibuka pada Senin. Dan Budi Santoso mengatakan pekerjaan itu memakan waktu tiga tahun.', 'id')).toContain('Budi Santoso');
    expect(people('Jembatan itu dibuka pada Senin. Dan Budi Santoso mengatakan pekerjaan itu memakan waktu tiga tahun.', 'id')).not.toContain('Dan Budi Santoso');
  });
});

describe('a consortium is an organisation', () => {
  it('in English', () => {
    expect(extractOrganisations(article('Searchers from the Dolor Consortium found the wreck on Friday.', 'en')).map((o) => o.name)).toContain('Dolor Consortium');
  });
  it('in Indonesian', () => {
    expect(extractOrganisations(article('Relawan dari Konsorsium Dolor menemukan bangkai pesawat pada Jumat.', 'id')).map((o) => o.name)).toContain('Konsorsium Dolor');
  });
  it('and is no inventor\'s name', () => {
    const text = 'The web was invented by Lorem Ipsum, who later founded the Web Consortium.';
    expect(askValue(text, 'Who invented the web?', 'en')).toBe('Lorem Ipsum');
  });
});
