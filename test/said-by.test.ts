// "Who said that …?" (answer/said-by.ts): the statement whose words say the question's clause gives
// its speaker as the passage writes them. Passages and questions are written for these tests
// (invented people and places).
import { describe, expect, it } from 'vitest';
import { answerAsk } from '../src/answer/ask.js';
import { answerSaidBy } from '../src/answer/said-by.js';
import { saidQuestion } from '../src/query/said.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { readQuery } from '../src/query/query.js';
import { scopeOf } from './helpers/answer.js';

const scope = (text: string) => scopeOf(entriesOf([parseArticle('said-by', text)], understand));

function said(text: string, question: string): { value?: string; paragraph?: number } | undefined {
  const found = answerSaidBy(scope(text), readQuery({ command: 'ask', query: question }));
  return found && { ...(found.value !== undefined && { value: found.value }), ...(found.citations[0] && { paragraph: found.citations[0].paragraph }) };
}

const ID = [
  'Banjir merendam tiga kecamatan di Kabupaten Sendang sejak Senin.',
  'Kepala Dinas Sosial Kabupaten Sendang Rudi Hartanto mengatakan, sebanyak 1.200 warga mengungsi ke gedung sekolah dan masjid.',
  'Bantuan beras akan dikirim besok pagi, kata Wakil Bupati Sendang Lestari Ayu, Selasa (4/3).',
  'Di Semarang, Menteri Sosial Hendra Kusuma menyatakan bahwa dana darurat sudah dicairkan untuk tiga provinsi.',
  'Yanto, relawan Palang Merah, mengatakan bahwa air bersih masih sulit didapat di pengungsian.',
  'Tanggul sungai tidak jebol, kata insinyur Bagus Prasetyo kepada wartawan.',
  'Menurut peneliti hidrologi Institut Teknologi Sendang (ITS) Raya, Dewi Anggraini, curah hujan tahun ini dua kali lipat dari biasanya.',
  'Camat Sumber Arif Wibowo dalam rapat warga, Rabu (5/3), mengatakan, jalan desa akan diperbaiki bulan depan.',
].join('\n\n');

const EN = [
  'Floods cut off three villages in the valley on Monday.',
  'County emergency director Paula Greene said about 900 residents had moved to the school gym overnight.',
  'The bridge on the north road will stay closed until the water drops, said Mayor Tom Adeyemi.',
].join('\n\n');

describe('the shape of a who-said question', () => {
  it('reads the clause after "bahwa"/"that" and the role asked between "siapa" and "yang"', () => {
    expect(saidQuestion('Siapakah juru bicara yang mengatakan bahwa harga beras naik tajam?')).toEqual({ clause: ['harga', 'beras', 'naik', 'tajam'], role: ['juru', 'bicara'], negated: false });
    expect(saidQuestion('Who told reporters that the bridge would stay closed?')?.clause).toEqual(['bridge', 'would', 'stay', 'closed']);
  });

  it('is no who-said question when the verb does not ask for a speaker', () => {
    expect(saidQuestion('Siapa yang menilai usulan itu layak didanai?')).toBeUndefined();
    expect(saidQuestion('Who wrote the report on the floods?')).toBeUndefined();
    expect(saidQuestion('Who did the mayor say would pay for the bridge?')).toBeUndefined();
    expect(saidQuestion('Siapa Menteri Sosial?')).toBeUndefined();
  });
});

describe('Indonesian: the speaker of the reported statement', () => {
  it('"X mengatakan, …": role and name as written, citing the paragraph', () => {
    expect(said(ID, 'Siapakah yang mengatakan bahwa 1.200 warga mengungsi ke gedung sekolah dan masjid?')).toEqual({ value: 'Kepala Dinas Sosial Kabupaten Sendang Rudi Hartanto', paragraph: 2 });
  });

  it('"…, kata X, Selasa (4/3)": the speaker after the verb', () => {
    expect(said(ID, 'Siapa yang mengatakan bantuan beras akan dikirim besok pagi?')).toEqual({ value: 'Wakil Bupati Sendang Lestari Ayu', paragraph: 3 });
  });

  it('a place phrase opening the sentence is no part of the speaker; the question\'s role leaves the name alone', () => {
    expect(said(ID, 'Siapakah yang menyatakan bahwa dana darurat sudah dicairkan untuk tiga provinsi?')?.value).toBe('Menteri Sosial Hendra Kusuma');
    expect(said(ID, 'Siapakah Menteri Sosial yang menyatakan bahwa dana darurat sudah dicairkan untuk tiga provinsi?')?.value).toBe('Hendra Kusuma');
  });

  it('an appositive between commas: the name before it', () => {
    expect(said(ID, 'Siapakah relawan Palang Merah yang mengatakan bahwa air bersih masih sulit didapat di pengungsian?')).toEqual({ value: 'Yanto', paragraph: 5 });
  });

  it('a lower-case title after the verb, an acronym in brackets and the name set off by commas after "menurut"', () => {
    expect(said(ID, 'Siapakah insinyur yang mengatakan bahwa tanggul sungai tidak jebol?')?.value).toBe('Bagus Prasetyo');
    expect(said(ID, 'Siapakah peneliti yang mengatakan bahwa curah hujan tahun ini dua kali lipat dari biasanya?')).toEqual({ value: 'Dewi Anggraini', paragraph: 7 });
  });

  it('a name written first keeps the role set off after it out of the name', () => {
    const text = 'Latihan gabungan digelar pekan depan, kata Kolonel Hadi Susanto, Asisten Operasi Komando Armada, di Surabaya.';
    expect(said(text, 'Siapakah yang mengatakan bahwa latihan gabungan digelar pekan depan?')?.value).toBe('Kolonel Hadi Susanto');
  });

  it('a phrase a preposition opens and a dated aside between the speaker and the verb', () => {
    expect(said(ID, 'Siapakah yang mengatakan bahwa jalan desa akan diperbaiki bulan depan?')).toEqual({ value: 'Camat Sumber Arif Wibowo', paragraph: 8 });
  });

  it('a negated clause needs a negation in the statement', () => {
    expect(said(ID, 'Siapakah yang mengatakan bahwa bantuan beras tidak akan dikirim besok pagi?')).toBeUndefined();
  });

  it('a clause no statement says is not answered by a speaker', () => {
    expect(said(ID, 'Siapakah yang mengatakan bahwa harga cabai di pasar induk turun drastis?')).toBeUndefined();
    const reply = answerAsk(scope(ID), readQuery({ command: 'ask', query: 'Siapakah yang mengatakan bahwa harga cabai di pasar induk turun drastis?' }));
    expect(reply.found).toBe(false);
  });
});

describe('English: the speaker of the reported statement', () => {
  it('"X said …": the capitalised name before the verb (a title in lower case stays out)', () => {
    expect(said(EN, 'Who said that about 900 residents moved to the school gym?')).toEqual({ value: 'Paula Greene', paragraph: 2 });
  });

  it('"…, said X": the speaker after the verb', () => {
    expect(said(EN, 'Who said the bridge on the north road will stay closed?')).toEqual({ value: 'Mayor Tom Adeyemi', paragraph: 3 });
  });

  it('a clause no statement says is refused by /ask', () => {
    expect(said(EN, 'Who said the school will reopen next week after repairs?')).toBeUndefined();
    expect(answerAsk(scope(EN), readQuery({ command: 'ask', query: 'Who said the school will reopen next week after repairs?' })).found).toBe(false);
  });
});

describe('a statement whose speaker is a pronoun: the one it stands for, never the pronoun', () => {
  const ask = (text: string, question: string) => answerAsk(scope(text), readQuery({ command: 'ask', query: question }));

  it('English: "He said: …" after an appositive, and "She said …" after the one named before', () => {
    const text = [
      'Rail operators defended the new timetable on Tuesday.',
      'Nora Quill, former transport adviser to the city council, backed the plan. He said: "The trains will run on time from now on."',
      'Union leader Dan Okoro warned that fares would rise. She said the council had ignored the passengers.',
    ].join('\n\n');
    expect(ask(text, 'Who said the trains will run on time?')).toMatchObject({ found: true, value: 'Nora Quill' });
    expect(ask(text, 'Who said the council had ignored the passengers?')).toMatchObject({ found: true, value: 'Dan Okoro' });
  });

  it('Indonesian: "Dia mengatakan, …" after the one named before', () => {
    const text = [
      'Harga cabai di Pasar Lorem naik tajam sepekan terakhir.',
      'Ketua Asosiasi Pedagang Pasar Sari Wulandari meninjau gudang pada Kamis. Dia mengatakan, pasokan dari petani berkurang karena hujan.',
    ].join('\n\n');
    const reply = ask(text, 'Siapa yang mengatakan pasokan dari petani berkurang?');
    expect(reply).toMatchObject({ found: true });
    expect(reply.value).toMatch(/Sari Wulandari$/);
  });
});

describe('a speaker written with an honorific and part of a name the article writes in full', () => {
  it('English: "Dr Quill told …" answers with the full name, and the role the article gives', () => {
    const text = [
      'Transport board chair Nora Quill said the plan would cut waiting times.',
      'Dr Quill told local radio: "The new trains will run every ten minutes."',
    ].join('\n\n');
    const reply = answerAsk(scope(text), readQuery({ command: 'ask', query: 'Who said the new trains will run every ten minutes?' }));
    expect(reply).toMatchObject({ found: true, value: 'Nora Quill', said: { kind: 'answer', role: 'Transport board chair' } });
  });

  it('Indonesian: "Pak Hartono mengatakan, …" answers with the full name', () => {
    const text = [
      'Budi Hartono, kepala desa setempat, meninjau tanggul yang jebol, Senin.',
      'Pak Hartono mengatakan, perbaikan tanggul akan selesai dalam dua pekan.',
    ].join('\n\n');
    expect(said(text, 'Siapa yang mengatakan perbaikan tanggul akan selesai dalam dua pekan?')?.value).toBe('Budi Hartono');
  });
});
