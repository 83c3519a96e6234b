// Where a short answer begins and ends: a ruler's title stays with a name of one word ("Kaisar
// Lorem", never "Lorem" alone) but not with a full name; a place told by its side ("di bagian
// selatan Pulau Lorem", "in north Lorem") is answered with that side. Passages and questions are
// written for these tests (invented places and people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { askText as ask } from './helpers/articles.js';

describe('a ruler’s title in a short answer', () => {
  it('stays before a name of one word', () => {
    const a = ask('Wangsa Seruni memerintah selama tiga abad. Penguasa yang paling lama bertakhta adalah Kaisar Darmo, yang memerintah 52 tahun.', 'Siapa kaisar yang paling lama bertakhta?', 'id');
    expect(a.value).toBe('Kaisar Darmo');
  });

  it('stays when the title opens the sentence', () => {
    const a = ask('Ratu Kencana merupakan ratu terakhir Keratuan Tirtamaya. Keratuan itu runtuh pada abad ke-17.', 'Siapa ratu terakhir Keratuan Tirtamaya?', 'id');
    expect(a.value).toBe('Ratu Kencana');
  });

  it('is left out before a full name', () => {
    const a = ask('Kerajaan Tirtamaya didirikan oleh Raja Surya Dharmawangsa pada abad ke-9.', 'Siapa pendiri Kerajaan Tirtamaya?', 'id');
    expect(a.value).toBe('Surya Dharmawangsa');
  });
});

describe('a place told by its side', () => {
  it('answers with the side of the place (Indonesian)', () => {
    const a = ask('Desa Karangjati adalah sebuah desa kecil. Desa Karangjati terletak di bagian selatan Pulau Seruni.', 'Di mana letak Desa Karangjati?', 'id');
    expect(a.value).toBe('bagian selatan Pulau Seruni');
    const b = ask('Gunung Walang berada di sebelah timur laut Kota Parangsari.', 'Di mana letak Gunung Walang?', 'id');
    expect(b.value).toBe('sebelah timur laut Kota Parangsari');
  });

  it('answers with the side of the place (English)', () => {
    const a = ask('The old mill was built in 1820. The mill stands in north Varden, beside the river.', 'Where does the mill stand?', 'en');
    expect(a.value).toBe('north Varden');
  });

  it('keeps a place without a side as it is', () => {
    const a = ask('Desa Karangjati terletak di Pulau Seruni.', 'Di mana letak Desa Karangjati?', 'id');
    expect(a.value).toBe('Pulau Seruni');
  });
});

describe('"Siapakah <name>?" / "Who is <name>?" asked of a name alone', () => {
  it('answers who they are, as the sentence naming them says it (Indonesian)', () => {
    const text = 'Lestari Wulandari (lahir 1961) adalah seorang pelukis dan pematung asal Parangsari. Karyanya dipamerkan di banyak kota.';
    const a = ask(text, 'Siapakah Lestari Wulandari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('pelukis dan pematung asal Parangsari');
    expect(a.citations[0]?.highlights).toContain('pelukis dan pematung asal Parangsari');
  });

  it('answers who they are (English)', () => {
    const a = ask('Arlen Whitcombe is a British bridge engineer. He designed the Kingsway crossing.', 'Who is Arlen Whitcombe?', 'en');
    expect(a.value).toBe('British bridge engineer');
  });

  it('does not take a sentence about something else for the description', () => {
    const text = 'Festival itu dibuka oleh Lestari Wulandari. Festival Parangsari adalah acara seni tahunan terbesar di kota itu.';
    const a = ask(text, 'Siapakah Lestari Wulandari?', 'id');
    expect(a.value).not.toContain('acara seni');
  });
});

describe('a date whose year has three digits', () => {
  it('keeps the year in a life span in brackets', () => {
    const text = 'Ratu Sekar Wangi (12 Maret 640 – 3 Mei 702) memerintah Kerajaan Tirtamaya selama dua puluh tahun.';
    expect(ask(text, 'Kapan Ratu Sekar Wangi lahir?', 'id').value).toBe('12 Maret 640');
    expect(ask(text, 'Kapan Ratu Sekar Wangi meninggal?', 'id').value).toBe('3 Mei 702');
  });

  it('does not read a count after a date as its year', () => {
    const a = ask('Pada 12 Juni 300 orang berkumpul di alun-alun Parangsari.', 'Kapan orang berkumpul di alun-alun Parangsari?', 'id');
    expect(a.value).toBe('12 Juni');
  });
});
