// A day written without its year that the same paragraph writes again with it is said in full: "…
// hari libur setiap tanggal 12 Mei … untuk memperingati … pada 12 Mei 1821" answers "Kapan …?" with
// "12 Mei 1821". A day the passage never writes with a year stays as written. Passages and
// questions are written for these tests (invented places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a day written again with its year', () => {
  it('is said with its year (Indonesian)', () => {
    const text =
      'Hari Kemerdekaan Parangsari adalah hari libur nasional setiap tanggal 12 Mei di Parangsari untuk memperingati disahkannya Piagam Kemerdekaan oleh Dewan Rakyat pada 12 Mei 1821.';
    const a = ask(text, 'Kapan hari kemerdekaan Parangsari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('12 Mei 1821');
  });

  it('is said with its year (English)', () => {
    const text = 'Charter Day in Varden is a public holiday held every year on 12 May to mark the signing of the Varden Charter by the town council on 12 May 1821.';
    const a = ask(text, 'When is Charter Day in Varden?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('12 May 1821');
  });

  it('stays as written when the passage gives no year', () => {
    const text = 'Hari Buruh Parangsari diperingati setiap tanggal 12 Mei dengan pawai para pekerja pelabuhan di pusat kota.';
    const a = ask(text, 'Kapan Hari Buruh Parangsari diperingati?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('12 Mei');
  });
});
