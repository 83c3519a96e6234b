// Who-answers of the right type (answer/candidates.ts, answer/name-answers.ts): a person or an
// organisation, the doer of the asked verb or the holder of the asked role — never a word of a
// title, another script's spelling of a name, a common word or one word of a longer name. Passages
// written for these tests: invented people, companies and places, in Indonesian and English.
import { describe, expect, it } from 'vitest';
import { answerQuestion, rankAnswers } from '../src/answer/question.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf, type LibraryEntry } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

const passage = (text: string): readonly LibraryEntry[] => entriesOf([parseArticle('passage', text)], understand);

/** The short answer /ask gives to a who-question on this passage, undefined when it refuses. */
function whoOf(text: string, question: string): string | undefined {
  const a = toAnswer(answerQuestion(scopeOf(passage(text)), readQuery({ command: 'ask', query: question }), focusOf(question, 'who')), 'id');
  return a.found ? a.value : undefined;
}

/** Every possible answer the ranking weighs. */
const candidates = (text: string, question: string): string[] => rankAnswers(scopeOf(passage(text)), readQuery({ command: 'ask', query: question })).map((r) => r.value);

describe('a name in brackets right after a name is that name’s, never another answer', () => {
  it('Indonesian: another script and a reversed reading', () => {
    const text = 'Sakura Daichi (桜 大地, Daichi Sakura, Templat:Lahir) adalah seorang penulis Jepang yang menciptakan komik Pedang Angin.';
    expect(whoOf(text, 'Siapa pencipta komik Pedang Angin?')).toBe('Sakura Daichi');
    expect(candidates(text, 'Siapa pencipta komik Pedang Angin?')).not.toContain('Templat');
  });

  it('English: the reading of a title the question names is not its author', () => {
    const text = 'Wind Blade (風の刃, Kaze no Yaiba) is a comic series created by Kenji Morita in 1990.';
    const asked = 'Who created the comic Wind Blade?';
    expect(candidates(text, asked)).not.toContain('Kaze');
    expect(whoOf(text, asked)).toBe('Kenji Morita');
  });
});

describe('a question about a role is answered by a person, not by the body that chose them', () => {
  it('Indonesian: the committee chooses, the person is the president', () => {
    const text = 'Pada tanggal 18 Mei 1950, Panitia Persiapan Kemerdekaan Lorem (PPKL), memilih Santoso sebagai presiden pertama Lorem.';
    expect(whoOf(text, 'Siapa presiden pertama Lorem?')).toBe('Santoso');
  });

  it('English: the same (the committee weighs half, below the person)', () => {
    const text = 'The Lorem Independence Committee (LIC) named Santoso first president of Lorem in 1950.';
    expect(whoOf(text, 'Who was the first president of Lorem?')).toBe('Santoso');
  });

  it('a founder may still be a company', () => {
    const text = 'Majalah Bintang Timur didirikan pada tahun 1970 oleh PT Cahaya Lorem di Semarang.';
    expect(whoOf(text, 'Siapa pendiri majalah Bintang Timur?')).toBe('PT Cahaya Lorem');
  });
});

describe('a common word capitalised at a sentence’s start is no one', () => {
  it('Indonesian: a word the passage also writes in lower case', () => {
    const text =
      'Rina Wulandari pada awalnya menggabungkan 500 soal dari berbagai sumber.[2] Soal lalu diberikan kepada kelompok uji dan kelompok kontrol.[2] Kelompok uji yang dipakai dalam tes kecerdasan itu adalah mahasiswa.';
    const asked = 'Siapakah yang menciptakan tes kecerdasan itu?';
    expect(candidates(text, asked)).not.toContain('Kelompok');
    expect(whoOf(text, asked)).not.toBe('Kelompok');
  });

  it('English: the same', () => {
    const text = 'Anna Berg first gathered 500 items from many sources.[2] The items were given to a test group and a control group.[2] Group members who took the memory test were students.';
    const asked = 'Who created the memory test?';
    expect(candidates(text, asked)).not.toContain('Group');
    expect(whoOf(text, asked)).not.toBe('Group');
  });
});

describe('a title word alone, an honorific before it, names no one', () => {
  it('Indonesian: "Sang Pencipta"', () => {
    const text = 'Warga dari seluruh pulau berdatangan membawa bahan bangunan sebagai tanda cinta kepada Sang Pencipta dan Sang Sultan. Bahkan kaum perempuan ikut membangun masjid tersebut.';
    expect(candidates(text, 'Siapa yang membangun masjid tersebut?')).toEqual([]);
    expect(whoOf(text, 'Siapa yang membangun masjid tersebut?')).toBeUndefined();
  });

  it('English: "their Sultan" (a guard: the English cues already read it so)', () => {
    const text = 'People from every island came with stone and wood as a sign of love for their Sultan. The women of the island also helped build the mosque.';
    expect(candidates(text, 'Who built the mosque?')).not.toContain('Sultan');
  });
});

describe('one word of a longer organisation named right there is no answer', () => {
  it('Indonesian: the last word of a school’s name, nor a pronoun standing for it', () => {
    const text =
      'Darmawan Sulistyo adalah ilmuwan yang disebut Bapak Jaringan. Sebagai profesor di Sekolah Teknik dan Sains, ia membuat kontribusi penting bagi jaringan komputer.';
    expect(candidates(text, 'Siapa yang membuat kontribusi penting bagi jaringan komputer?')).not.toContain('Sains');
  });

  it('English: a word of a school’s name the tables know as a common noun; "he" stands for the person', () => {
    const text =
      'Darma Sulis is an American engineer called the Father of Networks. A professor of computer science at the Henry Lorem School of Engineering and Science, he made key contributions to computer networks.';
    expect(whoOf(text, 'Who made key contributions to computer networks?')).toBe('Darma Sulis');
  });
});

describe('the doer of the asked verb, after an agent marker, outweighs a nearer name', () => {
  it('Indonesian: "didirikan oleh <X> salah seorang pendiri <Y>"', () => {
    const text = 'Studio Kancil adalah perusahaan animasi di Bandung. Perusahaan ini didirikan oleh Nanda Pratama salah seorang pendiri Awan Biru Production.';
    expect(whoOf(text, 'Siapa yang mendirikan Studio Kancil?')).toBe('Nanda Pratama');
  });

  it('English: "was founded by <X>, one of the founders of <Y>"', () => {
    const text =
      'Kancil Studio is a company that makes animation for Malaysia. The company was founded by Nanda Pratama, one of the founders of Les Copaque Production, which made the series Upin.';
    expect(whoOf(text, 'Who is the founder of Kancil Studio?')).toBe('Nanda Pratama');
  });

  it('a verb done again names no first doer', () => {
    // Without the repeat word, the doer after "dinyanyikan kembali oleh" would outweigh the first singer.
    const text = 'Ratna Sari menyanyikan lagu itu untuk film Senja pada tahun 1977. Lagu Hujan Senja lalu dinyanyikan kembali oleh Dedi Mulyadi pada era 1990-an.';
    expect(whoOf(text, 'Siapakah yang menyanyikan lagu Hujan Senja?')).toBe('Ratna Sari');
  });
});

describe('one capitalised word opening a sentence, right before the asked verb or a copula and the asked word, is a name', () => {
  it('Indonesian: the doer of the asked verb, and the one a copula says holds the asked title', () => {
    const text = 'Vandrosa mendirikan Maskapai Lintas Laut (kini Lintas Laut Air), maskapai nasional Lorem, pada tahun 1961.';
    expect(whoOf(text, 'Siapakah yang mendirikan Lintas Laut Air?')).toBe('Vandrosa');
    const king = 'Orvendil adalah raja Ipsum pertama yang mencetak uang perak sendiri.';
    expect(whoOf(king, 'Siapakah raja Ipsum yang pertama?')).toBe('Orvendil');
  });

  it('English: the same', () => {
    const text = 'Vandrosa founded Sea Line Airways (now Sea Line Air), the national carrier of Lorem, in 1961.';
    expect(whoOf(text, 'Who founded Sea Line Air?')).toBe('Vandrosa');
    const king = 'Orvendil was the first king of Ipsum to mint his own silver coins.';
    expect(whoOf(king, 'Who was the first king of Ipsum?')).toBe('Orvendil');
  });

  it('a word opening a sentence before another verb is still no name', () => {
    const text = 'Vandrosa menjual saham Maskapai Lintas Laut pada tahun 1961.';
    expect(candidates(text, 'Siapakah yang mendirikan Maskapai Lintas Laut?')).not.toContain('Vandrosa');
  });
});

describe('a name right after a noun of a group of people stands for that group, said with its noun', () => {
  it('Indonesian: "pasukan Lorem", "para pengembang Lorem"', () => {
    const text = 'Pertempuran Vendra pada tahun 1820 berakhir dengan kemenangan pasukan Orvalia di lembah itu.';
    expect(whoOf(text, 'Siapa yang memenangi Pertempuran Vendra?')).toBe('pasukan Orvalia');
    const made = 'Sistem operasi Lumen pertama kali diciptakan oleh para pengembang Cahaya Lorem pada tahun 2001.';
    expect(whoOf(made, 'Siapa yang menciptakan sistem operasi Lumen?')).toBe('para pengembang Cahaya Lorem');
  });

  it('a group the question names itself asks for one of it: the name alone', () => {
    const text = 'Dalam pembunuhan keluarga Ipsum, yang terbunuh adalah Dolor Ipsum beserta istrinya.';
    expect(whoOf(text, 'Siapakah yang terbunuh dalam pembunuhan keluarga Ipsum?')).not.toMatch(/^keluarga/);
  });
});
