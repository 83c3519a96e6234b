// A question word the passage writes by another form of its root or in another spelling
// (answer/roots.ts, lang/morphology.ts). Passages and questions are written for these tests
// (invented people and places).
import { describe, expect, it } from 'vitest';
import { modernSpelling, sameRootOtherwise } from '../src/answer/roots.js';
import { openAnswer as ask } from './helpers/answer.js';

describe('meN- and peN- with no nasal before l, r, m, n, w, y', () => {
  it('reads a short root under them', () => {
    expect(sameRootOtherwise('peraih', 'diraih')).toBe(true);
    expect(sameRootOtherwise('pelarian', 'berlari')).toBe(true);
    expect(sameRootOtherwise('melamar', 'pelamar')).toBe(true);
  });

  it('does not take a prefix off a word whose rest is no root of the other ("perang" is not "serang")', () => {
    expect(sameRootOtherwise('perang', 'diserang')).toBe(false);
    expect(sameRootOtherwise('perang', 'serang')).toBe(false);
  });

  it('answers a question that names the winner by "peraih" of a passage that says "diraih"', () => {
    const text = 'Medali emas lomba renang itu diraih oleh Dimas Wiratama pada Sabtu, 3 Mei 2025, di Kota Lorem.\n';
    expect(ask(text, 'Siapa peraih medali emas?', 'who')).toBe('Dimas Wiratama');
  });
});

describe('the noun confixes peN-…-an, per-…-an, ke-…-an', () => {
  it('reads the root inside them, under a nasal prefix too', () => {
    expect(sameRootOtherwise('penangkapan', 'ditangkap')).toBe(true);
    expect(sameRootOtherwise('pemilikan', 'dimiliki')).toBe(true);
  });

  it('leaves a verb\'s -kan on: "menurunkan" (lowering) is not "turun" (falling)', () => {
    expect(sameRootOtherwise('menurunkan', 'turun')).toBe(false);
    expect(sameRootOtherwise('turun', 'menurunkan')).toBe(false);
  });

  it('answers "Kapan penangkapan …" of a passage that says "ditangkap"', () => {
    const text = 'Bandar narkoba Rudi Halim ditangkap polisi di Pelabuhan Lorem pada Selasa, 6 Mei 2025. Ia sudah dua tahun diburu.\n';
    expect(ask(text, 'Kapan penangkapan Rudi Halim?', 'when')).toMatch(/6 Mei 2025/);
  });
});

describe('clitic pronouns', () => {
  it('reads a word without ku-, kau-, -ku, -mu', () => {
    expect(sameRootOtherwise('ambil', 'kuambil')).toBe(true);
    expect(sameRootOtherwise('buku', 'bukuku')).toBe(true);
    expect(sameRootOtherwise('rumah', 'rumahmu')).toBe(true);
  });
});

describe('spellings before 1972 and the loose letters of borrowed words', () => {
  it('writes the old spelling as today\'s', () => {
    expect(modernSpelling('djalan')).toBe('jalan');
    expect(modernSpelling('tjari')).toBe('cari');
    expect(modernSpelling('njanji')).toBe('nyanyi');
    expect(modernSpelling('soekarno')).toBe('sukarno');
    expect(modernSpelling('jang')).toBe('yang');
    expect(modernSpelling('bertjahaja')).toBe('bercahaya');
  });

  it('reads a word in the old spelling as the word today, only where it shows an old letter ("saja" is no "saya")', () => {
    expect(sameRootOtherwise('tjari', 'mencari')).toBe(true);
    expect(sameRootOtherwise('djalan', 'berjalan')).toBe(true);
    expect(sameRootOtherwise('saja', 'saya')).toBe(false);
    expect(sameRootOtherwise('major', 'mayor')).toBe(false);
  });

  it('reads "jaman" as "zaman" and "ijin" as "izin"', () => {
    expect(sameRootOtherwise('jaman', 'zaman')).toBe(true);
    expect(sameRootOtherwise('ijin', 'izin')).toBe(true);
  });

  it('answers a question in the old spelling of a passage in today\'s', () => {
    // "tj" is read as "c" and "j" as "y" together: "bertjahaja" is "bercahaya", three letters apart.
    const text = 'Mercusuar Ipsum mulai bercahaya pada Senin, 5 Mei 1925. Kapal nelayan kini aman berlayar.\n';
    expect(ask(text, 'Kapan mertjusuar Ipsum bertjahaja?', 'when')).toMatch(/5 Mei 1925/);
  });
});

describe('copulas tell nothing a passage must say', () => {
  it('answers a question with "merupakan" of a passage that does not write it', () => {
    const text = 'Pada Jumat, 9 Mei 2025, Sari Purnomo membuka festival layang-layang Ipsum.\n';
    expect(ask(text, 'Siapa yang membuka festival yang merupakan tradisi?', 'who')).toMatch(/Sari Purnomo/);
  });
});

describe('the reflexive pronoun tells nothing a passage must say', () => {
  it('answers "melibatkan diri" of a passage that says "terlibat"', () => {
    const text = 'Aktivis Dimas Lorem mulai terlibat dalam gerakan buruh pada 1947. Ia kemudian memimpin serikat pekerja.\n';
    expect(ask(text, 'Kapan Dimas Lorem melibatkan diri?', 'when')).toBe('1947');
  });
});

describe('a verb with the locative -i and the -an noun of its root', () => {
  it('tells one event ("mengunjungi" ~ "kunjungan", "dihadiri" ~ "kehadiran"), never the bare root', () => {
    expect(sameRootOtherwise('mengunjungi', 'kunjungan')).toBe(true);
    expect(sameRootOtherwise('kunjungan', 'dikunjungi')).toBe(true);
    expect(sameRootOtherwise('dihadiri', 'kehadiran')).toBe(true);
    expect(sameRootOtherwise('menduduki', 'duduk')).toBe(false);
  });

  it('answers who visited from "selama kunjungan X ke …"; in English, "visited" from "a visit"', () => {
    const id = 'Dua negara menandatangani perjanjian kerja sama selama kunjungan Presiden Lorem Dimas Wiratama ke Kota Ipsum pekan lalu.\n';
    expect(ask(id, 'Siapa yang mengunjungi Kota Ipsum?', 'who')).toMatch(/Dimas Wiratama$/);
    const en = 'The two countries signed a trade pact during a visit by President Dimas Wiratama to the city of Ipsum last week.\n';
    expect(ask(en, 'Who visited Ipsum?', 'who')).toMatch(/Dimas Wiratama$/);
  });
});
