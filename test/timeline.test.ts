// /timeline (answer/timeline.ts): every dated event in the order of its date, as written and as ISO,
// in the article's own words, cited; relative dates placed by their anchor; unplaced ones last.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import { consoleReply } from '../src/cli/console.js';
import type { DateMention } from '../src/types.js';
import type { Finding, TimelineEvent } from '../src/findings.js';
import { find } from '../src/answer/index.js';
import { readQuery } from '../src/query/query.js';
import { render } from '../src/render/embed.js';
import { fixtureArticle, libraryFromFixtures, TEMPO } from './helpers/articles.js';
import { shown } from './helpers/markdown-checks.js';

const tempo = libraryFromFixtures(`${TEMPO}.txt`);
const all = libraryFromFixtures(
  `${TEMPO}.txt`,
  'en-dates-2024-06-21-river-flood.txt',
  'antara-2017-08-26-jepang-sanksi-korut.txt',
  'en-council-vote.txt',
);

function eventsOf(finding: Finding): readonly TimelineEvent[] {
  if (finding.said.kind !== 'timeline') throw new Error(`not a timeline: ${finding.said.kind}`);
  return finding.said.events;
}

const timeline = (library = tempo, query = '', article?: string, page?: number) =>
  find(library, readQuery({ command: 'timeline', query, ...(article && { article }), ...(page !== undefined && { page }) }));

/** Every event of a paged timeline, page after page until the page past the end. */
function allEvents(library = tempo, query = '', article?: string): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (let page = 1; page < 100; page++) {
    const finding = timeline(library, query, article, page);
    if (finding.said.kind === 'no-page') return out;
    out.push(...eventsOf(finding));
  }
  throw new Error('more than 99 pages');
}

describe('/timeline on the Tempo article', () => {
  const events = eventsOf(timeline());

  it('lists every dated mention the article has, once each', () => {
    expect(events).toHaveLength(tempo.entries[0]!.understanding.dates.length);
  });

  it('is in the order of the dates: its 2024 events start with the June meeting and it ends with the 2 November 2024 report', () => {
    const starts = events.map((e) => e.date.start!);
    expect([...starts].sort()).toEqual(starts);
    const of2024 = events.filter((e) => e.date.start!.startsWith('2024'));
    expect(of2024[0]).toMatchObject({ date: { text: 'bulan Juni', start: '2024-06-01', end: '2024-06-30' } });
    expect(of2024[0]!.event).toContain('pada bulan Juni');
    expect(events.at(-1)).toMatchObject({ date: { text: 'Sabtu, 2 November 2024', start: '2024-11-02' }, ref: { paragraph: 2 } });
    expect(events.at(-1)!.event).toContain('bertemu di Moskow');
  });

  it('places what came before the article’s own events first: Kim’s visit last year (2023), the Korea-Soviet period of the last century', () => {
    // The issue expected the timeline to open with the June 2024 meeting; ordered by date, the
    // 2023 visit Putin mentions (¶6, "tahun lalu") and the last century (¶8) come before it.
    expect(events.slice(0, 2).map((e) => [e.date.text, e.date.start, e.ref.paragraph])).toEqual([
      ['abad lalu', '1901-01-01', 8],
      ['tahun lalu', '2023-01-01', 6],
    ]);
  });

  it('places relative dates by their anchor: "Hari ini" in Putin’s words is the 19 June of ¶5, "pekan ini" that week', () => {
    const today = events.find((e) => e.date.text === 'Hari ini')!;
    expect(today.date.start).toBe('2024-06-19');
    const nineteenth = events.findIndex((e) => e.date.text === 'Rabu, 19 Juni 2024');
    expect(events.indexOf(today)).toBe(nineteenth + 1);
    expect(events.find((e) => e.date.text === 'pekan ini')).toMatchObject({ date: { start: '2024-06-17', end: '2024-06-23' }, ref: { paragraph: 9 } });
  });

  it('gives each event in the article’s own words, around its date, and cites its paragraph with the date in bold', () => {
    const finding = timeline();
    for (const event of events) {
      const text = tempo.entries[0]!.article.paragraphs[event.ref.paragraph - 1]!.text;
      expect(text).toContain(event.event);
      expect(event.event).toContain(event.date.text);
      const citation = finding.citations.find((c) => c.paragraph === event.ref.paragraph)!;
      expect(citation.excerpt).toBe(text);
      expect(citation.highlights).toContain(event.date.text);
    }
    expect(new Set(finding.citations.map((c) => c.paragraph)).size).toBe(finding.citations.length);
  });

  it('reads as one line per event, each with the date as written, ISO and ¶N, in both languages', () => {
    const en = answer(tempo, { command: 'timeline', query: '', locale: 'en' });
    const lines = en.answer.split('\n');
    expect(lines[0]).toBe('9 dated events, earliest first:');
    expect(lines.at(-1)).toMatch(/^Sabtu, 2 November 2024 \(2024-11-02\) — ¶2: Dilansir dari media Korea Utara KCNA/);
    expect(lines).toContain(
      'Rabu, 19 Juni 2024 (2024-06-19) — ¶5: Vladimir Putin pada Rabu, 19 Juni 2024 waktu Pyongyang, Korea Utara, menyatakan telah menyiapkan sebuah dokumen fundamental baru yang akan menjadi dasar hubungan Rusia-Korea Utara untuk tahun-tahun mendatang.',
    );
    const id = answer(tempo, { command: 'timeline', query: '', locale: 'id' });
    expect(id.answer.split('\n')[0]).toBe('9 peristiwa bertanggal, dari yang paling awal:');
    expect(id.reason).toBe('answered');
    expect(consoleReply(tempo, '/linimasa').split('\n')[0]).toBe('9 peristiwa bertanggal, dari yang paling awal:');
  });
});

describe('/timeline on Discord', () => {
  it('the embed shows every line of the Tempo timeline, then each cited paragraph, within Discord’s limits', () => {
    const reply = answer(tempo, { command: 'timeline', query: '' });
    const embed = render({ kind: 'answer', answer: reply }, tempo, 'en').embeds![0]!;
    expect(shown(embed.description!).split('\n')).toEqual(reply.answer.split('\n'));
    expect(embed.fields!.filter((f) => f.name.startsWith('¶')).map((f) => f.name)).toEqual(reply.citations.map((c) => `¶${c.paragraph}`));
    expect(embed.title).toBe('Timeline');
    expect(embed.footer).toBeUndefined();
  });

  it('a timeline of several pages shows ten events a page, its lines first, within Discord’s limits, and says the page', () => {
    const reply = answer(all, { command: 'timeline', query: '', locale: 'id' });
    expect(reply.pages).toBeGreaterThan(1);
    const embed = render({ kind: 'answer', answer: reply }, all, 'id').embeds![0]!;
    const total = [embed.title, embed.description, embed.footer?.text, ...embed.fields!.flatMap((f) => [f.name, f.value])].join('').length;
    expect(total).toBeLessThanOrEqual(6000);
    expect(shown(embed.description!).split('\n')).toEqual(reply.answer.split('\n'));
    expect(reply.answer.split('\n')).toHaveLength(1 + 10);
    expect(embed.footer?.text).toContain(`Halaman 1 dari ${reply.pages} · ${reply.total} peristiwa`);
  });
});

describe('/timeline in general', () => {
  it('orders an English article’s dates, relative ones by their anchor: last century … next week', () => {
    const events = allEvents(all, '', 'en-dates-2024-06-21-river-flood');
    expect(events[0]!.date.text).toBe('last century');
    expect(events.at(-1)!.date.text).toBe('next week');
    expect(events.map((e) => e.date.text)).toEqual([
      'last century', '1990s', '2015', 'January to May 2017', 'two years ago', 'last week',
      'Wednesday, June 19, 2024', 'yesterday', '20 June 2024', 'Friday', 'next week',
    ]);
  });

  it('a day comes before the month or year that begins on it', () => {
    const entry = { ...tempo.entries[0]!, understanding: { ...tempo.entries[0]!.understanding } };
    const mention = (text: string, start: string, end?: string): DateMention => ({ text, start, ...(end && { end }), kind: 'absolute', paragraph: 1, offset: 0, short: { offset: 0, text }, strength: 1, precision: 'day' });
    const library = libraryOf([{ ...entry, understanding: { ...entry.understanding, dates: [mention('Juni 2024', '2024-06-01', '2024-06-30'), mention('1 Juni 2024', '2024-06-01')] } }]);
    expect(eventsOf(timeline(library)).map((e) => e.date.text)).toEqual(['1 Juni 2024', 'Juni 2024']);
  });

  it('a date the article gives nothing to place by comes last, as written, marked', () => {
    const entry = tempo.entries[0]!;
    // As the dates branch will give it: no `start` when nothing places the date.
    const unplaced = { text: 'Jumat', kind: 'weekday', paragraph: 3, offset: 0 } as unknown as DateMention;
    const library = libraryOf([{ ...entry, understanding: { ...entry.understanding, dates: [unplaced, ...entry.understanding.dates] } }]);
    const events = eventsOf(timeline(library));
    expect(events.at(-1)!.date).toEqual({ text: 'Jumat' });
    expect(answer(library, { command: 'timeline', query: '' }).answer.split('\n').at(-1)).toMatch(/^Jumat \(date not placed\) — ¶3: /);
    expect(answer(library, { command: 'timeline', query: '', locale: 'id' }).answer.split('\n').at(-1)).toMatch(/^Jumat \(tanggal tidak dapat dipastikan\) — ¶3: /);
  });

  it('over several articles: every article’s events on one line of time, each naming its article', () => {
    const events = allEvents(all);
    // The fixtures with dates, the undated English council story's "Tuesday" and "June" among them (placed last, marked).
    expect(new Set(events.map((e) => e.ref.article)).size).toBe(4);
    expect(answer(all, { command: 'timeline', query: '' }).answer).toContain(`${TEMPO} ¶8: “Hubungan`);
  });

  it('`about` keeps the articles about it: a place in any of its names', () => {
    for (const about of ['Kursk', 'Moscow', 'Korea Utara Rusia']) {
      const events = allEvents(all, about);
      expect(new Set(events.map((e) => e.ref.article)), about).toEqual(new Set(
        about === 'Korea Utara Rusia' ? [TEMPO, 'antara-2017-08-26-jepang-sanksi-korut'] : [TEMPO],
      ));
    }
  });

  it('an article without dates, or nothing about `about`, is a clean not-found without citations', () => {
    const plain = libraryOf(entriesOf([parseArticle('plain', 'The council met and talked about the roads.\n', { language: 'en' })], understand));
    const none = answer(plain, { command: 'timeline', query: '' });
    expect(none).toMatchObject({ found: false, citations: [], reason: 'no-dates', answer: 'The article gives no dates.' });
    const junk = answer(all, { command: 'timeline', query: 'zebra xylofon' });
    expect(junk).toMatchObject({ found: false, citations: [], reason: 'no-dates' });
    expect(junk.answer).toBe('No article about “zebra xylofon” gives a date.');
    expect(answer(all, { command: 'timeline', query: 'zebra', locale: 'id' }).answer).toBe('Tidak ada artikel tentang “zebra” yang menyebut tanggal.');
  });

  it('a long sentence is shown as the stretch around its date, still verbatim', () => {
    const article = fixtureArticle(`${TEMPO}.txt`);
    const long = `${'Sebelumnya para pejabat membahas banyak hal penting '.repeat(6)}pada Rabu, 19 Juni 2024 ${'dan kemudian mereka melanjutkan pembicaraan panjang '.repeat(6)}di Pyongyang.`;
    const edited = { ...article, paragraphs: [{ ...article.paragraphs[0]!, text: long, sentences: [{ paragraph: 1, index: 0, text: long, start: 0, end: long.length }] }] };
    const [entry] = entriesOf([edited], understand);
    const events = eventsOf(timeline(libraryOf([entry!])));
    const event = events.find((e) => e.date.text.includes('19 Juni 2024'))!;
    expect(event.cut).toEqual({ before: true, after: true });
    expect(long).toContain(event.event);
    expect(event.event.length).toBeLessThan(long.length);
  });
});
