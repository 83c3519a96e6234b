// Dates that name no day ("beberapa bulan ke depan", "in the coming months", "recent years") and
// numbers of units ahead ("dua pekan lagi"): read as dates, shown as written, and said to name no
// day even in a dated article (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { extractDates } from '../src/extract/dates/index.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

function library(text: string, language: Language, publishedAt?: string): Library {
  const article = parseArticle('artikel', `${text}\n`, { language, ...(publishedAt !== undefined && { publishedAt }) });
  return libraryOf(entriesOf([article], understand));
}

describe('a span of some units before or after the report', () => {
  it('is a date with no day, whatever the article\'s date', () => {
    const a = parseArticle('a', 'Harga beras naik dalam beberapa tahun terakhir. Pabrik baru dibangun beberapa bulan ke depan.\n', { language: 'id', publishedAt: '2025-03-12' });
    expect(extractDates(a).map((d) => [d.text, d.start, d.vague])).toEqual([
      ['beberapa tahun terakhir', undefined, true],
      ['beberapa bulan ke depan', undefined, true],
    ]);
    const span = parseArticle('s', 'Target itu dicapai dalam lima tahun ke depan, bukan dua tahun terakhir.\n', { language: 'id', publishedAt: '2025-03-12' });
    expect(extractDates(span).map((d) => [d.text, d.start, d.vague])).toEqual([
      ['lima tahun ke depan', undefined, true],
      ['dua tahun terakhir', undefined, true],
    ]);
    const e = parseArticle('e', 'Rents rose in recent years. The plant opens in the coming months. He left a few weeks ago.\n', { language: 'en', publishedAt: '2025-03-12' });
    expect(extractDates(e).map((d) => d.text)).toEqual(['recent years', 'the coming months', 'a few weeks ago']);
  });
  it('/when shows it as written and says the article names no day (English and Indonesian)', () => {
    const en = library('The ministry will open the new harbour in the coming months, its spokesman said.', 'en', '2025-03-12');
    const a = answer(en, { command: 'when', query: 'open new harbour', locale: 'en' });
    expect(a).toMatchObject({ found: true, value: 'the coming months' });
    expect(a.answer).toBe('the coming months — ¶1. The article says no more than this: it names no day.');
    const id = library('Kementerian akan membuka pelabuhan baru dalam beberapa bulan ke depan, kata juru bicaranya.', 'id', '2025-03-12');
    const b = answer(id, { command: 'when', query: 'membuka pelabuhan baru', locale: 'id' });
    expect(b).toMatchObject({ found: true, value: 'beberapa bulan ke depan' });
    expect(b.answer).toBe('beberapa bulan ke depan — ¶1. Artikel tidak menyebut lebih dari ini: tidak ada tanggal yang disebut.');
  });
  it('/ask says so too, in the asker\'s language', () => {
    const id = library('Kementerian akan membuka pelabuhan baru dalam beberapa bulan ke depan, kata juru bicaranya.', 'id', '2025-03-12');
    expect(answer(id, { command: 'ask', query: 'Kapan kementerian membuka pelabuhan baru?', locale: 'id' }).answer).toBe(
      'beberapa bulan ke depan — ¶1. Artikel tidak menyebut lebih dari ini: tidak ada tanggal yang disebut.',
    );
    const undated = library('The harbour council will vote on the new tariffs on Monday, its chair said.', 'en');
    expect(answer(undated, { command: 'ask', query: 'When will the council vote on the tariffs?', locale: 'en' }).answer).toBe(
      'Monday — ¶1. The article gives no date to count from, so this cannot be placed on the calendar.',
    );
  });
  it('a number of units ahead is placed from the report\'s date ("dua pekan lagi", "three days from now")', () => {
    const id = parseArticle('a', 'Jembatan itu dibuka dua pekan lagi.\n', { language: 'id', publishedAt: '2025-03-12' });
    expect(extractDates(id).map((d) => [d.text, d.start, d.end])).toEqual([['dua pekan lagi', '2025-03-24', '2025-03-30']]);
    const en = parseArticle('e', 'The bridge opens three days from now.\n', { language: 'en', publishedAt: '2025-03-12' });
    expect(extractDates(en).map((d) => [d.text, d.start])).toEqual([['three days from now', '2025-03-15']]);
  });
});

describe('a season', () => {
  it('is a date with no day, shown as written, after a lead or a cue (English and Indonesian)', () => {
    const e = parseArticle('e', 'Work will start in the spring and should end next summer. The pier reopens in winter.\n', { language: 'en', publishedAt: '2025-03-12' });
    expect(extractDates(e).map((d) => [d.text, d.start, d.vague])).toEqual([
      ['the spring', undefined, true],
      ['next summer', undefined, true],
      ['winter', undefined, true],
    ]);
    const i = parseArticle('i', 'Penanaman dimulai pada musim hujan dan panen pada musim kemarau mendatang.\n', { language: 'id', publishedAt: '2025-03-12' });
    expect(extractDates(i).map((d) => [d.text, d.start, d.vague])).toEqual([
      ['musim hujan', undefined, true],
      ['musim kemarau mendatang', undefined, true],
    ]);
  });
  it('is no date in a name or as a plain noun ("Arab Spring", "Summer Games", "a hot spring", "prices fall")', () => {
    const e = parseArticle('e', 'The Summer Games followed the Arab Spring. Visitors bathed in a hot spring as prices fall.\n', { language: 'en', publishedAt: '2025-03-12' });
    expect(extractDates(e).map((d) => d.text)).toEqual([]);
  });
  it('/ask answers "When will work start?" with it and says it names no day', () => {
    const en = library('Work on the new sea wall will start in the spring, the council said.', 'en', '2025-03-12');
    expect(answer(en, { command: 'ask', query: 'When will work start?', locale: 'en' }).answer).toBe(
      'the spring — ¶1. The article says no more than this: it names no day.',
    );
    const id = library('Pembangunan tanggul baru akan dimulai pada musim kemarau mendatang, kata dewan kota.', 'id', '2025-03-12');
    expect(answer(id, { command: 'ask', query: 'Kapan pembangunan tanggul akan dimulai?', locale: 'id' }).answer).toBe(
      'musim kemarau mendatang — ¶1. Artikel tidak menyebut lebih dari ini: tidak ada tanggal yang disebut.',
    );
  });
});
