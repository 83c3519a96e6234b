import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { classifyQuestion } from '../src/query/classify.js';
import type { Answer } from '../src/findings.js';
import { libraryFromFixtures, TEMPO } from './helpers/articles.js';

const library = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt', 'en-council-vote.txt');
const tempoOnly = { article: TEMPO };

/** The JSON contract every front end relies on. */
function expectContract(a: Answer): void {
  expect(typeof a.command).toBe('string');
  expect(typeof a.query).toBe('string');
  expect(typeof a.found).toBe('boolean');
  expect(typeof a.answer).toBe('string');
  expect(a.answer.length).toBeGreaterThan(0);
  expect(Array.isArray(a.citations)).toBe(true);
  if (!a.found) expect(a.citations).toEqual([]);
  for (const c of a.citations) {
    const entry = library.get(c.article);
    expect(entry, c.article).toBeDefined();
    const paragraph = entry!.article.paragraphs[c.paragraph - 1];
    expect(paragraph, `¶${c.paragraph}`).toBeDefined();
    expect(paragraph!.text).toContain(c.excerpt);
    for (const h of c.highlights ?? []) expect(c.excerpt).toContain(h);
  }
}

describe('/search', () => {
  it('answers with the best sentence and cites paragraphs best first', () => {
    const a = answer(library, { command: 'search', query: 'bantuan militer', ...tempoOnly });
    expectContract(a);
    expect(a).toMatchObject({ command: 'search', query: 'bantuan militer', found: true });
    expect(a.answer).toContain('bantuan militer');
    expect(a.citations.map((c) => c.paragraph).slice(0, 3).sort()).toEqual([10, 4, 9].sort());
  });

  it('says plainly when the article does not cover it', () => {
    const a = answer(library, { command: 'search', query: 'sepak bola' });
    expectContract(a);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say anything about “sepak bola”/);
  });

  it('asks for words when the query is blank', () => {
    const a = answer(library, { command: 'search', query: '   ' });
    expectContract(a);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/Type what to look for/);
  });

  it('speaks Indonesian when asked to', () => {
    expect(answer(library, { command: 'search', query: 'Israel', locale: 'id' }).answer).toMatch(/^Artikel tidak menyebut/);
  });

  it('searches every article by default and one with `article`', () => {
    expect(answer(library, { command: 'search', query: 'budget' }).citations[0]!.article).toBe('en-council-vote');
    expect(answer(library, { command: 'search', query: 'budget', ...tempoOnly }).found).toBe(false);
  });

  it('refuses an article id that is not loaded, without touching the disk', () => {
    const a = answer(library, { command: 'search', query: 'x', article: '../../etc/passwd' });
    expectContract(a);
    expect(a.found).toBe(false);
    expect(a.answer).toContain('Loaded: tempo-2024-11-02-korut-rusia, en-council-vote');
  });
});

describe('/source and /help', () => {
  it('gives outlet, date, paragraph count and the lede', () => {
    const a = answer(library, { command: 'source', query: '', ...tempoOnly });
    expectContract(a);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Outlet: TEMPO.CO');
    expect(a.answer).toContain('Published: 2024-11-02');
    expect(a.answer).toContain('Paragraphs: 11');
    expect(a.answer).toContain('Lede: TEMPO.CO, Jakarta -');
    expect(a.citations).toEqual([expect.objectContaining({ article: TEMPO, paragraph: 1 })]);
  });

  it('lists every command', () => {
    const a = answer(library, { command: 'help', query: '' });
    for (const c of ['/who', '/when', '/where', '/quote', '/ask', '/search', '/source', '/help']) expect(a.answer).toContain(c);
  });
});

describe('/ask routing', () => {
  it.each([
    ['Siapa yang bertemu di Moskow?', 'who'],
    ['Lavrov itu siapa?', 'who'],
    ['Kapan perjanjian ditandatangani?', 'when'],
    ['Tanggal berapa Putin ke Pyongyang?', 'when'],
    ['Di mana mereka bertemu?', 'where'],
    ['Kapan terjadi gempa di kota itu di mana ribuan rumah runtuh?', 'when'],
    ['Siapa pemimpin desa dimana banjir pertama kali datang?', 'who'],
    ['Apa nama kota di mana mereka bertemu?', 'where'],
    ['Apa isi perjanjian?', 'what'],
    ['Mengapa Korea Utara mengirim pasukan?', 'why'],
    ['Bagaimana hubungan kedua negara?', 'how'],
    ['Berapa orang terluka?', 'howmany'],
    ['Who is Lavrov?', 'who'],
    ['When was the treaty signed?', 'when'],
    ['Where did they meet?', 'where'],
    ['How many streets will be fixed?', 'howmany'],
    ['Why did Ortega vote against?', 'why'],
  ])('%j asks %s', (question, kind) => {
    expect(classifyQuestion(question)).toBe(kind);
  });

  it('has no kind for a bare phrase', () => {
    expect(classifyQuestion('bantuan militer')).toBeUndefined();
  });
});

describe('/ask names the answerer it chose (the debug log shows it)', () => {
  it.each([
    ['Siapa yang bertemu di Moskow?', 'question'],
    ['Kapan Putin menyatakan dokumen fundamental?', 'question'],
    ['Siapa Lavrov?', 'who'],
    ['Di mana Kursk?', 'where'],
    ['apa isi perjanjian', 'search'],
    ['Siapa presiden Amerika?', 'question'],
  ])('%s → %s', (question, answerer) => {
    expect(answer(library, { command: 'ask', query: question, ...tempoOnly }).answerer).toBe(answerer);
  });
});
