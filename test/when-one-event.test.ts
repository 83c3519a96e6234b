// "Kapan kebakaran terjadi?", "When did the fire happen?" (answer/ask.ts, answer/when.ts): a
// when-question that names one event and nothing else, asked with a word any event is asked with
// ("terjadi", "happen"), is answered by the date of the sentence that event opens, and by nothing
// else: not a date of another sentence, not a report's date of a quote that only mentions the word.
// Articles written for these tests (invented places).
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../src/answer/ask.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { readQuery } from '../src/query/query.js';
import { scopeOf } from './helpers/answer.js';

const ask = (text: string, question: string) => answerAsk(scopeOf(entriesOf([parseArticle('one-event', text)], understand)), readQuery({ command: 'ask', query: question }));

const ID = [
  'Polisi Selidiki Kebakaran Pasar Lorem',
  'KOMPAS.com - Kebakaran melanda Pasar Lorem di Kota Ipsum pada Senin (3/4/2023) dini hari.',
  'Pedagang memperkirakan kerugian mencapai miliaran rupiah. Kebakaran itu menghanguskan 120 kios.',
  '"Kalau perang dagang berlanjut, harga akan naik," kata seorang pedagang kepada wartawan, Selasa (4/4/2023).',
].join('\n\n');

const EN = [
  'Fire guts market stalls in Lorem',
  'A fire tore through the central market in Lorem on Monday, 3 April 2023, police said.',
  'Traders said the blaze destroyed 120 stalls.',
  '"If the price war goes on, we will close," one trader told reporters on Tuesday, 4 April 2023.',
].join('\n\n');

describe('a when-question naming one event', () => {
  it('Indonesian: the date of the sentence the event opens', () => {
    for (const q of ['Kapan kebakaran terjadi?', 'Kapan terjadi kebakaran?', 'Kapan kebakaran itu terjadi?']) {
      expect(ask(ID, q), q).toMatchObject({ found: true, value: 'Senin (3/4/2023)' });
    }
  });

  it('English: the date of the sentence the event opens', () => {
    for (const q of ['When did the fire happen?', 'When did the fire occur?']) {
      expect(ask(EN, q), q).toMatchObject({ found: true, value: 'Monday, 3 April 2023' });
    }
  });

  it('an event the dated sentence only mentions, inside a quote, is not dated by it', () => {
    expect(ask(ID, 'Kapan perang terjadi?').found).toBe(false);
    expect(ask(EN, 'When did the war happen?').found).toBe(false);
  });

  it('an event the article does not tell of is not answered', () => {
    expect(ask(ID, 'Kapan banjir terjadi?').found).toBe(false);
    expect(ask(EN, 'When did the flood happen?').found).toBe(false);
  });

  it('another of the event\'s kind opening the dated sentence does not date the one asked about', () => {
    expect(ask('Market reopens\n\nA previous fire swept the market in May 2019, traders said.', 'When did the fire happen?').found).toBe(false);
    expect(ask('Pasar dibuka lagi\n\nKebakaran serupa melanda pasar itu pada Mei 2019, kata pedagang.', 'Kapan kebakaran terjadi?').found).toBe(false);
  });

  it('the first one ("sidang perdana", "the first hearing") is the one told, and dates it; a later one does not', () => {
    const first = 'Sidang dimulai\n\nSidang perdana kasus itu digelar di Pengadilan Lorem pada Senin (3/3/2025).';
    expect(ask(first, 'Kapan sidang?').value).toBe('Senin (3/3/2025)');
    expect(ask(first, 'When was the trial?').value).toBe('Senin (3/3/2025)');
    expect(ask('Hearing opens\n\nThe first hearing of the case took place in Lorem on Monday, 3 March 2025.', 'When was the hearing?').value).toBe('Monday, 3 March 2025');
    expect(ask('Sidang berlanjut\n\nSidang kedua kasus itu digelar di Pengadilan Lorem pada Senin (3/3/2025).', 'Kapan sidang?').found).toBe(false);
  });
});

