// The date rules of extract/dates/rules.ts, one by one, in Indonesian and English (sentences written
// for these tests): which rule reads a date, the text it takes, the short answer it gives, and where
// it lies on the calendar. Then the rules around them: names that hold a day name or a year, tense,
// "the same year", and dates an undated article gives nothing to place by.
import { describe, expect, it } from 'vitest';
import { dateFinds, extractDates } from '../src/extract/dates/index.js';
import { dateRules } from '../src/extract/dates/rules.js';
import { parseArticle } from '../src/load/article.js';
import { formatDate } from '../src/render/dates.js';
import type { Language } from '../src/types.js';

interface Case {
  readonly rule: string;
  readonly lang: Language;
  readonly sentence: string;
  /** The mention's text, its short answer, and where it lies (formatDate), published on 2024-11-02. */
  readonly text: string;
  readonly short: string;
  readonly shown: string;
}

const cases: readonly Case[] = [
  { rule: 'day-range-cross-month', lang: 'id', sentence: 'Pameran buku digelar 30 April - 2 Mei 2020 di Lorem.', text: '30 April - 2 Mei 2020', short: '30 April - 2 Mei 2020', shown: '30 April - 2 Mei 2020 (2020-04-30 – 2020-05-02)' },
  { rule: 'day-range-cross-month', lang: 'en', sentence: 'The fair ran from 30 April to 2 May 2020 in Ipsum.', text: '30 April to 2 May 2020', short: '30 April to 2 May 2020', shown: '30 April to 2 May 2020 (2020-04-30 – 2020-05-02)' },
  { rule: 'day-range', lang: 'id', sentence: 'Festival itu berlangsung tanggal 20-29 September 2019.', text: 'tanggal 20-29 September 2019', short: '20-29 September 2019', shown: 'tanggal 20-29 September 2019 (2019-09-20 – 2019-09-29)' },
  { rule: 'day-range', lang: 'en', sentence: 'The games were held 6-14 July 2011 in the capital.', text: '6-14 July 2011', short: '6-14 July 2011', shown: '6-14 July 2011 (2011-07-06 – 2011-07-14)' },
  { rule: 'day-range-month-first', lang: 'id', sentence: 'Pameran itu digelar Agustus 3-5, 2022 di Bandung.', text: 'Agustus 3-5, 2022', short: 'Agustus 3-5, 2022', shown: 'Agustus 3-5, 2022 (2022-08-03 – 2022-08-05)' },
  { rule: 'day-range-month-first', lang: 'en', sentence: 'The summit ran June 19-21, 2024 in Hanoi.', text: 'June 19-21, 2024', short: 'June 19-21, 2024', shown: 'June 19-21, 2024 (2024-06-19 – 2024-06-21)' },
  { rule: 'day-month-year', lang: 'id', sentence: 'Rapat digelar Selasa, 3 Maret 2020 di gedung dewan.', text: 'Selasa, 3 Maret 2020', short: '3 Maret 2020', shown: 'Selasa, 3 Maret 2020 (2020-03-03)' },
  { rule: 'day-month-year', lang: 'en', sentence: 'The treaty was signed on Wednesday, 19 June 2024.', text: 'Wednesday, 19 June 2024', short: '19 June 2024', shown: 'Wednesday, 19 June 2024 (2024-06-19)' },
  { rule: 'month-day-year', lang: 'id', sentence: 'Surat itu ditandatangani Oktober 5, 2019 oleh bupati.', text: 'Oktober 5, 2019', short: 'Oktober 5, 2019', shown: 'Oktober 5, 2019 (2019-10-05)' },
  { rule: 'month-day-year', lang: 'en', sentence: 'The mayor declared an emergency on Tuesday, March 3, 2021.', text: 'Tuesday, March 3, 2021', short: 'March 3, 2021', shown: 'Tuesday, March 3, 2021 (2021-03-03)' },
  { rule: 'numeric-in-brackets', lang: 'id', sentence: 'Menteri meresmikan pelabuhan baru, Rabu (30/10).', text: 'Rabu (30/10)', short: '30/10', shown: 'Rabu (30/10) (2024-10-30)' },
  { rule: 'numeric-in-brackets', lang: 'en', sentence: 'The council met on Wednesday (10/30) to vote.', text: 'Wednesday (10/30)', short: '10/30', shown: 'Wednesday (10/30) (2024-10-30)' },
  { rule: 'numeric-with-year', lang: 'id', sentence: 'Surat itu bertanggal 09/03/2020.', text: '09/03/2020', short: '09/03/2020', shown: '09/03/2020 (2020-03-09)' },
  { rule: 'numeric-with-year', lang: 'en', sentence: 'The letter is dated 03/19/2020.', text: '03/19/2020', short: '03/19/2020', shown: '03/19/2020 (2020-03-19)' },
  { rule: 'iso', lang: 'id', sentence: 'Data itu diperbarui 2021-07-14 oleh dinas.', text: '2021-07-14', short: '2021-07-14', shown: '2021-07-14 (2021-07-14)' },
  { rule: 'iso', lang: 'en', sentence: 'The file was updated on 2021-07-14.', text: '2021-07-14', short: '2021-07-14', shown: '2021-07-14 (2021-07-14)' },
  { rule: 'numeric-after-cue', lang: 'id', sentence: 'Aturan itu berlaku sejak 1/6 lalu.', text: '1/6', short: '1/6', shown: '1/6 (2024-06-01)' },
  { rule: 'numeric-after-cue', lang: 'en', sentence: 'The rule has applied since 6/14.', text: '6/14', short: '6/14', shown: '6/14 (2024-06-14)' },
  { rule: 'month-range', lang: 'id', sentence: 'Pansus bekerja awal Januari hingga Mei 2017.', text: 'awal Januari hingga Mei 2017', short: 'awal Januari hingga Mei 2017', shown: 'awal Januari hingga Mei 2017 (2017-01-01 – 2017-05-31)' },
  { rule: 'month-range', lang: 'en', sentence: 'The inquiry ran from March to July 2019.', text: 'March to July 2019', short: 'March to July 2019', shown: 'March to July 2019 (2019-03-01 – 2019-07-31)' },
  { rule: 'hijri-day', lang: 'id', sentence: 'Ia wafat pada tanggal 13 Shafar 303 Hijriah di Damaskus.', text: 'tanggal 13 Shafar 303 Hijriah', short: '13 Shafar 303 Hijriah', shown: 'tanggal 13 Shafar 303 Hijriah (0915-09-02)' },
  { rule: 'hijri-day', lang: 'en', sentence: 'He died in Cairo on 1 Ramadan 732 AH.', text: '1 Ramadan 732 AH', short: '1 Ramadan 732 AH', shown: '1 Ramadan 732 AH (1332-06-04)' },
  { rule: 'month', lang: 'id', sentence: 'Kesepakatan itu dibuat bulan Desember.', text: 'bulan Desember', short: 'Desember', shown: 'bulan Desember (2023-12-01 – 2023-12-31)' },
  { rule: 'month', lang: 'en', sentence: 'The plant closed in late July 2015.', text: 'late July 2015', short: 'late July 2015', shown: 'late July 2015 (2015-07-01 – 2015-07-31)' },
  { rule: 'year-range', lang: 'id', sentence: 'Ia memimpin kerajaan itu dari tahun 1514 hingga 1530.', text: 'tahun 1514 hingga 1530', short: 'tahun 1514 hingga 1530', shown: 'tahun 1514 hingga 1530 (1514-01-01 – 1530-12-31)' },
  { rule: 'year-range', lang: 'en', sentence: 'She led the party (1981-1985) through two elections.', text: '1981-1985', short: '1981-1985', shown: '1981-1985 (1981-01-01 – 1985-12-31)' },
  { rule: 'year-range-era', lang: 'id', sentence: 'Filsuf itu hidup (410 SM – 352 SM) di Athena.', text: '410 SM – 352 SM', short: '410 SM – 352 SM', shown: '410 SM – 352 SM (-0409-01-01 – -0351-12-31)' },
  { rule: 'year-range-era', lang: 'en', sentence: 'The general (120 BC – 61 BC) reformed the calendar.', text: '120 BC – 61 BC', short: '120 BC – 61 BC', shown: '120 BC – 61 BC (-0119-01-01 – -0060-12-31)' },
  { rule: 'year-hijri', lang: 'id', sentence: 'Ulama itu lahir pada tahun 532 H di Lirang.', text: 'tahun 532 H', short: 'tahun 532 H', shown: 'tahun 532 H (1137-01-01 – 1138-12-31)' },
  { rule: 'year-hijri', lang: 'en', sentence: 'The scholar was born in 648 AH or 1250 AD in Lirang.', text: '648 AH or 1250 AD', short: '648 AH or 1250 AD', shown: '648 AH or 1250 AD (1250-01-01 – 1250-12-31)' },
  { rule: 'year-era', lang: 'id', sentence: 'Kerajaan itu didirikan tahun 41 SM oleh raja pertamanya.', text: 'tahun 41 SM', short: 'tahun 41 SM', shown: 'tahun 41 SM (-0040-01-01 – -0040-12-31)' },
  { rule: 'year-era', lang: 'en', sentence: 'The first games were held in 740 BC.', text: '740 BC', short: '740 BC', shown: '740 BC (-0739-01-01 – -0739-12-31)' },
  { rule: 'decade', lang: 'id', sentence: 'Tren itu muncul pada akhir tahun 1990-an.', text: 'akhir tahun 1990-an', short: 'akhir tahun 1990-an', shown: 'akhir tahun 1990-an (1990-01-01 – 1999-12-31)' },
  { rule: 'decade', lang: 'en', sentence: 'The style spread in the 1880s.', text: '1880s', short: '1880s', shown: '1880s (1880-01-01 – 1889-12-31)' },
  { rule: 'year', lang: 'id', sentence: 'Sekolah itu berdiri tahun 2006.', text: 'tahun 2006', short: 'tahun 2006', shown: 'tahun 2006 (2006-01-01 – 2006-12-31)' },
  { rule: 'year', lang: 'en', sentence: 'The bridge was opened in 1991.', text: '1991', short: '1991', shown: '1991 (1991-01-01 – 1991-12-31)' },
  { rule: 'century-number-after', lang: 'id', sentence: 'Candi itu dibangun pada pertengahan abad ke-9.', text: 'pertengahan abad ke-9', short: 'pertengahan abad ke-9', shown: 'pertengahan abad ke-9 (0801-01-01 – 0900-12-31)' },
  { rule: 'century-number-after', lang: 'en', sentence: 'The chapel dates from century XII, the guide said.', text: 'century XII', short: 'century XII', shown: 'century XII (1101-01-01 – 1200-12-31)' },
  { rule: 'year-alternatives', lang: 'id', sentence: 'Pertapa itu wafat mungkin sekitar 230 atau 231.', text: 'sekitar 230 atau 231', short: '230 atau 231', shown: 'sekitar 230 atau 231 (0230-01-01 – 0231-12-31)' },
  { rule: 'year-alternatives', lang: 'en', sentence: 'The hermit died in 1230 or 1231, the chronicle says.', text: '1230 or 1231', short: '1230 or 1231', shown: '1230 or 1231 (1230-01-01 – 1231-12-31)' },
  { rule: 'year-to-day-range', lang: 'id', sentence: 'Pangeran Lorem (Jawa: Lorem; 812 – 14 Maret 870) memerintah lembah itu.', text: '812 – 14 Maret 870', short: '812 – 14 Maret 870', shown: '812 – 14 Maret 870 (0812-01-01 – 0870-12-31)' },
  { rule: 'year-to-day-range', lang: 'en', sentence: 'The printer Jean Lorem (Latin: Ioannes; 1503 – 7 September 1559) worked in Ipsum.', text: '1503 – 7 September 1559', short: '1503 – 7 September 1559', shown: '1503 – 7 September 1559 (1503-01-01 – 1559-12-31)' },
  { rule: 'century-ordinal', lang: 'id', sentence: 'Ajaran itu muncul pada pertengahan abad pertama Masehi.', text: 'pertengahan abad pertama Masehi', short: 'pertengahan abad pertama Masehi', shown: 'pertengahan abad pertama Masehi (0001-01-01 – 0100-12-31)' },
  { rule: 'century-ordinal', lang: 'en', sentence: 'The temple was built in the first century BC.', text: 'first century BC', short: 'first century BC', shown: 'first century BC (-0099-01-01 – 0000-12-31)' },
  { rule: 'century-number-before', lang: 'id', sentence: 'Gaya itu lahir di 19th century, tulis pengarangnya.', text: '19th century', short: '19th century', shown: '19th century (1801-01-01 – 1900-12-31)' },
  { rule: 'century-number-before', lang: 'en', sentence: 'It was the bloodiest war of the 20th century.', text: '20th century', short: '20th century', shown: '20th century (1901-01-01 – 2000-12-31)' },
  { rule: 'units-ago', lang: 'id', sentence: 'Banjir besar melanda kota itu dua tahun lalu.', text: 'dua tahun lalu', short: 'dua tahun lalu', shown: 'dua tahun lalu (2022-01-01 – 2022-12-31)' },
  { rule: 'units-ago', lang: 'en', sentence: 'The dam broke three days ago.', text: 'three days ago', short: 'three days ago', shown: 'three days ago (2024-10-30)' },
  { rule: 'units-ahead', lang: 'id', sentence: 'Jembatan itu dibuka dua pekan lagi.', text: 'dua pekan lagi', short: 'dua pekan lagi', shown: 'dua pekan lagi (2024-11-11 – 2024-11-17)' },
  { rule: 'units-ahead', lang: 'en', sentence: 'The bridge opens three days from now.', text: 'three days from now', short: 'three days from now', shown: 'three days from now (2024-11-05)' },
  { rule: 'vague-units', lang: 'id', sentence: 'Pabrik itu dibangun dalam beberapa bulan ke depan.', text: 'beberapa bulan ke depan', short: 'beberapa bulan ke depan', shown: 'beberapa bulan ke depan' },
  { rule: 'vague-units', lang: 'en', sentence: 'Prices have doubled in recent years.', text: 'recent years', short: 'recent years', shown: 'recent years' },
  { rule: 'season', lang: 'id', sentence: 'Sawah itu ditanami pada musim hujan mendatang.', text: 'musim hujan mendatang', short: 'musim hujan mendatang', shown: 'musim hujan mendatang' },
  { rule: 'season', lang: 'en', sentence: 'The ferry will return next summer.', text: 'next summer', short: 'next summer', shown: 'next summer' },
  { rule: 'relative', lang: 'id', sentence: 'Air sungai surut kemarin.', text: 'kemarin', short: 'kemarin', shown: 'kemarin (2024-11-01)' },
  { rule: 'relative', lang: 'en', sentence: 'The talks resume next week.', text: 'next week', short: 'next week', shown: 'next week (2024-11-04 – 2024-11-10)' },
  { rule: 'weekday', lang: 'id', sentence: 'Rapat itu digelar hari Rabu.', text: 'hari Rabu', short: 'Rabu', shown: 'hari Rabu (2024-10-30)' },
  { rule: 'weekday', lang: 'en', sentence: 'The talks ended on Friday.', text: 'Friday', short: 'Friday', shown: 'Friday (2024-11-01)' },
  { rule: 'chrono', lang: 'en', sentence: 'The treaty was signed on the 19th of June 2024.', text: '19th of June 2024', short: '19th of June 2024', shown: '19th of June 2024 (2024-06-19)' },
];

const article = (text: string, lang: Language, publishedAt?: string) =>
  parseArticle('t', `${text}\n`, { language: lang, ...(publishedAt !== undefined && { publishedAt }) });
/** The mentions of a text, shown as written and placed. */
const shown = (text: string, lang: Language, publishedAt?: string): string[] => extractDates(article(text, lang, publishedAt)).map(formatDate);

describe('each rule of the table, in both languages', () => {
  it.each(cases)('$rule ($lang): $sentence', (c) => {
    expect(dateFinds(c.sentence, c.lang)).toEqual([{ rule: c.rule, text: c.text, short: c.short }]);
    const [mention] = extractDates(article(c.sentence, c.lang, '2024-11-02'));
    expect(mention && formatDate(mention)).toBe(c.shown);
    expect(mention?.short.text).toBe(c.short);
  });

  it('every rule of the table has a case in Indonesian and in English', () => {
    for (const { name } of dateRules) {
      expect(cases.filter((c) => c.rule === name).map((c) => c.lang).sort(), name).toEqual(['en', 'id']);
    }
  });
});

describe('what looks like a date and is not', () => {
  it('a day name or a relative word inside a name: "Pasar Minggu", "salat Jumat", "Black Friday", "USA Today"', () => {
    expect(dateFinds('Warga Pasar Minggu antre sejak pagi, lalu salat Jumat di masjid.', 'id')).toEqual([]);
    expect(dateFinds('Shops on Main Street opened early for Black Friday.', 'en')).toEqual([]);
    // A relative word inside a name is the name's: "USA Today", "Warta Hari Ini".
    expect(dateFinds('The survey appeared in USA Today and in Warta Hari Ini.', 'en')).toEqual([]);
    expect(dateFinds('Survei itu dimuat Warta Hari Ini. Hari ini hasilnya dibahas.', 'id').map((f) => f.text)).toEqual(['Hari ini']);
    // The same day names are dates elsewhere in the sentence.
    expect(dateFinds('Warga Pasar Minggu antre sejak Minggu.', 'id').map((f) => f.text)).toEqual(['Minggu']);
  });
  it('amounts and codes: "Rp 2024", "2015 orang", "Nomor 5 Tahun 1957", "flight 1990", "10.000 tahun lalu"', () => {
    expect(dateFinds('Sebanyak 2015 orang mengungsi dan Rp 2024 dibayar sesuai UU Nomor 5 Tahun 1957.', 'id')).toEqual([]);
    expect(dateFinds('Flight 1990 carried 2015 people.', 'en')).toEqual([]);
    expect(dateFinds('Perahu itu dibuat sekitar 10.000 tahun lalu.', 'id')).toEqual([]);
  });
  it('"sekitar 2000 orang" is an amount, "sekitar tahun 1680" a year', () => {
    expect(dateFinds('Kerajaan itu runtuh sekitar tahun 1680, ketika sekitar 2000 orang mengungsi.', 'id').map((f) => f.text)).toEqual(['tahun 1680']);
    expect(dateFinds('The kingdom fell around the year 1680, when about 2000 people fled.', 'en').map((f) => f.text)).toEqual(['year 1680']);
  });
  it('a year inside a name is read, but as a weaker date than a year the sentence gives', () => {
    const [named, plain] = extractDates(article('Ia menerima Ipsum Award 2005 atas penelitian tahun 2000.', 'id'));
    const [namedEn, plainEn] = extractDates(article('She won the Ipsum Prize 2005 for work done in 2000.', 'en'));
    for (const [n, p] of [[named, plain], [namedEn, plainEn]]) {
      expect(n!.strength).toBeLessThan(p!.strength);
    }
    expect([named!.short.text, plain!.short.text, namedEn!.short.text, plainEn!.short.text]).toEqual(['2005', 'tahun 2000', '2005', '2000']);
  });
  it('a year of the other era, and years before 1000 in brackets of their own; not money, metres or a score', () => {
    expect(shown('Dinasti itu berkuasa (206 SM - 214) dan runtuh pada tahun 214 M.', 'id')).toEqual([
      '206 SM - 214 (-0205-01-01 – 0214-12-31)',
      'tahun 214 M (0214-01-01 – 0214-12-31)',
    ]);
    expect(shown('The emperor (412–467) was born in the south.', 'en')).toEqual(['412–467 (0412-01-01 – 0467-12-31)']);
    expect(shown('Naskah itu ditulis pada tahun 820 sebelum masehi.', 'id')).toEqual(['tahun 820 sebelum masehi (-0819-01-01 – -0819-12-31)']);
    expect(dateFinds('Anggaran Rp 500 M disetujui, 500 M lainnya ditolak, tembok setinggi 300 m, skor (2-3).', 'id')).toEqual([]);
    expect(dateFinds('The wall is 300 m high and the score was (2-3).', 'en')).toEqual([]);
  });
  it('"in about 1300" is a year, "a crowd of about 1500" an amount', () => {
    expect(dateFinds('The abbey was founded in about 1150 by monks.', 'en').map((f) => f.text)).toEqual(['1150']);
    expect(dateFinds('A crowd of about 1500 gathered and some 1200 left.', 'en')).toEqual([]);
    expect(dateFinds('Sekitar 1500 warga mengungsi.', 'id')).toEqual([]);
  });
  it('"between 1950 and 1975" is one span with two ends; two years joined by "and" alone stay two', () => {
    expect(dateFinds('The mill ran between 1950 and 1975, its owners said.', 'en')).toEqual([
      { rule: 'year-range', text: 'between 1950 and 1975', short: 'between 1950 and 1975' },
    ]);
    const [span] = extractDates(article('The mill ran between 1950 and 1975.', 'en'));
    expect(span?.ends?.map((e) => e.text)).toEqual(['1950', '1975']);
    expect(formatDate(span!)).toBe('between 1950 and 1975 (1950-01-01 – 1975-12-31)');
    expect(dateFinds('Floods struck in 1998 and 2004.', 'en').map((f) => f.text)).toEqual(['1998', '2004']);
  });
  it('"the last weekend of September", "the first week of June 2025": a part of a month is quoted whole, within its month', () => {
    expect(dateFinds('The fair is held on the last weekend of September.', 'en')).toEqual([
      { rule: 'month', text: 'last weekend of September', short: 'last weekend of September' },
    ]);
    expect(shown('The vote is set for the first week of June 2025.', 'en')).toEqual(['first week of June 2025 (2025-06-01 – 2025-06-30)']);
    // Without a month it stays a relative week.
    expect(dateFinds('Prices rose last week.', 'en').map((f) => f.rule)).toEqual(['relative']);
  });
  it('a season is one span without ends; a span of years has two', () => {
    const [season, span] = extractDates(article('Liga itu dimulai musim 1961/62 dan bertahan 1961-1990.', 'id'));
    expect(season?.ends).toBeUndefined();
    expect(span?.ends?.map((e) => e.text)).toEqual(['1961', '1990']);
    const [life] = extractDates(article('The painter (1901-1968) lived by the sea.', 'en'));
    expect(life?.ends?.map((e) => e.text)).toEqual(['1901', '1968']);
  });
});

describe('tense: a date without a year leans the way its clause is said', () => {
  // Published on Wednesday 12 March 2025.
  const on = '2025-03-12';
  it('a month: "akan dimulai pada Juni" / "would start in June" is June of this year; said in the past, of the last', () => {
    expect(shown('Pembangunan jalan akan dimulai pada Juni.', 'id', on)).toEqual(['Juni (2025-06-01 – 2025-06-30)']);
    expect(shown('Pembangunan jalan dimulai pada Juni.', 'id', on)).toEqual(['Juni (2024-06-01 – 2024-06-30)']);
    expect(shown('The mayor said the work would start in June.', 'en', on)).toEqual(['June (2025-06-01 – 2025-06-30)']);
    expect(shown('The work started in June.', 'en', on)).toEqual(['June (2024-06-01 – 2024-06-30)']);
  });
  it('a modal says the future too: "could rise in June", "diperkirakan naik pada Juni"', () => {
    expect(shown('The governor warned that rates could rise in June.', 'en', on)).toEqual(['June (2025-06-01 – 2025-06-30)']);
    expect(shown('Harga beras diperkirakan naik pada Juni.', 'id', on)).toEqual(['Juni (2025-06-01 – 2025-06-30)']);
  });
  it('a day name: the coming one for a future, the last one otherwise', () => {
    expect(shown('Presiden akan berkunjung ke pabrik itu Jumat.', 'id', on)).toEqual(['Jumat (2025-03-14)']);
    expect(shown('Presiden berkunjung ke pabrik itu Jumat.', 'id', on)).toEqual(['Jumat (2025-03-07)']);
    expect(shown('The minister will visit the plant on Friday.', 'en', on)).toEqual(['Friday (2025-03-14)']);
    expect(shown('The minister visited the plant on Friday.', 'en', on)).toEqual(['Friday (2025-03-07)']);
  });
  it('a day and month: a future one already past this year is next year\'s', () => {
    expect(shown('Pemilu akan digelar 5 Maret.', 'id', on)).toEqual(['5 Maret (2026-03-05)']);
    expect(shown('Pemilu digelar 5 Maret.', 'id', on)).toEqual(['5 Maret (2025-03-05)']);
    expect(shown('The vote will be held on March 5.', 'en', on)).toEqual(['March 5 (2026-03-05)']);
    expect(shown('The vote was held on March 5.', 'en', on)).toEqual(['March 5 (2025-03-05)']);
  });
  it('the reporting clause gives the tense of its own date: "akan …, kata juru bicara, Jumat"', () => {
    expect(shown('Jepang akan menjatuhkan sanksi baru, kata juru bicara pemerintah, Jumat.', 'id', on)).toEqual(['Jumat (2025-03-07)']);
    expect(shown('Japan will impose new sanctions, a spokesman said on Friday.', 'en', on)).toEqual(['Friday (2025-03-07)']);
  });
  it('a marker next to the date outweighs the tense: "akan … Juni lalu"', () => {
    expect(shown('Hasil audit Juni lalu akan diumumkan.', 'id', on)).toEqual(['Juni (2024-06-01 – 2024-06-30)']);
    expect(shown('The audit of last June will be published.', 'en', on)).toEqual(['June (2024-06-01 – 2024-06-30)']);
  });
});

describe('the year last named', () => {
  it('"September tahun yang sama" / "September of the same year" take the year named before', () => {
    expect(shown('Buku itu terbit pada 1998. Penulisnya dipecat pada September tahun yang sama.', 'id')).toEqual([
      '1998 (1998-01-01 – 1998-12-31)',
      'September tahun yang sama (1998-09-01 – 1998-09-30)',
    ]);
    expect(shown('The book came out in 1998. Its author was dismissed in September of the same year.', 'en')).toEqual([
      '1998 (1998-01-01 – 1998-12-31)',
      'September of the same year (1998-09-01 – 1998-09-30)',
    ]);
  });
});

describe('an article that gives no date to count from', () => {
  it('keeps a day name, a relative day and a day without a year, as written and unresolved', () => {
    const id = extractDates(article('Rapat dewan digelar Senin, kemarin warga protes, dan 5 Agustus ada sidang.', 'id'));
    expect(id.map((d) => [d.text, d.start])).toEqual([['Senin', undefined], ['kemarin', undefined], ['5 Agustus', undefined]]);
    const en = extractDates(article('The council met on Monday, after a protest yesterday.', 'en'));
    expect(en.map((d) => [d.text, d.start])).toEqual([['Monday', undefined], ['yesterday', undefined]]);
    expect(en.map(formatDate)).toEqual(['Monday', 'yesterday']);
  });
  it('a dated one places them after the first stated day', () => {
    expect(shown('Pada 19 Juni 2024 rapat dibuka, dan Jumat ditutup.', 'id')).toEqual(['19 Juni 2024 (2024-06-19)', 'Jumat (2024-06-14)']);
  });
});

describe('the dateline', () => {
  it('marks the date of the report itself, in either language, and no other', () => {
    const id = extractDates(article('BANDUNG, Senin (3/3/2025) - Wali kota akan meresmikan pasar itu Kamis (6/3).', 'id'));
    expect(id.map((d) => [d.text, d.dateline ?? false])).toEqual([['Senin (3/3/2025)', true], ['Kamis (6/3)', false]]);
    const en = extractDates(article('LISBON, March 3, 2025 (Wire) - The port reopens on March 6.', 'en'));
    expect(en.map((d) => [d.text, d.dateline ?? false])).toEqual([['March 3, 2025', true], ['March 6', false]]);
    expect(extractDates(article('Rapat digelar Senin (3/3/2025) - dan ditutup Selasa.', 'id')).some((d) => d.dateline)).toBe(false);
  });
});
