// Agreement of a passage with a question's cues (answer/agreement.ts, read by answer/support.ts): the
// event word nearest an answer is the asked one, not its opposite; an ordinal beside the question's
// noun is the question's own. Passages and questions are written for these tests (invented people,
// bodies and places).
import { describe, expect, it } from 'vitest';
import { opposedAtAnswer, otherOrdinals } from '../src/answer/agreement.js';
import { answerQuestion } from '../src/answer/question.js';
import { supportOf } from '../src/answer/support.js';
import { readQuery } from '../src/query/query.js';
import { focusOf } from '../src/query/focus.js';
import { toAnswer } from '../src/render/json.js';
import { paragraphWords, type ParagraphWord } from '../src/text/words.js';
import { scopeOf } from './helpers/answer.js';
import { entriesOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';

function ask(text: string, question: string, kind: 'who' | 'when' | 'where'): { value?: string; says?: string } {
  const entries = entriesOf([parseArticle('agreement', text)], understand);
  const finding = answerQuestion(scopeOf(entries), readQuery({ command: 'ask', query: question }), focusOf(question, kind));
  const a = toAnswer(finding, 'en');
  if (a.found) return { value: a.value };
  return finding.said.kind === 'unsupported' && finding.said.says !== undefined ? { says: finding.said.says } : {};
}

/** The words of a one-paragraph text, and the first and last index of `answer` in them. */
function at(text: string, answer: string): { words: readonly ParagraphWord[]; first: number; last: number } {
  const words = paragraphWords(parseArticle('agreement', text).paragraphs[0]!);
  const parts = answer.split(' ');
  const first = words.findIndex((_, i) => parts.every((p, k) => words[i + k]?.text === p));
  return { words, first, last: first + parts.length - 1 };
}

describe('the event nearest the answer is the one asked, not its opposite', () => {
  const id = 'Sutan Wiradi (lahir: 4 Maret 1921 – wafat: 9 Mei 1988) adalah seorang pelukis dari Padang.';
  const en = 'Mara Ellison (born: 4 March 1921 – died: 9 May 1988) was a painter from Leeds.';

  it('Indonesian: a birth date is no answer to when someone died, and a death date none to a birth', () => {
    const birth = at(id, '4 Maret 1921');
    const death = at(id, '9 Mei 1988');
    expect(opposedAtAnswer(focusOf('Kapan Sutan Wiradi wafat?', 'when'), birth.words, birth.first, birth.last)).toEqual(['wafat']);
    expect(opposedAtAnswer(focusOf('Kapan Sutan Wiradi wafat?', 'when'), death.words, death.first, death.last)).toEqual([]);
    expect(opposedAtAnswer(focusOf('Kapan Sutan Wiradi lahir?', 'when'), death.words, death.first, death.last)).toEqual(['lahir']);
    expect(supportOf(focusOf('Kapan Sutan Wiradi meninggal?', 'when'), birth.words, birth.first, birth.last).ok).toBe(false);
  });

  it('English: the same both ways', () => {
    const birth = at(en, '4 March 1921');
    const death = at(en, '9 May 1988');
    expect(opposedAtAnswer(focusOf('When did Mara Ellison die?', 'when'), birth.words, birth.first, birth.last)).toEqual(['die']);
    expect(opposedAtAnswer(focusOf('When was Mara Ellison born?', 'when'), death.words, death.first, death.last)).toEqual(['born']);
    expect(opposedAtAnswer(focusOf('When was Mara Ellison born?', 'when'), birth.words, birth.first, birth.last)).toEqual([]);
  });

  it('a founding is not answered by the year of a fall, told right after it', () => {
    const text = 'Kerajaan Lorem berdiri di lembah Sungai Kelam pada abad ke-9. Kerajaan itu akhirnya runtuh pada tahun 1204 setelah diserbu dari utara.';
    const fall = at(text, '1204');
    expect(opposedAtAnswer(focusOf('Kapan Kerajaan Lorem didirikan?', 'when'), fall.words, fall.first, fall.last)).toEqual(['didirikan']);
    expect(ask(text, 'Kapan Kerajaan Lorem didirikan?', 'when').value).toBe('abad ke-9');
    expect(ask(text, 'Kapan Kerajaan Lorem runtuh?', 'when').value).toBe('1204');
  });

  it('an event of another clause does not count: "1920 dan meninggal", "lahir 1901 – 1968", "mulai April hingga Juni"', () => {
    const joined = at('Ia lahir pada 1920 dan meninggal pada 1990 di Medan.', '1920');
    expect(opposedAtAnswer(focusOf('Kapan ia lahir?', 'when'), joined.words, joined.first, joined.last)).toEqual([]);
    const span = at('Raden Sukma (lahir 1901 – 1968) adalah penyair.', '1968');
    expect(opposedAtAnswer(focusOf('Kapan Raden Sukma meninggal?', 'when'), span.words, span.first, span.last)).toEqual([]);
    const range = at('Pertempuran itu berlangsung mulai awal April hingga pertengahan Juni 1945.', 'pertengahan Juni 1945');
    expect(opposedAtAnswer(focusOf('Kapan pertempuran itu berakhir?', 'when'), range.words, range.first, range.last)).toEqual([]);
  });

  it('"seusai" (after) ends nothing the question asks about', () => {
    const text = 'Menteri Koperasi Wulan Sari berbicara Rabu (19/10) di Jakarta, seusai pembukaan pameran produk desa.';
    const day = at(text, '19 / 10');
    expect(opposedAtAnswer(focusOf('Kapan Wulan Sari menghadiri pembukaan pameran produk desa?', 'when'), day.words, day.first, day.last)).toEqual([]);
  });
});

describe('an ordinal written beside the question\'s noun is the question\'s own', () => {
  const id = 'Hendra Kusuma adalah Adipati Lorem pertama. Ia menikah dengan Ratna, istri kedua dan terakhirnya.';
  const en = 'Oswin Marr was the first Duke of Lorem. He married Edith, his second and last wife.';

  it('Indonesian: "Adipati Lorem pertama" tells no last duke, though "terakhirnya" stands by the answer', () => {
    const { words } = at(id, 'Ratna');
    expect(otherOrdinals(focusOf('Siapakah Adipati Lorem terakhir?', 'who'), words)).toEqual(['terakhir']);
    expect(otherOrdinals(focusOf('Siapakah Adipati Lorem pertama?', 'who'), words)).toEqual([]);
    expect(ask(id, 'Siapakah Adipati Lorem terakhir?', 'who').value).toBeUndefined();
  });

  it('English: "the first Duke" tells no last one', () => {
    const { words } = at(en, 'Edith');
    expect(otherOrdinals(focusOf('Who was the last Duke of Lorem?', 'who'), words)).toEqual(['last']);
    expect(otherOrdinals(focusOf('Who was the first Duke of Lorem?', 'who'), words)).toEqual([]);
  });

  it('a first one is told apart only from a last: "juara kedua" beside the winner leaves the winner the first', () => {
    const text = 'Pemenang musim ketiga adalah Bayu dari Kendari, dan juara kedua adalah Lintang dari Ambon.';
    const { words } = at(text, 'Bayu');
    expect(otherOrdinals(focusOf('Siapakah juara pertama musim ketiga?', 'who'), words)).toEqual([]);
    const last = 'Nabi terakhir dalam kitab itu adalah Yohan.';
    expect(otherOrdinals(focusOf('Siapakah nabi pertama dalam kitab itu?', 'who'), at(last, 'Yohan').words)).toEqual(['pertama']);
  });
});

describe('a passage that negates a word the question says does not answer it', () => {
  it('Indonesian: "tidak sepakat" answers no "Siapa yang sepakat …?"', () => {
    const text = 'Dalam rapat itu, Darma Wijaya tidak sepakat mengenai pembagian lahan desa.';
    expect(ask(text, 'Siapa yang sepakat mengenai pembagian lahan desa?', 'who').value).toBeUndefined();
    expect(ask(text, 'Siapa yang tidak sepakat mengenai pembagian lahan desa?', 'who').value).toBe('Darma Wijaya');
  });

  it('English: "did not agree" answers no "Who agreed …?"', () => {
    const text = 'At the meeting, Clara Benning did not agree on the division of the village land.';
    expect(ask(text, 'Who did agree on the division of the village land?', 'who').value).toBeUndefined();
  });

  it('a negation in a title or a name, or one that does not negate ("belum lagi"), is no negation', () => {
    const title = 'Sutradara Agus Marwan membuat film pendek "Ikan Tak Menangis" tentang sungai yang tercemar.';
    expect(ask(title, 'Siapa pembuat film pendek "Ikan Tak Menangis"?', 'who').value).toBe('Sutradara Agus Marwan');
    const idiom = 'Belum lagi hutan di lereng itu ditebang. Hutan lereng itu ditanami kembali oleh Kelompok Tani Maju pada tahun 2004.';
    expect(ask(idiom, 'Kapan hutan lereng itu ditanami kembali?', 'when').value).toBe('2004');
  });
});

describe('a year the question adds must be the passage\'s when the passage writes years', () => {
  it('Indonesian: a paragraph that writes other years and never the asked one does not answer', () => {
    const dated = 'Klub Garuda Muda dibentuk pada tahun 2003 di Kendari. Pelatih klub Garuda Muda adalah Sigit Waluyo.';
    expect(ask(dated, 'Siapa pelatih klub Garuda Muda pada tahun 2011?', 'who').value).toBeUndefined();
    expect(ask(dated, 'Siapa pelatih klub Garuda Muda?', 'who').value).toBe('Sigit Waluyo');
    // A paragraph that writes no year may leave the article's own to its context.
    const undated = 'Pelatih klub Garuda Muda adalah Sigit Waluyo, mantan pemain tim nasional.';
    expect(ask(undated, 'Siapa pelatih klub Garuda Muda pada tahun 2011?', 'who').value).toBe('Sigit Waluyo');
  });

  it('English: the same', () => {
    const dated = 'The Harbour Rovers club was founded in 2003 in Dover. The coach of the Harbour Rovers is Neil Ashby.';
    expect(ask(dated, 'Who was the coach of the Harbour Rovers in 2011?', 'who').value).toBeUndefined();
    expect(ask(dated, 'Who is the coach of the Harbour Rovers?', 'who').value).toBe('Neil Ashby');
  });
});

describe('a place inside a name is the passage\'s own, not another written in its slot', () => {
  it('Indonesian: "Revolusi Nasional Inggris" of a passage writing "Revolusi Nasional Indonesia" (and "Inggris" elsewhere)', () => {
    const text = 'Revolusi Nasional Indonesia dimulai pada tahun 1945, tidak lama sebelum pasukan Inggris mendarat di Surabaya.';
    expect(ask(text, 'Kapan Revolusi Nasional Inggris dimulai?', 'when').value).toBeUndefined();
    expect(ask(text, 'Kapan Revolusi Nasional Indonesia dimulai?', 'when').value).toBe('1945');
  });

  it('a comma ends the name: "Kantor Presiden, Jakarta" writes no "Presiden Jakarta"', () => {
    const text = 'Dalam rapat di Kantor Presiden, Jakarta, hadir Wakil Presiden Haris Wibowo dan Menteri Keuangan Sri Lestari.';
    expect(ask(text, 'Siapa Wakil Presiden Indonesia?', 'who').value).toBe('Haris Wibowo');
  });

  it('English: "the French National Revolution" of a passage writing "the Indonesian National Revolution"', () => {
    const text = 'The Indonesian National Revolution began in 1945, shortly before French diplomats arrived in Jakarta.';
    expect(ask(text, 'When did the French National Revolution begin?', 'when').value).toBeUndefined();
    expect(ask(text, 'When did the Indonesian National Revolution begin?', 'when').value).toBe('1945');
  });
});

describe('a where-question of a person alone asks where someone is, which a place named does not tell', () => {
  it('Indonesian: "Di manakah pendiri X?" is refused; "Di manakah X didirikan?" answered', () => {
    const text = 'Koperasi Tani Makmur didirikan oleh Hadi Susanto di Klaten pada tahun 1980.';
    expect(ask(text, 'Di manakah pendiri Koperasi Tani Makmur?', 'where').value).toBeUndefined();
    expect(ask(text, 'Di manakah Koperasi Tani Makmur didirikan?', 'where').value).toBe('Klaten');
  });

  it('English: "Where is the founder of X?" is refused; "Where was X founded?" answered', () => {
    const text = 'The Harbour Rovers club was founded by Neil Ashby in Dover in 1980.';
    expect(ask(text, 'Where is the founder of the Harbour Rovers?', 'where').value).toBeUndefined();
    expect(ask(text, 'Where was the Harbour Rovers club founded?', 'where').value).toBe('Dover');
  });
});

describe('a word whose opposite the passage writes in its stead is contradicted', () => {
  it('Indonesian: "kantor cabang" of a passage writing "kantor pusat"', () => {
    const text = 'Kantor pusat PT Sinar Laut berada di Makassar sejak perusahaan itu berdiri.';
    expect(ask(text, 'Di manakah kantor cabang PT Sinar Laut?', 'where').value).toBeUndefined();
    expect(ask(text, 'Di manakah kantor pusat PT Sinar Laut?', 'where').value).toBe('Makassar');
  });
});
