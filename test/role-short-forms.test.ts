// A role written with a region's short form ("Kepala Dinas Kaltim") is the same role as a question
// that spells the region out ("Kepala Dinas Kalimantan Timur"), and the other way round; a question
// about another region is still refused.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { roleContradicts } from '../src/answer/roles.js';
import { termGroupsOf } from '../src/query/groups.js';
import { readQuery } from '../src/query/query.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { askText } from './helpers/articles.js';

const ask = (query: string) => readQuery({ command: 'ask', query });
const libraryOfText = (id: string, text: string) => libraryOf(entriesOf([parseArticle(id, `${text}\n`, { language: 'id' })], understand));

describe('a place of two words is one place, not its first word', () => {
  it('"Kalimantan Timur" keeps the province\'s names, not the island\'s', () => {
    const group = termGroupsOf('Siapa Kepala Dinas Kehutanan Kalimantan Timur?').find((g) => g.names);
    expect(group?.names).toContainEqual(['kaltim']);
    expect(group?.names).not.toContainEqual(['borneo']);
  });

  it('"Sumatera Barat" and its short form "Sumbar" are one place', () => {
    const group = termGroupsOf('Siapa Gubernur Sumatera Barat?').find((g) => g.names);
    expect(group?.names).toContainEqual(['sumbar']);
  });
});

describe('roleContradicts and regional short forms', () => {
  it.each([
    ['Kepala Dinas Kehutanan Kaltim', 'Siapa Kepala Dinas Kehutanan Kalimantan Timur?'],
    ['Kepala Dinas Kehutanan Kalimantan Timur', 'Siapa Kepala Dinas Kehutanan Kaltim?'],
    ['Gubernur Sumbar', 'Siapa Gubernur Sumatera Barat?'],
    ['Governor of West Sumatra', 'Siapa Gubernur Sumatera Barat?'],
  ])('"%s" answers %s', (role, question) => {
    expect(roleContradicts(role, ask(question))).toBe(false);
  });

  it.each([
    ['Kepala Dinas Kehutanan Kaltim', 'Siapa Kepala Dinas Kehutanan Kalimantan Selatan?'],
    ['Gubernur Sumbar', 'Siapa Gubernur Sumatera Utara?'],
  ])('"%s" does not answer %s', (role, question) => {
    expect(roleContradicts(role, ask(question))).toBe(true);
  });
});

describe('a question about a role goes to the open-question answerer', () => {
  const library = libraryOfText(
    'kanselir',
    'Wina, Kompas - Kanselir Austria Karl Weber membuka pameran dagang itu, Senin (3/10). Deputi Perdagangan Mira Hadi dan Humas Pameran Dodi Sulistyo mendampinginya.',
  );
  it.each([
    ['Siapakah nama kanselir Austria?', 'Karl Weber'],
    ['Siapa Deputi Perdagangan?', 'Mira Hadi'],
    ['Siapa nama Humas Pameran?', 'Dodi Sulistyo'],
  ])('%s → %s, by the open-question answerer', (query, value) => {
    const found = find(library, readQuery({ command: 'ask', query }));
    expect(found).toMatchObject({ found: true, value, answerer: 'question' });
  });
});

describe('the same in English', () => {
  it('Who is the chancellor of Austria? → the open-question answerer', () => {
    const library = libraryOf(
      entriesOf([parseArticle('chancellor', 'VIENNA - Austrian Chancellor Karl Weber opened the trade fair on Monday, flanked by fair spokesman Dodi Sulistyo.\n', { language: 'en' })], understand),
    );
    expect(find(library, readQuery({ command: 'ask', query: 'Who is the chancellor of Austria?' }))).toMatchObject({ found: true, value: 'Karl Weber', answerer: 'question' });
  });
});

describe('a country written as its capitalised short form', () => {
  it.each([
    ['Presiden Venezuela', 'Siapa Presiden AS?', true],
    ['Presiden AS', 'Siapa presiden Amerika Serikat?', false],
    ['Presiden Amerika Serikat', 'Siapa Presiden AS?', false],
    ['President of Venezuela', 'Who is the US president?', true],
    ['US President', 'Who is the president of the United States?', false],
  ] as const)('"%s" for %s: contradicts %s', (role, question, contradicts) => {
    expect(roleContradicts(role, ask(question))).toBe(contradicts);
  });

  it('/ask passes over a president of another country named first', () => {
    const library = libraryOfText(
      'presiden',
      'Caracas, Kompas - Presiden Venezuela Rafael Ortega, Jumat (26/8), mengatakan Presiden AS Daniel Brook bertanggung jawab atas krisis itu.',
    );
    expect(find(library, readQuery({ command: 'ask', query: 'Siapa Presiden AS?' }))).toMatchObject({ found: true, value: 'Daniel Brook' });
  });
});

describe('the tables\' short forms of titles', () => {
  it('spell out in words that are no short form themselves (says() reads a short form through them, once)', async () => {
    const { lexicon } = await import('../src/text/lexicon.js');
    const nested = [...lexicon.shortTitleForms].flatMap(([short, forms]) => forms.flatMap((f) => f.split(' ').filter((w) => lexicon.shortTitleForms.has(w)).map((w) => `${short}: ${f} (${w})`)));
    expect(nested).toEqual([]);
    expect(lexicon.shortTitleForms.get('menlu')).toContain('menteri luar negeri');
    expect(lexicon.shortTitleForms.has('chancellor')).toBe(false);
  });
});

describe('a deputy written short is no holder of the office', () => {
  it('"Wagub X" answers who the deputy governor is, not the governor; "Wabup X" likewise', () => {
    const wagub = 'Semarang - Wagub Jawa Tengah Budi Santoso meresmikan jembatan itu pada Senin.';
    expect(askText(wagub, 'Siapa Gubernur Jawa Tengah?', 'id')).toMatchObject({ found: false });
    expect(askText(wagub, 'Siapa Wakil Gubernur Jawa Tengah?', 'id')).toMatchObject({ found: true, value: 'Budi Santoso' });
    expect(askText(wagub, 'Who is the governor of Central Java?', 'id')).toMatchObject({ found: false });
    const wabup = 'Sleman - Wabup Sleman Budi Santoso meresmikan jembatan itu.';
    expect(askText(wabup, 'Siapa Bupati Sleman?', 'id')).toMatchObject({ found: false });
    expect(askText(wabup, 'Siapa Wakil Bupati Sleman?', 'id')).toMatchObject({ found: true, value: 'Budi Santoso' });
  });
});
