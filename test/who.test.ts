import { describe, expect, it } from 'vitest';
import { answerWho } from '../src/answer/who.js';
import type { LibraryEntry } from '../src/index/library.js';
import { run } from './helpers/answer.js';
import { libraryFromFixtures } from './helpers/articles.js';

/** A fixture article with what extract understood of it. */
const entry = (name: string): LibraryEntry => libraryFromFixtures(`${name}.txt`).entries[0]!;

const tempo = [entry('tempo-2024-11-02-korut-rusia')];
const all = [tempo[0]!, entry('antara-2017-08-26-jepang-sanksi-korut'), entry('rimanews-2017-04-18-pilkada-dki'), entry('en-people-2024-05-20-tokyo-talks')];

/** Every citation excerpt is the paragraph's own words, and every highlight is in its excerpt. */
function verbatim(entries: readonly LibraryEntry[], citations: readonly { article: string; paragraph: number; excerpt: string; highlights?: readonly string[] }[]): void {
  for (const c of citations) {
    const text = entries.find((e) => e.article.id === c.article)!.article.paragraphs[c.paragraph - 1]!.text;
    expect(text.includes(c.excerpt)).toBe(true);
    for (const h of c.highlights ?? []) expect(c.excerpt.includes(h)).toBe(true);
  }
}

describe('/who a name', () => {
  it('/who Lavrov → full name, role, ¶2 first with name and role highlighted', () => {
    const a = run(answerWho, tempo, 'who', 'Lavrov', 'id');
    expect(a).toMatchObject({ command: 'who', found: true, value: 'Sergei Viktorovich Lavrov' });
    expect(a.answer).toBe('Sergei Viktorovich Lavrov — Menteri Luar Negeri Rusia. Disebut di ¶2.');
    expect(a.citations[0]?.paragraph).toBe(2);
    expect(a.citations[0]?.highlights).toEqual(expect.arrayContaining(['Sergei Viktorovich Lavrov', 'Menteri Luar Negeri Rusia']));
    verbatim(tempo, a.citations);
  });

  it('/who Kim Jong-un → Kim Jong Un, pemimpin Korea Utara, introduced in ¶4', () => {
    const a = run(answerWho, tempo, 'who', 'Kim Jong-un');
    expect(a.value).toBe('Kim Jong Un');
    expect(a.answer).toBe('Kim Jong Un — pemimpin Korea Utara. Mentioned in ¶4, ¶7, ¶8.');
    expect(a.citations.map((c) => c.paragraph)).toEqual([4, 7, 8]);
    verbatim(tempo, a.citations);
  });

  it('accepts question words, English forms and typos', () => {
    expect(run(answerWho, tempo, 'who', 'who is Sergey Lavrov?').value).toBe('Sergei Viktorovich Lavrov');
    expect(run(answerWho, tempo, 'who', 'siapa vladimir puttin').value).toBe('Vladimir Putin');
    expect(run(answerWho, tempo, 'who', 'Putin').citations[0]?.paragraph).toBe(4);
  });

  it('/who Biden → found:false, saying the article does not name him', () => {
    for (const q of ['Biden', 'Joe Biden', 'who is Biden?']) {
      const a = run(answerWho, tempo, 'who', q);
      expect(a.found).toBe(false);
      expect(a.citations).toEqual([]);
      expect(a.answer).toContain('Biden');
    }
    expect(run(answerWho, tempo, 'who', 'Biden', 'id').answer).toBe('Artikel tidak menyebut “Biden”.');
  });

  it('a country is never a person: /who Korea Utara finds nobody by that name', () => {
    for (const q of ['Korea Utara', 'Rusia', 'North Korea', 'Moscow']) {
      const a = run(answerWho, tempo, 'who', q);
      expect(a.found).toBe(false);
      expect(a.answer).toContain('not a person');
    }
  });

  it('/who a role → the person holding it', () => {
    expect(run(answerWho, tempo, 'who', 'Menteri Luar Negeri Rusia').value).toBe('Sergei Viktorovich Lavrov');
    expect(run(answerWho, tempo, 'who', 'siapa menteri luar negeri Korea Utara').value).toBe('Choe Son Hui');
  });

  it('/who an organisation → its name and expansion', () => {
    const a = run(answerWho, tempo, 'who', 'NATO');
    expect(a).toMatchObject({ found: true, value: 'NATO' });
    expect(a.answer).toContain('North Atlantic Treaty Organization');
    expect(a.citations[0]?.paragraph).toBe(3);
  });

  it('looks across articles and names each paragraph with its article', () => {
    const a = run(answerWho, all, 'who', 'Kim Jong Un');
    expect(a.value).toBe('Kim Jong Un');
    expect(new Set(a.citations.map((c) => c.article)).size).toBe(3);
    verbatim(all, a.citations);
    expect(run(answerWho, all, 'who', 'Jokowi').value).toBe('Joko Widodo');
    expect(run(answerWho, all, 'who', 'Blinken').answer).toBe('Antony Blinken — U.S. Secretary of State. Mentioned in ¶1, ¶2.');
  });
});

describe('/who a question', () => {
  it('siapa yang bertemu di Moskow → the two ministers of ¶2', () => {
    const a = run(answerWho, tempo, 'who', 'siapa yang bertemu di Moskow', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Choe Son Hui, Sergei Viktorovich Lavrov');
    expect(a.citations[0]?.paragraph).toBe(2);
    verbatim(tempo, a.citations);
  });

  it('who met in Moscow → the English place name finds the Indonesian text', () => {
    const a = run(answerWho, tempo, 'who', 'who met in Moscow');
    expect(a.value).toBe('Choe Son Hui, Sergei Viktorovich Lavrov');
  });

  it('leaves out the person the question names: siapa yang bertemu Lavrov → Choe Son Hui', () => {
    expect(run(answerWho, tempo, 'who', 'siapa yang bertemu Lavrov di Moskow').value).toBe('Choe Son Hui');
  });

  it('a question the article does not answer → found:false', () => {
    const a = run(answerWho, tempo, 'who', 'siapa yang memenangkan pemilihan gubernur');
    expect(a.found).toBe(false);
    expect(a.citations).toEqual([]);
  });
});
