// How /when and open when-questions use what extract/dates read (articles written for these tests):
// a date the article gives nothing to place by, a relative date beside a dateline, and which end of
// a span of years answers a question about a start or an end.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { answerQuestion as openQuestion } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { scopeOf } from './helpers/answer.js';
import type { LibraryEntry } from '../src/index/library.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import type { Language } from '../src/types.js';

/** The open-question answerer on these entries (the question's kind given, as /ask would read it). */
function answerQuestion(entries: readonly LibraryEntry[], question: string, kind: 'who' | 'when', _locale: 'id' | 'en') {
  return openQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, kind));
}

function library(text: string, language: Language, publishedAt?: string): Library {
  const article = parseArticle('artikel', `${text}\n`, { language, ...(publishedAt !== undefined && { publishedAt }) });
  return libraryOf(entriesOf([article], understand));
}

describe('/when with a date the article gives nothing to place by', () => {
  const en = library('The harbour council will vote on the new tariffs on Monday, its chair said.', 'en');
  const id = library('Dewan pelabuhan akan memutuskan tarif baru itu pada Senin, kata ketuanya.', 'id');

  it('shows the date as written and says, in English, that it cannot be placed on the calendar', () => {
    const a = answer(en, { command: 'when', query: 'council vote tariffs', locale: 'en' });
    expect(a).toMatchObject({ found: true, value: 'Monday' });
    expect(a.answer).toBe('Monday — ¶1. The article gives no date to count from, so this cannot be placed on the calendar.');
  });
  it('and in Indonesian', () => {
    const a = answer(id, { command: 'when', query: 'dewan memutuskan tarif', locale: 'id' });
    expect(a).toMatchObject({ found: true, value: 'Senin' });
    expect(a.answer).toBe('Senin — ¶1. Artikel tidak menyebut tanggal acuan, jadi tanggal ini tidak dapat ditempatkan di kalender.');
  });
  it('a dated article places the same day', () => {
    const dated = library('The harbour council will vote on the new tariffs on Monday, its chair said.', 'en', '2025-03-12');
    expect(answer(dated, { command: 'when', query: 'council vote tariffs', locale: 'en' }).answer).toBe('Monday (2025-03-17) — ¶1');
  });
});

describe('/when: "next week" is the date of the event, not the dateline beside it', () => {
  it('English, with the date in the dateline', () => {
    const lib = library('WASHINGTON, March 3, 2025 (Wire) - The committee will vote on the harbour bill next week, its chairman said.', 'en');
    expect(answer(lib, { command: 'when', query: 'committee vote harbour bill', locale: 'en' }).answer).toBe('next week (2025-03-10 – 2025-03-16) — ¶1');
  });
  it('Indonesian, with the day in brackets', () => {
    const lib = library('JAKARTA, Senin (3/3/2025) - DPR akan mengesahkan undang-undang pelabuhan itu pekan depan, kata ketua DPR.', 'id');
    expect(answer(lib, { command: 'when', query: 'DPR mengesahkan undang-undang pelabuhan', locale: 'id' }).answer).toBe('pekan depan (2025-03-10 – 2025-03-16) — ¶1');
  });
});

describe('open when-questions about a span of years', () => {
  const id = entriesOf([parseArticle('id', 'Kerajaan Lorem berkuasa di pesisir itu dari tahun 1520 hingga 1610.\n')], understand);
  const en = entriesOf([parseArticle('en', 'The Ipsum dynasty ruled the coast from 1520 to 1610.\n', { language: 'en' })], understand);

  it('a start is asked: the first end ("berdiri", "pertama kali", "founded")', () => {
    expect(answerQuestion(id, 'Kapan Kerajaan Lorem pertama kali berkuasa di pesisir itu?', 'when', 'id').value).toBe('1520');
    expect(answerQuestion(en, 'When was the Ipsum dynasty founded on the coast?', 'when', 'en').value).toBe('1520');
  });
  it('an end is asked: the second ("berakhir", "sampai", "end")', () => {
    expect(answerQuestion(id, 'Sampai tahun berapa Kerajaan Lorem berkuasa di pesisir itu?', 'when', 'id').value).toBe('1610');
    expect(answerQuestion(en, 'When did the Ipsum dynasty rule on the coast end?', 'when', 'en').value).toBe('1610');
  });
  it('neither: the whole span', () => {
    expect(answerQuestion(id, 'Kapan Kerajaan Lorem berkuasa di pesisir itu?', 'when', 'id').value).toBe('1520 hingga 1610');
    expect(answerQuestion(en, 'When did the Ipsum dynasty rule the coast?', 'when', 'en').value).toBe('1520 to 1610');
  });
});

describe('open when-questions the date does not answer', () => {
  const id = entriesOf([parseArticle('id', 'Pelukis Darsono lahir di Lorem pada tahun 1930. Ia dikenal lewat lukisan sawah.\n', { language: 'id' })], understand);
  const en = entriesOf([parseArticle('en', 'The painter Anna Berg was born in Ipsum in 1930. She is known for her river scenes.\n', { language: 'en' })], understand);
  const value = (entries: typeof id, q: string, locale: 'id' | 'en') => {
    const a = answerQuestion(entries, q, 'when', locale);
    return a.found ? a.value : undefined;
  };

  it('a birth does not date a death, nor a death a birth', () => {
    expect(value(id, 'Kapan pelukis Darsono lahir?', 'id')).toBe('1930');
    expect(value(id, 'Kapan pelukis Darsono meninggal?', 'id')).toBeUndefined();
    expect(value(en, 'When was the painter Anna Berg born?', 'en')).toBe('1930');
    expect(value(en, 'When did the painter Anna Berg die?', 'en')).toBeUndefined();
  });
  it('a year does not say which day: "tanggal berapa", "what day" need a day', () => {
    expect(value(id, 'Tanggal berapa pelukis Darsono lahir?', 'id')).toBeUndefined();
    expect(value(en, 'What day was the painter Anna Berg born?', 'en')).toBeUndefined();
    const dayId = entriesOf([parseArticle('id2', 'Pelukis Darsono lahir di Lorem pada 3 Maret 1930.\n', { language: 'id' })], understand);
    const dayEn = entriesOf([parseArticle('en2', 'The painter Anna Berg was born in Ipsum on March 3, 1930.\n', { language: 'en' })], understand);
    expect(value(dayId, 'Tanggal berapa pelukis Darsono lahir?', 'id')).toBe('3 Maret 1930');
    expect(value(dayEn, 'What day was the painter Anna Berg born?', 'en')).toBe('March 3, 1930');
  });
});
