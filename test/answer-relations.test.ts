// Who stands to whom in the passage: a date goes with the figure before it in a change from one
// figure to another, a name right after a relative's word is whose relative it is, and a place the
// question gives as where something happened does not say whose office a role is. Passages and
// questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a change from one figure to another', () => {
  const id =
    'Menurut dia, jumlah penganggur di Parangsari meningkat dari delapan juta jiwa atau 8,1 persen pada tahun 2001 menjadi 10,9 juta jiwa atau 10,3 persen pada tahun 2005.';

  it('dates the figure the question copies with the date written after it (Indonesian)', () => {
    const a = ask(id, 'Kapan jumlah penganggur di Parangsari meningkat menjadi 10,9 juta jiwa?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('2005');
  });

  it('keeps the date of the first figure for a question copying that one', () => {
    const a = ask(id, 'Kapan jumlah penganggur di Parangsari mencapai 8,1 persen?', 'id');
    expect(a.value).toBe('2001');
  });

  it('dates the figure the question copies with the date written after it (English)', () => {
    const en = 'The number of jobless people in Varden rose from 8.1 million in 2001 to 10.9 million in 2005, the ministry said.';
    const a = ask(en, 'When did the number of jobless people in Varden rise to 10.9 million?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('2005');
  });
});

describe('a name right after a relative’s word', () => {
  it('is whose relative it is, not the relative asked for', () => {
    const text = 'Raja Rogerio menikahi istri pertamanya, Elvira, putri Alfonso dari Kastila, pada tahun 1117.';
    const a = ask(text, 'Siapakah istri Raja Rogerio?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Elvira');
  });

  it('is the relative itself after a preposition ("lahir dari ayah X dan ibu Y")', () => {
    const text = 'Hideo Tanabe lahir dari ayah Kenji Tanabe dan ibu Sayuri Mori di Kota Naruse.';
    const a = ask(text, 'Siapa ibu Hideo Tanabe?', 'id');
    expect(a.value).toBe('Sayuri Mori');
  });
});

describe('a place the question gives as where something happened', () => {
  it('does not say whose office the role is', () => {
    const text =
      'Di antara penumpang pesawat yang meninggal tercatat Gubernur Sumatera Utara Bonar Sitanggang yang rencananya akan ke Jakarta menghadiri rapat para gubernur dengan Presiden Darmawan Kusumo.';
    const a = ask(text, 'Siapa nama gubernur yang meninggal akibat kecelakaan pesawat di kawasan Padang Bulan, Medan?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Bonar Sitanggang');
  });

  it('while a place written with the role still tells another office apart', () => {
    const text = 'Gubernur Sumatera Utara Bonar Sitanggang menerima kunjungan kerja di Medan, Senin.';
    const a = ask(text, 'Siapa Gubernur Jawa Barat?', 'id');
    expect(a.found).toBe(false);
  });
});

describe('a list of people with what is said of each', () => {
  it('keeps the realm each is of out of the list’s joints (Indonesian)', () => {
    const text = 'Serangan ke benteng itu dipimpin oleh Ludovik Hartono dari Perancis dan Konrad Wibisono dari Jerman pada musim semi.';
    const a = ask(text, 'Siapa yang memimpin serangan ke benteng itu?', 'id');
    expect(a.value).toBe('Ludovik Hartono dan Konrad Wibisono');
  });

  it('keeps the realm each is of out of the list’s joints (English)', () => {
    const text = 'The attack on the fort was led by Ludovic Hart of France and Konrad Weber of Germany in the spring.';
    const a = ask(text, 'Who led the attack on the fort?', 'en');
    expect(a.value).toBe('Ludovic Hart and Konrad Weber');
  });

  it('keeps another name or years in brackets with the person they follow', () => {
    const text = 'Koran Warta Pagi didirikan oleh Pieter Hadiman (1920–1980) dan Joko Santoso (Jokos) pada tahun 1965 di Parangsari.';
    const a = ask(text, 'Siapa pendiri koran Warta Pagi?', 'id');
    expect(a.value).toBe('Pieter Hadiman dan Joko Santoso');
  });

  it('but not a role in brackets, which tells the members apart', () => {
    const text = 'Band Lintang beranggotakan Rudi Hartono (vokal), Sinta Dewi (gitar) dan Bayu Aji (drum).';
    const a = ask(text, 'Siapa vokalis band Lintang?', 'id');
    expect(a.value).toBe('Rudi Hartono');
  });

  it('nor a realm followed by a comma and another body', () => {
    const text = 'Empat kelompok diundang, Gamelan Sekar Jati pimpinan Rudi Hartono dari Universitas Parangsari, Ansambel Lintang pimpinan Bayu Aji.';
    const a = ask(text, 'Siapakah pimpinan Gamelan Sekar Jati?', 'id');
    expect(a.value).toBe('Rudi Hartono');
  });
});

describe('the doer’s noun of the asked verb', () => {
  it('points at the name after it ("Siapa yang menulis …?" of "penulis Jepang <X>")', () => {
    const text =
      'Novel Bintang Senja pertama kali terbit pada tahun 1975 sebagai karangan penulis Jepang Aiko Moriyama. Moriyama kemudian bekerja sama dengan ilustrator Hana Kuroda untuk membuat versi komik Bintang Senja.';
    const a = ask(text, 'Siapakah yang menulis novel Bintang Senja?', 'id');
    expect(a.value).toBe('Aiko Moriyama');
  });
});

describe('a date in brackets right after a name', () => {
  it('dates that name, not another one the question asks about (a list of films)', () => {
    const text =
      'Dari sebelas film yang disutradarainya, enam di antaranya meraih Piala Citra, yakni untuk film Langit Jingga (1974), Hujan Bulan Mei (1975), Kota Tua (1979) dan Pagi Terakhir (1984).';
    expect(ask(text, 'Tahun berapakah film Hujan Bulan Mei dibuat?', 'id').value).toBe('1975');
  });

  it('gives way to the date the sentence gives the question’s own name', () => {
    const text = 'Sekolah Guru Santo Lukas didirikan pada tahun 1911 sebagai jawaban terhadap Politik Etis Hindia Belanda (1901) di Parangsari.';
    expect(ask(text, 'Kapan Sekolah Guru Santo Lukas didirikan?', 'id').value).toBe('1911');
  });

  it('dates that name in English too', () => {
    const text = 'Of the eleven films he directed, six won awards: Grey Sky (1974), Autumn Rain (1975), Old Town (1979) and Last Morning (1984).';
    expect(ask(text, 'In what year was Autumn Rain made?', 'en').value).toBe('1975');
  });

  it('keeps a weekday and its date of a dateline, which name nothing', () => {
    const text = 'Caracas, Rabu (14/9) - Sebuah pesawat penumpang jatuh di dekat perbatasan, menewaskan seluruh awaknya, kata pejabat setempat.';
    expect(ask(text, 'Kapan pesawat penumpang jatuh di dekat perbatasan?', 'id').value).toBe('14/9');
  });
});
