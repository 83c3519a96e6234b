import { describe, expect, it } from 'vitest';
import { answerWhere } from '../src/answer/where.js';
import type { LibraryEntry } from '../src/index/library.js';
import { run } from './helpers/answer.js';
import { libraryFromFixtures } from './helpers/articles.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

/** A fixture article with what extract understood of it. */
const entry = (name: string): LibraryEntry => libraryFromFixtures(`${name}.txt`).entries[0]!;

const tempo = [entry('tempo-2024-11-02-korut-rusia')];
const port = [entry('en-places-2023-09-15-port-alder-strike')];

describe('/where a place', () => {
  it('/where Kursk → ¶3', () => {
    const a = run(answerWhere, tempo, 'where', 'Kursk', 'id');
    expect(a).toMatchObject({ command: 'where', found: true, value: 'Kursk' });
    expect(a.answer).toBe('Kursk — disebut di ¶3.');
    expect(a.citations.map((c) => c.paragraph)).toEqual([3]);
    expect(a.citations[0]?.highlights).toEqual(['Kursk']);
  });

  it('English names find the Indonesian text: Moscow → Moskow, North Korea → Korea Utara', () => {
    const moscow = run(answerWhere, tempo, 'where', 'Moscow');
    expect(moscow.value).toBe('Moskow');
    expect(moscow.citations[0]?.paragraph).toBe(2);
    expect(moscow.citations[0]?.highlights).toEqual(['Moskow']);
    expect(run(answerWhere, tempo, 'where', 'where is North Korea?').value).toBe('Korea Utara');
    expect(run(answerWhere, tempo, 'where', 'south korea').value).toBe('Korea Selatan');
    expect(run(answerWhere, tempo, 'where', 'United States').value).toBe('AS');
    expect(run(answerWhere, tempo, 'where', 'Moskwo').value).toBe('Moskow'); // a typo
  });

  it('a place the article does not name → found:false', () => {
    for (const q of ['Paris', 'di mana Paris']) {
      const a = run(answerWhere, tempo, 'where', q);
      expect(a.found).toBe(false);
      expect(a.citations).toEqual([]);
    }
  });
});

describe('/where an event', () => {
  it('di mana Lavrov bertemu Choe → Moskow (¶2)', () => {
    const a = run(answerWhere, tempo, 'where', 'di mana Lavrov bertemu Choe', 'id');
    expect(a).toMatchObject({ found: true, value: 'Moskow', answer: 'Moskow (¶2).' });
    expect(a.citations[0]?.paragraph).toBe(2);
    expect(a.citations[0]?.highlights).toContain('Moskow');
    const text = tempo[0]!.article.paragraphs[1]!.text;
    expect(a.citations[0]?.excerpt).toBe(text);
  });

  it('where were North Korean troops deployed → Kursk', () => {
    expect(run(answerWhere, tempo, 'where', 'di mana unit militer Korea Utara dikerahkan').value).toBe('Kursk');
  });

  it('English article: where did the governor meet the crews → Port Alder', () => {
    expect(run(answerWhere, port, 'where', 'where did Kotek meet the crews').value).toBe('Port Alder');
    expect(run(answerWhere, port, 'where', 'where will the docks reopen').value).toBe('Kelsey Point');
  });

  it('an event the article does not place → found:false', () => {
    expect(run(answerWhere, tempo, 'where', 'di mana pemilihan presiden digelar').found).toBe(false);
  });
});

describe('/where a part of an address', () => {
  it('/where Senayan answers Senayan, not the city named after it', () => {
    const text = 'Rapat digelar di Kompleks Parlemen, Senayan, Jakarta, Selasa (3/10).\n\nRapat berikutnya digelar pekan depan.\n';
    const entries = libraryOf(entriesOf([parseArticle('rapat', text, { language: 'id' })], understand)).entries;
    expect(run(answerWhere, entries, 'where', 'Senayan', 'id')).toMatchObject({ found: true, value: 'Senayan' });
    expect(run(answerWhere, entries, 'where', 'where is Senayan?', 'en').value).toBe('Senayan');
  });
});
