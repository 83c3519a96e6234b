// Dates: each form of issue 3 item 3 on the shared articles (copied verbatim into fixtures), on
// written fixtures, and on single sentences for the rules chrono-node lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/extract/dates/index.js';
import { formatDate } from '../src/render/dates.js';
import { parseArticle } from '../src/load/article.js';
import type { Article, Language } from '../src/types.js';

const fixture = (name: string): Article =>
  parseArticle(name, readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8'));
const shown = (a: Article): string[] => extractDates(a).map((d) => `¶${d.paragraph} ${d.kind} ${formatDate(d)}`);
/** Dates of one paragraph published on a given day. */
const of = (text: string, publishedAt = '2024-11-02', language: Language = 'id'): string[] =>
  extractDates(parseArticle('t', text, { publishedAt, language })).map(formatDate);

describe('extractDates on the shared articles', () => {
  it('Tempo: full dates, "bulan Juni", "tahun lalu" and "Hari ini" against the stated day, "abad lalu", "pekan ini"', () => {
    expect(shown(fixture('tempo-2024-11-02-korut-rusia'))).toEqual([
      '¶1 month bulan Juni (2024-06-01 – 2024-06-30)',
      '¶2 absolute Sabtu, 2 November 2024 (2024-11-02)',
      '¶4 month bulan Juni (2024-06-01 – 2024-06-30)',
      '¶5 absolute Rabu, 19 Juni 2024 (2024-06-19)',
      '¶6 relative tahun lalu (2023-01-01 – 2023-12-31)',
      '¶6 relative Hari ini (2024-06-19)',
      '¶8 century abad lalu (1901-01-01 – 2000-12-31)',
      '¶9 relative pekan ini (2024-06-17 – 2024-06-23)',
      '¶10 absolute Kamis, 20 Juni 2024 (2024-06-20)',
    ]);
  });
  it('Antara: lone day names against the publication date, "5 Agustus", "tahun 2006"; "beberapa waktu lalu" is not a date', () => {
    expect(shown(fixture('antara-2017-08-26-jepang-sanksi-korut'))).toEqual([
      '¶1 weekday Jumat (2017-08-25)',
      '¶3 weekday Rabu (2017-08-23)',
      '¶10 absolute 5 Agustus (2017-08-05)',
      '¶12 year tahun 2006 (2006-01-01 – 2006-12-31)',
    ]);
  });
  it('CNN Indonesia: "tahun ini", "tahun lalu", "Senin (6/3)"', () => {
    expect(shown(fixture('cnnindonesia-2017-03-06-ekonomi-china'))).toEqual([
      '¶1 relative tahun ini (2017-01-01 – 2017-12-31)',
      '¶2 relative tahun lalu (2016-01-01 – 2016-12-31)',
      '¶3 absolute Senin (6/3) (2017-03-06)',
      '¶6 relative Tahun lalu (2016-01-01 – 2016-12-31)',
    ]);
  });
  it('CNN Indonesia: "akhir pekan ini" is the weekend, "Pada Selasa" is the day before the stated Rabu (17/5)', () => {
    expect(shown(fixture('cnnindonesia-2017-05-17-tpp-apec'))).toEqual([
      '¶1 relative akhir pekan ini (2017-05-20 – 2017-05-21)',
      '¶6 absolute Rabu (17/5) (2017-05-17)',
      '¶8 weekday Selasa (2017-05-16)',
    ]);
  });
  it('Rimanews: "Rabu (19/4)" the day after publication, "Senin (17/04/2017)", "nanti hari Rabu" is the coming Wednesday', () => {
    expect(shown(fixture('rimanews-2017-04-18-pilkada-dki'))).toEqual([
      '¶1 absolute Rabu (19/4) (2017-04-19)',
      '¶2 absolute Senin (17/04/2017) (2017-04-17)',
      '¶7 absolute 15 Februari 2017 (2017-02-15)',
      '¶8 weekday hari Rabu (2017-04-19)',
    ]);
  });
});

describe('extractDates on written fixtures', () => {
  it('Indonesian: "Kamis (1/6)", "bulan Januari", "Januari - Mei 2017", "5 Agustus tahun lalu", a day name picking the year', () => {
    expect(shown(fixture('id-quotes-2017-06-02-rapat-dpr'))).toEqual([
      '¶1 absolute Kamis (1/6) (2017-06-01)',
      '¶1 month bulan Januari (2017-01-01 – 2017-01-31)',
      '¶3 range Januari - Mei 2017 (2017-01-01 – 2017-05-31)',
      '¶4 year 2019 (2019-01-01 – 2019-12-31)',
      '¶6 relative tahun lalu (2016-01-01 – 2016-12-31)',
      '¶8 absolute 5 Agustus tahun lalu (2016-08-05)',
      '¶8 absolute Rabu (31/5) (2017-05-31)',
    ]);
  });
  it('English: "Friday", "the 1990s", "yesterday", "last week", "June 19, 2024", "20 June 2024", "last century", "two years ago"', () => {
    expect(shown(fixture('en-dates-2024-06-21-river-flood'))).toEqual([
      '¶1 weekday Friday (2024-06-21)',
      '¶1 range 1990s (1990-01-01 – 1999-12-31)',
      '¶2 relative yesterday (2024-06-20)',
      '¶2 relative last week (2024-06-10 – 2024-06-16)',
      '¶3 absolute Wednesday, June 19, 2024 (2024-06-19)',
      '¶3 absolute 20 June 2024 (2024-06-20)',
      '¶4 year 2015 (2015-01-01 – 2015-12-31)',
      '¶4 century last century (1901-01-01 – 2000-12-31)',
      '¶5 range January to May 2017 (2017-01-01 – 2017-05-31)',
      '¶5 relative two years ago (2022-01-01 – 2022-12-31)',
      '¶5 relative next week (2024-06-24 – 2024-06-30)',
    ]);
  });
});

describe('date rules', () => {
  it('day/month in brackets: the year where the day name fits; spaces inside; a year of two digits', () => {
    expect(of('Rapat digelar Kamis (24/8) di Jakarta.', '2017-08-26')).toEqual(['Kamis (24/8) (2017-08-24)']);
    expect(of('Juara diumumkan Kamis (8/ 9) sore.', '2005-09-10')).toEqual(['Kamis (8/ 9) (2005-09-08)']);
    expect(of('Sidang dibuka Senin (17/04/17).', '2017-04-18')).toEqual(['Senin (17/04/17) (2017-04-17)']);
  });
  it('a bare d/m needs a cue word: "pada 1/6" is a date, "2/3 anggota" is not', () => {
    expect(of('Aturan berlaku pada 1/6 mendatang.', '2017-05-20')).toEqual(['1/6 (2017-06-01)']);
    expect(of('Sebanyak 2/3 anggota hadir.', '2017-05-20')).toEqual([]);
  });
  it('a day and month without a year: nearest the reference, the past preferred, "lalu" forcing it', () => {
    expect(of('Ia wafat 4 Januari lalu.', '2005-08-20')).toEqual(['4 Januari (2005-01-04)']);
    expect(of('Ia wafat 4 Januari.', '2005-08-20')).toEqual(['4 Januari (2005-01-04)']);
    expect(of('Pemilu digelar 3 Januari.', '2005-12-28')).toEqual(['3 Januari (2006-01-03)']);
  });
  it('years: "tahun 2006", "2015", "akhir 2007", "tahun 971"; quantities and money are not years', () => {
    expect(of('Sanksi berlaku sejak tahun 2006 dan target 2015.')).toEqual(['tahun 2006 (2006-01-01 – 2006-12-31)', '2015 (2015-01-01 – 2015-12-31)']);
    expect(of('Impor dihentikan akhir 2007.')).toEqual(['akhir 2007 (2007-01-01 – 2007-12-31)']);
    expect(of('Universitas itu berdiri tahun 971.')).toEqual(['tahun 971 (0971-01-01 – 0971-12-31)']);
    expect(of('Sebanyak 2015 orang mengungsi dan Rp 2024 dibayar.')).toEqual([]);
  });
  it('ranges and decades: "1514-1530", "20-29 September", "1990-an", "Januari hingga Mei 2017"', () => {
    expect(of('Ia memerintah (1514-1530).')).toEqual(['1514-1530 (1514-01-01 – 1530-12-31)']);
    expect(of('Lomba berlangsung 20-29 September.', '2005-09-15')).toEqual(['20-29 September (2005-09-20 – 2005-09-29)']);
    expect(of('Tren itu muncul tahun 1990-an.')).toEqual(['tahun 1990-an (1990-01-01 – 1999-12-31)']);
    expect(of('Pansus bekerja Januari hingga Mei 2017.')).toEqual(['Januari hingga Mei 2017 (2017-01-01 – 2017-05-31)']);
  });
  it('centuries: "abad ke-20", "abad XXI", "abad lalu", "20th century"', () => {
    expect(of('Perang dunia terjadi pada abad ke-20, bukan abad XXI.')).toEqual([
      'abad ke-20 (1901-01-01 – 2000-12-31)',
      'abad XXI (2001-01-01 – 2100-12-31)',
    ]);
    expect(of('It was the bloodiest war of the 20th century.', '2024-11-02', 'en')).toEqual(['20th century (1901-01-01 – 2000-12-31)']);
  });
  it('relative: "kemarin", "dua tahun lalu", "bulan lalu"; "seribu tahun lalu" and "beberapa tahun lalu" are not "tahun lalu" but spans with no day', () => {
    expect(of('Banjir surut kemarin, dua tahun lalu lebih parah, dan bulan lalu kering.')).toEqual([
      'kemarin (2024-11-01)',
      'dua tahun lalu (2022-01-01 – 2022-12-31)',
      'bulan lalu (2024-10-01 – 2024-10-31)',
    ]);
    expect(of('Seribu tahun lalu dan beberapa tahun lalu.')).toEqual(['Seribu tahun lalu', 'beberapa tahun lalu']);
  });
  it('"Kemarin, Rabu tanggal 19 Oktober 2005" and "Kamis (28/7) kemarin" are one date each', () => {
    expect(of('Kemarin, Rabu tanggal 19 Oktober 2005, ia diadili.', '2005-10-20')).toEqual(['Rabu tanggal 19 Oktober 2005 (2005-10-19)']);
    expect(of('Ia melapor Kamis (28/7) kemarin.', '2005-07-29')).toEqual(['Kamis (28/7) (2005-07-28)']);
  });
  it('a month alone needs "bulan", a cue or a marker; "bulan Juni" after the reference month is last year\'s', () => {
    expect(of('Kesepakatan dibuat bulan Desember.', '2024-11-02')).toEqual(['bulan Desember (2023-12-01 – 2023-12-31)']);
    expect(of('Mei datang ke rumah.', '2024-11-02')).toEqual([]);
    expect(of('Pemilu digelar Juni mendatang.', '2024-11-02')).toEqual(['Juni (2025-06-01 – 2025-06-30)']);
  });
  it('"Oktober ini" is the month of the reference\'s own year, whatever the tense', () => {
    expect(of('Novel itu dijadwalkan rilis Oktober ini.', '2017-03-15')).toEqual(['Oktober (2017-10-01 – 2017-10-31)']);
    expect(of('Novel itu akan dirilis Maret ini.', '2017-05-15')).toEqual(['Maret (2017-03-01 – 2017-03-31)']);
    expect(of('The novel is due out this October.', '2017-03-15', 'en')).toEqual(['October (2017-10-01 – 2017-10-31)']);
  });
  it('English: "last Friday", "June 19-21, 2024", "19 June 2024"; chrono catches other spellings', () => {
    expect(of('The talks ended last Friday.', '2024-11-02', 'en')).toEqual(['Friday (2024-11-01)']);
    expect(of('The summit ran June 19-21, 2024 in Hanoi.', '2024-11-02', 'en')).toEqual(['June 19-21, 2024 (2024-06-19 – 2024-06-21)']);
    expect(of('The treaty was signed on the 19th of June 2024.', '2024-11-02', 'en')).toEqual(['19th of June 2024 (2024-06-19)']);
  });
  it('without any reference date only dates that carry their year are resolved; the others are kept as written', () => {
    expect(extractDates(parseArticle('t', 'Kemarin, pada 19 Juni 2024, dan Jumat.', { language: 'id' })).map(formatDate)).toEqual([
      'Kemarin',
      '19 Juni 2024 (2024-06-19)',
      'Jumat (2024-06-14)',
    ]);
  });
});
