// Who-answers as a reader writes them (answer/name-answers.ts, answer/candidates.ts): the academic
// or noble title written before a name stays with it ("Prof Dr …", "Sultan …"); a government, a
// court or a council named as the doer is an answer; the one person of a list the question's role
// points at. Passages written for these tests: invented people, bodies and places.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/question.js';
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

describe('an academic or noble title before a name stays in the answer', () => {
  it('Indonesian: "Prof Dr" and "Ir" before the name, a job title still left out', () => {
    const text = 'Penelitian gen padi tahan banjir itu dipimpin Prof Dr Wulan Sarasti dari Institut Pertanian Lorem.';
    expect(whoOf(text, 'Siapa yang memimpin penelitian gen padi tahan banjir?')).toBe('Prof Dr Wulan Sarasti');
    const head = 'Kepala Balai Benih Lorem Ir Darmaji Santoso mengatakan panen raya dimulai pekan depan.';
    expect(whoOf(head, 'Siapa Kepala Balai Benih Lorem?')).toBe('Ir Darmaji Santoso');
  });

  it('Indonesian: a title in lower case ("dr", "drg") and one with its dot ("Dr.")', () => {
    const text = 'Pasien pertama ditangani oleh drg Melati Kusuma di Puskesmas Lorem.';
    expect(whoOf(text, 'Siapa yang menangani pasien pertama?')).toBe('drg Melati Kusuma');
    const dotted = 'Ketua tim peneliti, Dr. Hendra Wiguna, menemukan spesies katak baru di hutan Lorem.';
    expect(whoOf(dotted, 'Siapa yang menemukan spesies katak baru?')).toBe('Dr. Hendra Wiguna');
  });

  it('Indonesian: a noble title, "Sultan"', () => {
    const text = 'Masjid raya Lorem dibangun pada masa pemerintahan Sultan Ahmad Ipsum pada tahun 1820.';
    expect(whoOf(text, 'Pada masa pemerintahan siapa masjid raya Lorem dibangun?')).toBe('Sultan Ahmad Ipsum');
  });

  it('a form of address ("Bapak", "Ibu") is not kept', () => {
    const text = 'Sumur tua di desa itu digali kembali oleh warga yang dipimpin Bapak Suparman Lorem.';
    expect(whoOf(text, 'Siapa yang memimpin warga menggali sumur tua?')).toBe('Suparman Lorem');
  });
});

describe('a government, a realm, a court or a council as the doer', () => {
  it('Indonesian: "Pemerintah <place>" is the doer of a passive verb', () => {
    const text = 'Tugu Lorem di alun-alun kota tidak akan dipindahkan oleh Pemerintah Kota Ipsum dalam waktu dekat.';
    expect(whoOf(text, 'Siapa yang akan memindahkan Tugu Lorem?')).toBe('Pemerintah Kota Ipsum');
  });

  it('Indonesian: "Pemerintah <country>" as the subject of the asked verb', () => {
    const text = 'Pemerintah Lorem menawarkan bantuan beras kepada korban banjir di Pulau Ipsum pekan lalu.';
    expect(whoOf(text, 'Siapa yang menawarkan bantuan beras kepada korban banjir?')).toBe('Pemerintah Lorem');
  });

  it('Indonesian: a realm for "dengan siapa", never for a role or for another realm of the same kind', () => {
    const text = 'Saat memimpin Keratuan Lorem, Ratu Sekar menjalin hubungan baik dengan Kesultanan Ipsum.';
    expect(whoOf(text, 'Dengan siapakah Ratu Sekar menjalin hubungan baik?')).toBe('Kesultanan Ipsum');
    const realm = 'Kesultanan Ipsum berdiri pada tahun 1520 dan pernah berperang melawan Kesultanan Dolor.';
    expect(whoOf(realm, 'Siapa raja pertama Kesultanan Ipsum?')).toBeUndefined();
  });

  it('Indonesian: a court that shares a word with the question is still its answer', () => {
    const text = 'Jenderal itu dinyatakan bersalah atas kejahatan perang oleh Mahkamah Kejahatan Perang Lorem pada tahun 2001.';
    expect(whoOf(text, 'Oleh siapa jenderal itu dinyatakan bersalah atas kejahatan perang?')).toBe('Mahkamah Kejahatan Perang Lorem');
  });

  it('Indonesian: a council the question itself names is not the answer', () => {
    const text = 'Dewan Kota Lorem mendukung kebijakan wali kota untuk menutup pasar malam.';
    expect(whoOf(text, 'Kebijakan siapa yang didukung Dewan Kota Lorem?')).not.toBe('Dewan Kota Lorem');
  });
});

describe('a role set off before a name by a comma points at that name alone', () => {
  it('Indonesian: "Ketua Partai Lorem, <X>, <Y> dan <Z> …" answers with X', () => {
    const text = 'Menurut Ketua Partai Lorem, Bagus Santosa, Amir dan Tono berhasil memenangi pemilu karena rencana mereka jelas.';
    expect(whoOf(text, 'Siapa ketua Partai Lorem?')).toBe('Bagus Santosa');
  });
});

describe('a lower-case word hyphened to the end of a name is not part of it', () => {
  it('Indonesian: "<Name>-menuding", while a particle before a hyphen stays ("al-…")', () => {
    const text = 'Kebijakan pemilu dikritik juru bicara Partai Ipsum, Hadi Lorem-menuding pemerintah ingkar janji.';
    expect(whoOf(text, 'Siapa juru bicara Partai Ipsum?')).toBe('Hadi Lorem');
    const particle = 'Kebijakan pemilu dikritik juru bicara Partai Ipsum, Hadi al-Lorem, yang menuding pemerintah ingkar janji.';
    expect(whoOf(particle, 'Siapa juru bicara Partai Ipsum?')).toBe('Hadi al-Lorem');
  });
});
