// Person names, ner11 (issue 11): a name the article writes where only a place or a thing can
// stand names that place or thing elsewhere in the article too, and a word shaped like a brand's
// ("PayPal") is no person's. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner11', `${text}\n`, { language })).map((p) => p.name);

describe('a name written after "di", "ke", "tim", "produk" … is a place or a thing elsewhere in the article', () => {
  it('a club the article writes after "ke" is no person where it opens a sentence as its subject', () => {
    const text = 'Pemain muda itu pindah ke Parvanta pada musim lalu.\n\nParvanta mengalahkan tim tamu dua gol tanpa balas, Sabtu malam.';
    expect(names(text)).not.toContain('Parvanta');
  });

  it('a brand the article writes after "produk" is no person where it acts', () => {
    const text = 'Penjualan produk Zelvora naik tajam tahun ini.\n\nZelvora merilis dua ponsel baru di Jakarta, Senin.';
    expect(names(text)).not.toContain('Zelvora');
  });

  it('the club written right before a player\'s full name is cut off the name', () => {
    const text = 'Ia bergabung ke Kalvaro pada Januari.\n\nKalvaro Dimas Prasetyo mencetak dua gol dalam laga itu.';
    const found = names(text);
    expect(found).toContain('Dimas Prasetyo');
    expect(found).not.toContain('Kalvaro Dimas Prasetyo');
  });

  it('one name word after the learnt word is a family name, not a whole name: the name stays whole', () => {
    const text = 'Keluarga itu pindah ke Sarinta pada 1990.\n\nSarinta Wulandari lahir di sana dua tahun kemudian.';
    expect(names(text)).toContain('Sarinta Wulandari');
  });

  it('after a word for a work the name may be the maker\'s: "lagu <Singer>" teaches nothing', () => {
    const text = 'Penonton ikut menyanyikan lagu Ardimanta Saragih.\n\nArdimanta Saragih lalu mengucapkan terima kasih kepada penonton.';
    expect(names(text)).toContain('Ardimanta Saragih');
  });

  it('English: the venue written after "at" is cut off the name that follows it elsewhere', () => {
    const found = names('The final was played at Morvane last year.\n\nMorvane Tom Barnaby scored twice.', 'en');
    expect(found).toContain('Tom Barnaby');
    expect(found).not.toContain('Morvane Tom Barnaby');
  });
});

describe('a word with a capital inside it is a brand\'s or a product\'s', () => {
  it('"<Brand> meluncurkan …" is no person', () => {
    expect(names('TaniKita meluncurkan aplikasi pemesanan pupuk untuk petani di Jawa Tengah.')).not.toContain('TaniKita');
  });

  it('the brand before a person\'s name is no part of it', () => {
    const found = names('"Kami menargetkan seribu pengguna," kata pendiri DanaRuang Yohanes Simatupang di Jakarta.');
    expect(found).toContain('Yohanes Simatupang');
    expect(found).not.toContain('DanaRuang Yohanes Simatupang');
  });

  it('English: "<Brand> has cut …" is no person, and a brand glued before a name is no part of it', () => {
    expect(names('KeenPay has cut its fees.', 'en')).not.toContain('KeenPay');
    const found = names('Analysts at KeenPay expect growth.\n\nKeenPay Laura Whitcombe said prices would fall.', 'en');
    expect(found).toContain('Laura Whitcombe');
    expect(found).not.toContain('KeenPay Laura Whitcombe');
  });

  it('family names written with a prefix stay names ("McTavish", "MacDowell", "DeLuca", "LaRue")', () => {
    expect(names('"Kami siap," kata pelatih Ewan McTavish.')).toContain('Ewan McTavish');
    expect(names('"We are ready," said coach Ian MacDowell.', 'en')).toContain('Ian MacDowell');
    expect(names('Gianni DeLuca mengatakan timnya siap bertanding.')).toContain('Gianni DeLuca');
    expect(names('"It was a hard game," said Marcus LaRue.', 'en')).toContain('Marcus LaRue');
  });
});

describe('what a report is cited from ("dilansir <X>", "dikutip dari <X>") is a publication, no speaker', () => {
  it('a one-word source after "seperti dikutip" or "dilansir" is no person', () => {
    expect(names('"Kami belum menyerah," kata pembalap itu seperti dikutip Motorina, Kamis (2/3).')).not.toContain('Motorina');
    expect(names('Harga minyak turun dua persen pekan ini, dilansir Kabarpasar, Senin.')).not.toContain('Kabarpasar');
    expect(names('"Kami siap," ujar pelatih itu, dikutip dari Bolamania.')).not.toContain('Bolamania');
  });

  it('the speaker named before the citing verb is still a person', () => {
    expect(names('"Kami belum menyerah," kata Rinaldo Saputra seperti dikutip Motorina, Kamis (2/3).')).toContain('Rinaldo Saputra');
  });
});

describe('a subject of two or more words, one of which the language writes in lower case, is a thing\'s name, as a bare name is', () => {
  it('"Nasi Kuning Bahari membuka cabang …" is an eatery, "Handoko Wirasena membuka cabang …" a person', () => {
    expect(names('Sejak 2010 Nasi Kuning Bahari membuka cabang ketiga di Surabaya.')).not.toContain('Nasi Kuning Bahari');
    expect(names('Pada 2019 Handoko Wirasena membuka cabang ketiga di Surabaya.')).toContain('Handoko Wirasena');
  });
});
