// /people (answer/people.ts): the cast of an article — name, roles as written, organisations, the
// paragraphs naming each person, their quotes — the most prominent first; one line per person over
// several articles.
import { describe, expect, it } from 'vitest';
import { find } from '../src/answer/index.js';
import { answer } from '../src/core.js';
import { libraryOf } from '../src/index/library.js';
import { readQuery } from '../src/query/query.js';
import type { CastMember, Finding } from '../src/findings.js';
import { libraryFromFixtures, TEMPO } from './helpers/articles.js';

const ANTARA = 'antara-2017-08-26-jepang-sanksi-korut';
const TOKYO = 'en-people-2024-05-20-tokyo-talks';
const tempo = libraryFromFixtures(`${TEMPO}.txt`);
const three = libraryFromFixtures(`${TEMPO}.txt`, `${ANTARA}.txt`, `${TOKYO}.txt`, 'rimanews-2017-04-18-pilkada-dki.txt');

function castOf(finding: Finding): readonly CastMember[] {
  if (finding.said.kind !== 'cast') throw new Error(`not a cast: ${finding.said.kind}`);
  return finding.said.people;
}

const people = (library = tempo, query = '', article?: string) => find(library, readQuery({ command: 'people', query, ...(article && { article }) }));
const paragraphs = (m: CastMember) => m.refs.map((r) => r.paragraph);

describe('/people on the Tempo article', () => {
  const cast = castOf(people());

  it('names the four people, the most named first', () => {
    expect(cast.map((m) => m.name)).toEqual(['Vladimir Putin', 'Kim Jong Un', 'Choe Son Hui', 'Sergei Viktorovich Lavrov']);
  });

  it('gives each role as the article writes it, the paragraphs naming them, and their quotes', () => {
    expect(cast[0]).toEqual({
      name: 'Vladimir Putin',
      roles: ['Presiden Rusia'],
      organisations: [],
      refs: [4, 5, 6, 7].map((paragraph) => ({ article: TEMPO, paragraph })),
      quotes: [{ article: TEMPO, paragraph: 6 }],
    });
    expect(cast[1]).toMatchObject({ roles: ['pemimpin Korea Utara'], quotes: [{ paragraph: 7 }, { paragraph: 8 }] });
    expect(paragraphs(cast[1]!)).toEqual([4, 7, 8]);
    expect(cast[3]).toMatchObject({ roles: ['Menteri Luar Negeri Rusia'], quotes: [] });
  });

  it('cites where each is first named, once per paragraph, with the names in bold', () => {
    const { citations } = people();
    expect(citations.map((c) => c.paragraph)).toEqual([4, 2]);
    expect(citations[0]!.highlights).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
    expect(citations[1]!.highlights).toEqual(expect.arrayContaining(['Choe Son Hui', 'Sergei Viktorovich Lavrov']));
    for (const c of citations) expect(c.excerpt).toBe(tempo.entries[0]!.article.paragraphs[c.paragraph - 1]!.text);
  });

  it('reads one line per person, in both languages', () => {
    const en = answer(tempo, { command: 'people', query: '', locale: 'en' }).answer.split('\n');
    expect(en).toEqual([
      '4 people, most prominent first:',
      'Vladimir Putin — Presiden Rusia. Named in ¶4, ¶5, ¶6, ¶7; quoted once (¶6).',
      'Kim Jong Un — pemimpin Korea Utara. Named in ¶4, ¶7, ¶8; quoted 2 times (¶7, ¶8).',
      'Choe Son Hui — Menteri Luar Negeri Korea Utara. Named in ¶2; not quoted.',
      'Sergei Viktorovich Lavrov — Menteri Luar Negeri Rusia. Named in ¶2; not quoted.',
    ]);
    const id = answer(tempo, { command: 'people', query: '', locale: 'id' }).answer.split('\n');
    expect(id[0]).toBe('4 tokoh, yang paling menonjol lebih dulu:');
    expect(id[2]).toBe('Kim Jong Un — pemimpin Korea Utara. Disebut di ¶4, ¶7, ¶8; dikutip 2 kali (¶7, ¶8).');
  });
});

describe('/people in general', () => {
  it('names the organisation a role names: PBB for the Secretary-General', () => {
    const guterres = castOf(people(three, '', ANTARA)).find((m) => m.name === 'Antonio Guterres')!;
    expect(guterres).toMatchObject({ roles: ['Sekretaris Jenderal PBB'], organisations: ['PBB'] });
    expect(answer(three, { command: 'people', query: '', article: ANTARA, locale: 'id' }).answer).toContain(
      'Antonio Guterres — Sekretaris Jenderal PBB (organisasi: PBB).',
    );
    const rimanews = castOf(people(three, '', 'rimanews-2017-04-18-pilkada-dki'));
    expect(rimanews.find((m) => m.name === 'Budi Gunawan')?.organisations).toEqual(['BIN']);
  });

  it('over several articles, one person is one line, with the roles of each article and every paragraph', () => {
    const cast = castOf(people(three));
    const kims = cast.filter((m) => m.name === 'Kim Jong Un');
    expect(kims).toHaveLength(1);
    const kim = kims[0]!;
    expect(new Set(kim.refs.map((r) => r.article))).toEqual(new Set([TEMPO, ANTARA, TOKYO]));
    expect(kim.roles).toEqual(['pemimpin Korea Utara', 'North Korean leader']);
    expect(cast[0]!.name).toBe('Kim Jong Un');
    expect(answer(three, { command: 'people', query: '' }).answer).toContain(`Named in ¶4, ¶7, ¶8 (${TEMPO}); ¶3, ¶5, ¶8, ¶9, ¶11 (${ANTARA}); ¶5 (${TOKYO})`);
  });

  it('`about` keeps the articles about it', () => {
    const cast = castOf(people(three, 'Tokyo Blinken'));
    expect(new Set(cast.flatMap((m) => m.refs.map((r) => r.article)))).toEqual(new Set([TOKYO]));
  });

  it('an article naming no one, or nothing about `about`, is a clean not-found', () => {
    const entry = tempo.entries[0]!;
    const nobody = libraryOf([{ ...entry, understanding: { ...entry.understanding, people: [] } }]);
    const none = answer(nobody, { command: 'people', query: '' });
    expect(none).toMatchObject({ found: false, citations: [], reason: 'no-people', answer: 'The article names no one.' });
    expect(answer(three, { command: 'people', query: 'zebra', locale: 'id' })).toMatchObject({
      found: false, citations: [], answer: 'Tidak ada artikel tentang “zebra” yang menyebut nama orang.',
    });
  });
});
