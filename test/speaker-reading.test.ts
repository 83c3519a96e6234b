// Who said it, the readings of this round (extract/speaker-names.ts, speaker-words.ts, speakers.ts,
// quotes.ts, statements.ts): a capitalised common word right after a speech verb is a name, more
// Kompas speech verbs, nouns that end in a speech verb, short names of bodies, a name set off after
// where the speaker works, lists inside a role, a place or web address after the name, a role with a
// demonstrative when nobody was named before, initials alone. Our own sentences, real shapes.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../src/extract/statements.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';

const article = (text: string, language: 'id' | 'en') => parseArticle('speaker-reading', `${text}\n`, { language });
const who = (text: string, language: 'id' | 'en') => understand(article(text, language)).quotes.map((q) => q.speaker);

describe('a capitalised common word right after a speech verb is a name', () => {
  it('Indonesian: "tutur Lalu", "kata Hari", "ujar Sih Wahyuni", "kata Agung"', () => {
    expect(who('Harga sapi turun. ”Peternak merugi bulan ini,” tutur Lalu. Pasar pun sepi.', 'id')).toEqual(['Lalu']);
    expect(who('Berkas itu diperiksa. ”Kami menunggu hasilnya,” kata Hari. Sidang ditunda.', 'id')).toEqual(['Hari']);
    expect(who('Kantor itu disemprot. ”Tugas sekda kami ambil alih sementara,” ujar Sih Wahyuni, Jumat.', 'id')).toEqual(['Sih Wahyuni']);
    expect(who('Distribusi lancar. ”Angkutan logistik tidak dilarang,” kata Agung menegaskan.', 'id')).toEqual(['Agung']);
  });
  it('English: "said Will Hardy"; never a pronoun or an article ("according to The Times")', () => {
    expect(who('Prices rose. "We will work hard for the town," said Will Hardy. The council met.', 'en')).toEqual(['Will Hardy']);
    expect(who('Prices rose. "The town will pay for the repairs next spring," according to The Times.', 'en')).toEqual([undefined]);
  });
  it('still no name for a title alone or a pronoun: "kata Presiden", "kata dia"', () => {
    expect(who('Presiden Sutrisno meninjau pasar. ”Harga harus turun,” kata Presiden.', 'id')).toEqual(['Sutrisno']);
    expect(who('Camat Budi Santoso meninjau pasar. ”Harga harus turun,” kata dia.', 'id')).toEqual(['Budi Santoso']);
  });
});

describe('Indonesian speech verbs of Kompas: "tandas", "pesan", "cetus", "tukasnya", "Menurutnya, ”…”"', () => {
  it('after the quote', () => {
    expect(who('Warga cemas. ”Kita semua sedang tertekan,” tandas Fadli Rahman.', 'id')).toEqual(['Fadli Rahman']);
    expect(who('Warga cemas. ”Disiplin sangat diperlukan sekarang,” pesan Rudi Hartono saat memberi pengarahan.', 'id')).toEqual(['Rudi Hartono']);
    expect(who('Kepala Dinas Wulan Sari datang. ”Stok cukup sampai Maret,” cetus Wulan.', 'id')).toEqual(['Wulan Sari']);
    expect(who('Kepala Dinas Wulan Sari datang. ”Stok cukup sampai Maret,” tukasnya.', 'id')).toEqual(['Wulan Sari']);
  });
  it('"Menurutnya" right before the quote is the person spoken of', () => {
    expect(who('Kepala Dinas Rudi Hartono meninjau gudang. Menurutnya, ”stok beras cukup sampai Maret tahun depan.”', 'id')).toEqual(['Rudi Hartono']);
  });
});

describe('no speaker in a noun that ends in a speech verb, nor in a body\'s short name', () => {
  it('"tanggung jawab Kemendagri" names nobody; "ujarnya" goes back to the subject', () => {
    const text =
      'Menteri Budi Santoso datang. Saat ditanya, Budi menyampaikan bahwa itu menjadi tugas dan tanggung jawab Kemendagri. ”Kami akan terus berkoordinasi dengan daerah,” ujarnya.';
    expect(who(text, 'id')).toEqual(['Budi Santoso']);
    const reported = extractStatements(article('Pengawasan itu menjadi tanggung jawab Kemendagri sepenuhnya.', 'id'));
    expect(reported).toEqual([]);
  });
  it('"Juru Bicara Kemenhub Novie Riyanto" → Novie Riyanto, not the ministry', () => {
    expect(who('Pesawat itu mendarat. ”Kami terus berkoordinasi,” kata Juru Bicara Kemenhub Novie Riyanto.', 'id')).toEqual(['Novie Riyanto']);
    expect(who('Pesawat itu mendarat. ”Kami terus berkoordinasi,” kata Kepala Dinkes Surabaya Rina Lestari.', 'id')).toEqual(['Rina Lestari']);
  });
});

describe('where the speaker works, and lists inside a role', () => {
  it('Indonesian: "kata anggota Tim Peneliti X dari Universitas Y, Nama, seusai …"', () => {
    const text = 'Alat itu diuji. ”Ada seribu subyek yang akan dilibatkan,” kata anggota Tim Peneliti SmartNose dari Universitas Sukamaju, Dewi Lestari, seusai rapat.';
    expect(who(text, 'id')).toEqual(['Dewi Lestari']);
  });
  it('English: "said a researcher from Leeds University, Ann Lee, after the talk"', () => {
    expect(who('The device was tested. "A thousand people will take part," said a researcher from Leeds University, Ann Lee, after the talk.', 'en')).toEqual(['Ann Lee']);
  });
  it('Indonesian: "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Nama"', () => {
    const text = 'Rapat digelar. ”Kegiatan yang menimbulkan kerumunan dilarang,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Santoso dalam konferensi pers.';
    expect(who(text, 'id')).toEqual(['Budi Santoso']);
  });
  it('English: "Secretary of State for Environment, Food and Rural Affairs Ann Lee"', () => {
    expect(who('Floods hit. "We are ready," said the Secretary of State for Environment, Food and Rural Affairs Ann Lee on Monday.', 'en')).toEqual(['Ann Lee']);
  });
});

describe('a place or web address after the name is not the speaker', () => {
  it('"ujar Imam di Warta.id, Kamis" → Imam; "ujar Rudi di Jakarta" → Rudi', () => {
    expect(who('Pelajar turun ke jalan. ”Tanpa pemahaman, aksi itu akan ompong,” ujar Imam di Warta.id, Kamis (3/10/2019).', 'id')).toEqual(['Imam']);
    expect(who('Pelajar turun ke jalan. ”Tanpa pemahaman, aksi itu akan ompong,” ujar Rudi di Jakarta, Kamis (3/10/2019).', 'id')).toEqual(['Rudi']);
  });
});

describe('a role with a demonstrative, and initials', () => {
  it('"tutur mantan Kapolda X ini" is the person spoken of, else the role itself; a body with a demonstrative is nobody', () => {
    const opening = 'Kelompok itu terlibat dalam teror. ”Mereka jangan menyerang warga,” tutur mantan Kapolda Sumatera Tengah ini. Ia meminta warga tenang.';
    expect(who(opening, 'id')).toEqual(['Mantan Kapolda Sumatera Tengah']);
    const named = 'Kapolda Rudi Hartono datang ke lokasi. ”Mereka jangan menyerang warga,” tutur mantan Kapolda Sumatera Tengah ini.';
    expect(who(named, 'id')).toEqual(['Rudi Hartono']);
    expect(who('Namun, Biro Statistik masih menghitung ulang. ”Hasilnya keluar Jumat,” kata lembaga itu.', 'id')).toEqual([undefined]);
  });
  it('a title alone stops at a bracket citing where it was said: "kata Presiden (Warta, 11/11/2017)"', () => {
    const text = 'Pesawat itu diberi nama tokoh. ”Kita tak usah ribut, yang penting kerja,” kata Presiden (Warta, 11/11/2017). Pesawat itu siap terbang.';
    expect(who(text, 'id')).toEqual(['Presiden']);
  });
  it('initials alone are no name: "tutur Sultan AB X yang juga raja" is the sultan, not "X"', () => {
    const [speaker] = who('Warga berkumpul. ”Itu sudah direncanakan sebelumnya,” tutur Sultan AB X yang juga raja.', 'id');
    expect(speaker).toMatch(/^Sultan/);
  });
});
