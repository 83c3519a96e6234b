// Who said it (extract/speakers.ts, speaker-names.ts), read as the bot reads an article: the cue
// after or before the quote, pronoun and demonstrative cues, titles alone, names kept apart from
// roles, organisations and places, in Indonesian and English. Our own sentences, real shapes.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract/quotes.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import type { Quote } from '../src/types.js';

const article = (text: string, language: 'id' | 'en') => parseArticle('speakers', `${text}\n`, { language });
/** Quotes with the article's people at hand, as understand() extracts them. */
const quotesOf = (text: string, language: 'id' | 'en'): readonly Quote[] => understand(article(text, language)).quotes;
const who = (text: string, language: 'id' | 'en') => quotesOf(text, language).map((q) => q.speaker);

describe('Indonesian: the cue after the quote', () => {
  it('"kata X", "ujar X", "X menambahkan", with the title taken off', () => {
    expect(who('”Kami akan menyelidiki,” kata Kepala Polres Budi Hartono.', 'id')).toEqual(['Budi Hartono']);
    expect(who('”Jalan itu ditutup sampai Jumat,” ujar Sari Wulandari.', 'id')).toEqual(['Sari Wulandari']);
    expect(who('”Harga beras mulai turun,” Gubernur Rina Kartika menambahkan.', 'id')).toEqual(['Rina Kartika']);
  });
  it('the person, not the organisation or place around them: "kata Kepala Desa X, Kecamatan Y, Nama"', () => {
    expect(who('”Gudang itu tidak berizin,” kata Kepala Desa Sidomulyo, Kecamatan Ngaglik, Dedi Kurniadi di kantornya.', 'id')).toEqual(['Dedi Kurniadi']);
    expect(who('”Stok aman,” ujar anggota Komisi Pemilihan Umum Provinsi Jawa Tengah, Salma Rahayu, kemarin.', 'id')).toEqual(['Salma Rahayu']);
    expect(who('”Kasus baru bertambah,” kata Juru Bicara Gugus Tugas Covid-19 Kota Sukamaju dr Rudi Hartanto.', 'id')).toEqual(['Rudi Hartanto']);
    expect(who('”Bus tetap berangkat,” kata Manajer Humas PT Damri Unit 4 Surabaya Teguh Prasetyo.', 'id')).toEqual(['Teguh Prasetyo']);
  });
  it('no glued neighbours: "Menteri Keuangan Sri Wahyuni" → Sri Wahyuni', () => {
    const text = 'Menteri Keuangan Sri Wahyuni menyatakan, pemerintah menyiapkan dana darurat. ”Dana itu cair pekan depan,” katanya.';
    expect(who(text, 'id')).toEqual(['Sri Wahyuni']);
  });
  it('a party or place written before the name is not part of it; nor is a brand or a word built as a verb', () => {
    const party = 'Fraksi Partai Maju menolak usul itu. ”Kami tidak setuju,” kata Ketua Fraksi Partai Maju Ahmad Sujana.';
    expect(who(party, 'id')).toEqual(['Ahmad Sujana']);
    const place = 'Banjir melanda di Sukamaju sejak Senin. ”Pengungsi sudah kami data,” kata Bupati Sukamaju Rudi Hartono.';
    expect(who(place, 'id')).toEqual(['Rudi Hartono']);
    expect(who('”Mesin kami sudah siap,” kata pebalap MotoGP Marco Vettori.', 'id')).toEqual(['Marco Vettori']);
  });
  it('a statement introduced by a noun ("demikian pernyataan misi …") names nobody', () => {
    expect(who('”Kami menolak tuduhan itu,” demikian pernyataan misi Liga Pantai Selatan di Jenewa.', 'id')).toEqual([undefined]);
  });
  it('an organisation speaking is no speaker; its words stay in the attribution: "kata Gugus Tugas Covid-19 Jawa Timur"', () => {
    const quotes = quotesOf('”Ruang isolasi hampir penuh,” kata Gugus Tugas Covid-19 Jawa Timur.', 'id');
    expect(quotes.map((q) => [q.speaker, q.attribution])).toEqual([[undefined, 'kata Gugus Tugas Covid-19 Jawa Timur']]);
  });
});

describe('Indonesian: the cue before the quote', () => {
  it('"X mengatakan, ”…”", "Menurut X, ”…”", "Menurut dia, ”…”"', () => {
    const text = 'Ketua RT Anton Sugiarto mengatakan, ”Air mulai surut.” Menurut Lurah Dewi, ”Warga bisa pulang besok.” Menurut dia, ”Bantuan tetap kami salurkan.”';
    expect(who(text, 'id')).toEqual(['Anton Sugiarto', 'Dewi', 'Dewi']);
  });
  it('"X dari PT Y mengatakan" → X; a passive "disampaikan X" names the speaker of a later "ujarnya"', () => {
    expect(who('Fajar dari PT Sinar Kayu mengatakan, ”Stok kami habis terbakar.”', 'id')).toEqual(['Fajar']);
    const passive = 'Hal itu disampaikan Kepala Dinas Kesehatan Sukamaju dr Maya Lestari. ”Dua pedagang dirawat,” ujarnya.';
    expect(who(passive, 'id')).toEqual(['Maya Lestari']);
  });
});

describe('Indonesian: pronoun, demonstrative and title-only cues', () => {
  it('"katanya" is the subject of the sentences before, not the last name in them', () => {
    const text = 'Namun, Gubernur Rina Kartika meminta pengelola pasar memperbaiki alat pemadam. Dia juga bertemu Kepala Dinas Pemadam Kebakaran Andi Wijaya. ”Ini peringatan bagi semua pasar,” katanya.';
    expect(who(text, 'id')).toEqual(['Rina Kartika']);
  });
  it('"kata dia" and "ujarnya" after a quote by someone named: that speaker', () => {
    const text = '”Pasar dibuka lagi Senin,” kata Camat Hadi Susanto.\n\nPedagang diminta mendaftar ulang. ”Pendaftaran gratis,” ujarnya. ”Tidak ada pungutan,” kata dia.';
    expect(who(text, 'id')).toEqual(['Hadi Susanto', 'Hadi Susanto', 'Hadi Susanto']);
  });
  it('a bare name opening a sentence before a verb, when nobody has been named yet; not an institution or a conjunction', () => {
    expect(who('Namun, Hendrik berharap bengkel itu dibuka lagi. ”Kami butuh pekerjaan,” ucapnya.', 'id')).toEqual(['Hendrik']);
    expect(who('Meski demikian, Marlina tetap meminta pedagang membayar retribusi. ”Aturannya jelas,” ujar dia.', 'id')).toEqual(['Marlina']);
    expect(who('Kendati belum melihat hasilnya, warga cemas. ”Kami menunggu,” katanya.', 'id')).toEqual([undefined]);
    expect(who('Namun, Biro Statistik masih menghitung ulang angka panen. ”Hasilnya keluar Jumat,” kata lembaga itu.', 'id')).toEqual([undefined]);
  });
  it('a subject in apposition ("Ketua X, Nama, membenarkan") and a subject after an opening phrase', () => {
    const apposition = 'Sekretaris Partai Maju Sulsel, Rudi Darmawan, pun membenarkan rencana koalisi itu. ”Kami sudah sepakat,” katanya.';
    expect(who(apposition, 'id')).toEqual(['Rudi Darmawan']);
    const opening = 'Selain membagikan masker, Wulan juga mengajak pemuda membersihkan sungai. ”Sampahnya sudah berkurang,” ujarnya.';
    expect(who(opening, 'id')).toEqual(['Wulan']);
  });
  it('"kata politisi senior itu": a role and a demonstrative stand for the person spoken of', () => {
    const text = 'Ketua DPRD Agus Salman meminta warga tidak berkerumun saat festival. ”Tonton saja dari rumah,” kata politisi senior Partai Maju itu.';
    expect(who(text, 'id')).toEqual(['Agus Salman']);
  });
  it('a subject named bare before a verb, a person of the article, beats a titled person named before it', () => {
    // The first quote opens the text mid-story; the sentence before the second names its speaker bare.
    const text =
      'Separuh dana sudah kami terima,” ujarnya. Hendarman berharap sisa dana cair sebelum akhir bulan. ' +
      '”Kecamatan yang cepat layak dipuji,” katanya. Anggota Panwaslu Jawa, Robert Manurung, menambahkan, pihaknya akan menyurati bupati.';
    expect(who(text, 'id')).toEqual(['Hendarman', 'Hendarman']);
    const titled = 'Kepala Dinas Pasar Rudi Hartono membuka los baru. Lestiani meminta pedagang menjaga kebersihan. ”Pasar ini milik bersama,” ujarnya.';
    expect(who(titled, 'id')).toEqual(['Lestiani']);
  });
  it('a person in apposition before the verb, not the organisation before them: "Anggota Panwas X, Nama, menambahkan"', () => {
    const text = 'Anggota Panwaslu Jawa, Robert Manurung, menambahkan, pihaknya akan berkoordinasi dengan pemerintah. ”Kami kirim surat besok,” katanya.';
    expect(who(text, 'id')).toEqual(['Robert Manurung']);
  });
  it('a word the article writes as a place is no subject for "katanya", even inside a people-list entry', () => {
    const text =
      'Warga Lembah Hijau, Teguh Sarwono, mengajak pemuda menjaga kerukunan. Sebab itu, Lembah jauh lebih siap membangun pariwisata di Lembah. ' +
      '”Kami sudah lama berdamai,” ujarnya.';
    expect(who(text, 'id')).toEqual(['Teguh Sarwono']);
  });
  it('a role in lower case before the name: "ujar petinggi klub X Nama", "kata pengamat pasar Nama"; not "pria asal X"', () => {
    expect(who('”Belum tentu pelakunya anggota kami,” ujar petinggi laskar PSR Maman Sulaiman saat dikonfirmasi.', 'id')).toEqual(['Maman Sulaiman']);
    expect(who('”Harga minyak naik lagi,” kata pengamat pasar Rina Wulandari.', 'id')).toEqual(['Rina Wulandari']);
    expect(who('”Saya cuma menjalankan tugas,” ujar pria asal Sukamaju, Jawa Tengah.', 'id')).toEqual([undefined]);
  });
  it('a role with a demonstrative stands for the person spoken of, even with a name inside the role', () => {
    const text = 'Yayan mengaku tak punya pantangan makanan. ”Saya makan apa saja,” kata pria asal Sukamaju itu. ”Saya berlatih tiap pagi,” kata mantan pelatih Persada itu.';
    expect(who(text, 'id')).toEqual(['Yayan', 'Yayan']);
    // A clause ending in a demonstrative is no role phrase: the name in it is the speaker.
    const clause = '”Masa itu yang terburuk,” kata pengacara Ulrich Weber yang ditugaskan untuk menyelidiki kasus itu.';
    expect(who(clause, 'id')).toEqual(['Ulrich Weber']);
  });
  it('a name after a comma, an age in brackets, an organisation closed by an acronym, the name they go by', () => {
    expect(who('”Dia orang baik,” ungkap temannya, Ali Santoso (35).', 'id')).toEqual(['Ali Santoso']);
    expect(who('”Tiga orang hilang,” kata polisi setempat, Louise Harding, kepada wartawan.', 'id')).toEqual(['Louise Harding']);
    expect(who('”Layanan dimulai Senin,” kata CEO RMA Group Kevin Whitman dalam siaran pers.', 'id')).toEqual(['Kevin Whitman']);
    expect(who('”Kami ingin mengundang aktor itu,” kata pria yang akrab disapa Emil itu di pendopo.', 'id')).toEqual(['Emil']);
    // A date after the name is no name in apposition; a party after the role is not the person.
    expect(who('”Korban sudah dievakuasi,” kata Kepala Humas Polda Argo Santoso, Mingggu (18/2/2018).', 'id')).toEqual(['Argo Santoso']);
    expect(who('”Kami siap,” kata Alvin Young, ketua partai pro-demokrasi, Civic, sekaligus anggota dewan.', 'id')).toEqual(['Alvin Young']);
  });
  it('a name ending like a noun ("Clement") is still a name', () => {
    expect(who('”Tim bermain rapi sampai akhir,” ucap Clement.', 'id')).toEqual(['Clement']);
  });
  it('"kata Kapolres" → the person named before as Kepala Kepolisian Resor', () => {
    const text = 'Kepala Kepolisian Resor Sukamaju AKBP Hendra Gunawan mengatakan, penyebab kebakaran belum diketahui. ”Kami akan menyelidiki semua kemungkinan,” kata Kapolres.';
    expect(who(text, 'id')).toEqual(['Hendra Gunawan']);
  });
  it('a title nobody in the article holds stays the title', () => {
    expect(who('”Anggaran sudah disetujui,” kata Bupati.', 'id')).toEqual(['Bupati']);
  });
});

describe('Kompas house style over paragraphs', () => {
  it('a quote that goes on in the next paragraph is one quote, with the speaker of its end', () => {
    const text = 'SUKAMAJU, KOMPAS — Gudang di Pasar Baru terbakar.\n\n”Tim laboratorium forensik sudah kami minta datang. Hasilnya kami umumkan pekan depan.\n\n”Sampai saat ini tidak ada korban jiwa,” ujar Kepala Polres Hendra Gunawan.';
    const quotes = quotesOf(text, 'id');
    expect(quotes.map((q) => [q.paragraphs, q.speaker])).toEqual([[[2, 3], 'Hendra Gunawan']]);
  });
});

describe('English', () => {
  it('"Dr Fox told BBC Radio: "…"" is a quote by Fox, the honorific off, the listener no relay', () => {
    const quotes = quotesOf('Tory co-chairman Liam Fox criticised the plan. Dr Fox told BBC Radio: "This budget will not survive the summer."', 'en');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Liam Fox', cue: 'told', text: 'This budget will not survive the summer.' });
    expect(quotes[0]!.via).toBeUndefined();
  });
  it('"X of the union told BBC Radio: "…"": the speaker, with where they work in lower case; "she added" is her', () => {
    const text = 'Later, Ann Price of the nurses\' union told BBC Radio: "The pay offer is not enough for anyone." Ministers met on Monday.\n\n"We will keep talking," she added.';
    expect(who(text, 'en')).toEqual(['Ann Price', 'Ann Price']);
  });
  it('"He said: "…"" is the subject of the sentences before, not the last person named', () => {
    const text = 'Ed Balls, the former adviser, spoke in Leeds.\n\nMr Balls met Digby Jones at a conference on Monday. He said: "The numbers add up."';
    expect(who(text, 'en')).toEqual(['Ed Balls']);
  });
  it('"…," said councillor Ann Lee; "…," according to X; "…," said Dame Helen Ward (the honorific off)', () => {
    const text = '"We will not give up," said councillor Ann Lee. "Firms are holding back," according to Sarah Quinn, an analyst. "We need clarity," said Dame Helen Ward.';
    expect(who(text, 'en')).toEqual(['Ann Lee', 'Sarah Quinn', 'Helen Ward']);
  });
  it('"X told Y that …" without quote marks is reported speech, not a quote; a later "he said" is X', () => {
    const text = 'Port director Tom Baker told reporters that the gates would stay shut.\n\n"We are not there yet," he said.';
    const quotes = quotesOf(text, 'en');
    expect(quotes.map((q) => q.text)).toEqual(['We are not there yet']);
    expect(quotes[0]!.speaker).toBe('Tom Baker');
  });
  it('"the minister said" → the minister named before; the speaker is never a role', () => {
    const text = 'Transport Minister Daniel Reyes visited the harbour. "We are not there yet," the minister said. "Talks go on," said General Manager of Portmouth Ports Alan Finch.';
    expect(who(text, 'en')).toEqual(['Daniel Reyes', 'Alan Finch']);
  });
});

describe('what is stored at load for the answerers', () => {
  it('the cue as written and the attribution clause, after or before the quote', () => {
    const quotes = extractQuotes(article('”Air mulai surut,” kata Camat Hadi Susanto di posko, Senin. Menurut Lurah Dewi, ”Warga bisa pulang.”', 'id'));
    expect(quotes.map((q) => [q.cue, q.attribution])).toEqual([
      ['kata', 'kata Camat Hadi Susanto di posko, Senin'],
      ['Menurut', 'Menurut Lurah Dewi'],
    ]);
    const en = extractQuotes(article('"We will be there," he said. Tom Baker added: "Call us."', 'en'));
    expect(en.map((q) => q.cue)).toEqual(['he said', 'added']);
  });
});
