// Open who/when questions (answer/question.ts) on passages written for these tests — invented
// people, places and dates, in Indonesian and English. (The eval's scoring is tested in eval-score.test.ts.)
import { describe, expect, it } from 'vitest';
import { answerQuestion, isOpenQuestion, rankAnswers } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf, type LibraryEntry } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

function passage(text: string, id = 'passage'): readonly LibraryEntry[] {
  return entriesOf([parseArticle(id, text)], understand);
}

/** The open-question answerer on these entries, as users see its answer. */
function open(entries: readonly LibraryEntry[], question: string, kind: 'who' | 'when', locale: 'id' | 'en' = 'id') {
  return toAnswer(answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, kind)), locale);
}

function ask(text: string, question: string, kind: 'who' | 'when', locale: 'id' | 'en' = 'id') {
  return open(passage(text), question, kind, locale);
}

const ranked = (entries: readonly LibraryEntry[], question: string) => rankAnswers(scopeOf(entries), readQuery({ command: 'ask', query: question }));
const isOpen = (question: string, entries: readonly LibraryEntry[]) => isOpenQuestion(readQuery({ command: 'ask', query: question }), scopeOf(entries));

const valueOf = (text: string, question: string, kind: 'who' | 'when'): string | undefined => {
  const a = ask(text, question, kind);
  return a.found ? a.value : undefined;
};

describe('who: the person the passage names where it says what the question says', () => {
  const port =
    'Kendari, Warta - Menteri Kelautan Rudi Hartanto meresmikan pelabuhan perikanan baru di Kendari, Senin (12/4). ' +
    'Peresmian itu dihadiri Gubernur Sulawesi Tenggara Lukman Hakim dan ratusan nelayan.';

  it('takes the name after the role the question names, without the role or the job title', () => {
    expect(valueOf(port, 'Siapa nama Gubernur Sulawesi Tenggara?', 'who')).toBe('Lukman Hakim');
    expect(valueOf(port, 'Siapakah Menteri Kelautan sekarang?', 'who')).toBe('Rudi Hartanto');
  });

  it('takes the doer of what the question asks about', () => {
    // The question writes no title: the one the passage writes before the name says who the person is.
    expect(valueOf(port, 'Siapa yang meresmikan pelabuhan perikanan baru di Kendari?', 'who')).toBe('Menteri Kelautan Rudi Hartanto');
  });

  it('keeps a military rank or an honorific written before the name', () => {
    const text =
      'Komandan Pangkalan Udara Sukamaju Kolonel Arif Wicaksono mengatakan, latihan bersama empat negara akan digelar pekan depan. ' +
      'Latihan itu dibuka Haji Sulaiman Rasyid, tokoh masyarakat setempat.';
    expect(valueOf(text, 'Siapa Komandan Pangkalan Udara Sukamaju?', 'who')).toBe('Kolonel Arif Wicaksono');
    expect(valueOf(text, 'Siapa tokoh masyarakat yang membuka latihan itu?', 'who')).toBe('Haji Sulaiman Rasyid');
  });

  it('finds a speaker named after a quote, with the role in apposition after the name', () => {
    const text = '“Harga cabai akan turun pekan depan,” ujar Hendra Sulistyo, Kepala Dinas Perdagangan Kota Lorem, Rabu (5/6).';
    expect(valueOf(text, 'Siapa Kepala Dinas Perdagangan Kota Lorem?', 'who')).toBe('Hendra Sulistyo');
    expect(valueOf(text, 'Siapakah yang mengatakan harga cabai akan turun?', 'who')).toBe('Hendra Sulistyo');
  });

  it('never answers with the question’s own words: the person the question names is not the answer', () => {
    const text = 'Ketua Yayasan Nusantara Hijau Siti Aminah menyerahkan bantuan bibit kepada Bupati Darmawan Saputra di pendopo kabupaten.';
    expect(valueOf(text, 'Kepada siapakah Siti Aminah menyerahkan bantuan bibit?', 'who')).toBe('Bupati Darmawan Saputra');
    expect(valueOf(text, 'Siapa Ketua Yayasan Nusantara Hijau?', 'who')).toBe('Siti Aminah');
    // Every candidate a question names is out, whatever its score.
    const candidates = ranked(passage(text), 'Kepada siapakah Siti Aminah menyerahkan bantuan bibit?');
    expect(candidates.map((r) => r.value)).not.toContain('Siti Aminah');
  });

  it('follows a pronoun back to the person named before it', () => {
    const text =
      'Pendaki muda Rina Kartika tiba lebih dulu setelah dua hari perjalanan. ' +
      'Ia kemudian mengibarkan bendera merah putih di puncak Gunung Lorem.';
    expect(valueOf(text, 'Siapa yang mengibarkan bendera merah putih di puncak Gunung Lorem?', 'who')).toBe('Rina Kartika');
  });

  it('takes the doer after "oleh" or a passive verb', () => {
    const text = 'Rumah adat itu dipugar oleh Joko Sutrisno bersama warga kampung.';
    expect(valueOf(text, 'Siapa yang memugar rumah adat itu?', 'who')).toBe('Joko Sutrisno');
  });

  it('answers several people for a plural question, and a pair written with a slash as one', () => {
    const text =
      'Penelitian itu dilakukan para ahli dari Universitas Lorem, yakni Andi Pratama, Budi Santoso, dan Nina Lestari. ' +
      'Juara ganda putra bulu tangkis tahun ini adalah Eko Prasetyo / Fajar Nugroho dari Bandung.';
    expect(valueOf(text, 'Siapa saja para ahli yang melakukan penelitian itu?', 'who')).toBe('Andi Pratama, Budi Santoso, dan Nina Lestari');
    expect(valueOf(text, 'Siapa juara ganda putra bulu tangkis tahun ini?', 'who')).toBe('Eko Prasetyo / Fajar Nugroho');
  });

  it('answers with an organisation when the passage names no person there', () => {
    const text = 'Gabah petani itu akan dijual kepada PT Sinar Lestari dengan harga pasar.';
    expect(valueOf(text, 'Kepada siapakah gabah petani itu akan dijual?', 'who')).toBe('PT Sinar Lestari');
  });

  it('reads English: a rank stays; a job title stays only where the question does not write it', () => {
    const text =
      'Colonel Elena Santos, commander of the northern garrison, said on Tuesday that the drills would end on March 3, 2021. ' +
      'The bridge over the river was opened by Mayor Thomas Reed in 1991.';
    const entries = passage(text, 'english');
    const who = open(entries, 'Who is the commander of the northern garrison?', 'who', 'en');
    expect(who.value).toBe('Colonel Elena Santos');
    expect(open(entries, 'Who opened the bridge over the river?', 'who', 'en').value).toBe('Mayor Thomas Reed');
    expect(open(entries, 'Which mayor opened the bridge over the river?', 'who', 'en').value).toBe('Thomas Reed');
  });
});

describe('when: the date the passage gives where it says what the question says', () => {
  it('takes a full date without the words before it', () => {
    const text = 'Kesepakatan dagang itu ditandatangani kedua negara pada tanggal 14 Maret 2002 di Lorem.';
    expect(valueOf(text, 'Kapan kesepakatan dagang itu ditandatangani?', 'when')).toBe('14 Maret 2002');
  });

  it('takes a day written in brackets after the day name', () => {
    const text = 'Menteri Kelautan meresmikan pelabuhan perikanan baru di Kendari, Senin (12/4). Peresmian dihadiri ratusan nelayan.';
    expect(valueOf(text, 'Kapan pelabuhan perikanan baru di Kendari diresmikan?', 'when')).toBe('12/4');
  });

  it('answers a year without its word "tahun" (the span keeps it), and a law’s number is no date', () => {
    const text = 'Berdasarkan UU Nomor 5 Tahun 1957, pemekaran kabupaten itu dilakukan tahun 2002.';
    expect(valueOf(text, 'Kapan pemekaran kabupaten itu dilakukan?', 'when')).toBe('2002');
    expect(understand(parseArticle('p', text)).dates.map((d) => d.short.text)).toEqual(['tahun 2002']);
  });

  it('answers a birth or a death from a life span, and a reign with the whole span', () => {
    const text = 'Pelukis Darsono (1901-1968) dikenal lewat lukisan sawah. Raja Wiranata (1601-1625) memerintah kerajaan pesisir itu.';
    expect(valueOf(text, 'Tahun berapa pelukis Darsono lahir?', 'when')).toBe('1901');
    expect(valueOf(text, 'Kapan pelukis Darsono meninggal?', 'when')).toBe('1968');
    expect(valueOf(text, 'Kapan Raja Wiranata memerintah kerajaan pesisir itu?', 'when')).toBe('1601-1625');
  });

  it('takes a day range and a qualified year; a year inside a name and the question’s own date are not answers', () => {
    const text =
      'Tim voli putri meraih emas pada Pekan Olahraga Lorem 2011 di Kota Ipsum, 3-9 Agustus. ' +
      'Pemerintah menargetkan seluruh desa teraliri listrik pada akhir 2013.';
    expect(valueOf(text, 'Kapan Pekan Olahraga Lorem 2011 berlangsung?', 'when')).toBe('3-9 Agustus');
    expect(valueOf(text, 'Kapan seluruh desa ditargetkan teraliri listrik?', 'when')).toBe('akhir 2013');
  });

  it('takes a month and year, a decade without its word', () => {
    const text = 'Album pertama band itu, Lorem Ipsum (Mei 1995), direkam di Yogyakarta. Warga mulai menanam bakau di pesisir itu pada tahun 1970-an.';
    expect(valueOf(text, 'Kapan album pertama band itu direkam?', 'when')).toBe('Mei 1995');
    expect(valueOf(text, 'Kapan warga mulai menanam bakau di pesisir itu?', 'when')).toBe('1970-an');
  });

  it('reads English dates', () => {
    const text =
      'Colonel Elena Santos, commander of the northern garrison, said on Tuesday that the drills would end on March 3, 2021. ' +
      'The bridge over the river was opened by Mayor Thomas Reed in 1991.';
    const entries = passage(text, 'english');
    expect(open(entries, 'When will the drills end?', 'when', 'en').value).toBe('March 3, 2021');
    expect(open(entries, 'When was the bridge over the river opened?', 'when', 'en').value).toBe('1991');
  });
});

describe('the answer', () => {
  const text =
    'Kendari, Warta - Menteri Kelautan Rudi Hartanto meresmikan pelabuhan perikanan baru di Kendari, Senin (12/4). ' +
    'Peresmian itu dihadiri ratusan nelayan.';

  it('shows the sentence, cites the paragraph and highlights the value', () => {
    const a = ask(text, 'Siapa yang meresmikan pelabuhan perikanan baru?', 'who');
    expect(a).toMatchObject({ command: 'ask', found: true, value: 'Menteri Kelautan Rudi Hartanto', asks: 'who' });
    expect(a.answer).toContain('Rudi Hartanto');
    expect(a.answer).not.toContain('ratusan nelayan');
    expect(a.citations).toEqual([{ article: 'passage', paragraph: 1, excerpt: text, highlights: ['Rudi Hartanto'] }]);
  });

  it('is found:false when the passage does not say it — never a guess', () => {
    expect(ask(text, 'Siapa yang memenangi turnamen catur nasional?', 'who').found).toBe(false);
    expect(ask(text, 'Kapan gempa bumi mengguncang kota itu?', 'when').found).toBe(false);
    expect(ask(text, 'Kapan gempa bumi mengguncang kota itu?', 'when', 'en').answer).toMatch(/does not say/);
    // A who-question whose only answer would be the question's own person.
    expect(ask('Rudi Hartanto meresmikan pelabuhan.', 'Siapa yang meresmikan pelabuhan bersama Rudi Hartanto?', 'who').found).toBe(false);
  });

  it('routes open questions here, and a known name or another kind of question elsewhere', () => {
    const entries = passage(text);
    expect(isOpen('Siapa yang meresmikan pelabuhan perikanan baru?', entries)).toBe(true);
    expect(isOpen('Siapa Menteri Kelautan?', entries)).toBe(true);
    expect(isOpen('Kapan pelabuhan itu diresmikan?', entries)).toBe(true);
    expect(isOpen('Siapa Rudi Hartanto?', entries)).toBe(false);
    expect(isOpen('Apa yang diresmikan?', entries)).toBe(false);
    expect(isOpen('Siapa?', entries)).toBe(false);
  });
});
