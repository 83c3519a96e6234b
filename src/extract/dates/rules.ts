// The date rules: one table of named rules, each a pattern written with the language's date words
// (vocabulary.ts) and a builder that reads a match into what it says (resolve.ts places it on the
// calendar). Every rule also gives the short answer a reader would quote — the date without its
// cue words, day name or brackets ("7 Maret 1961" of "Selasa, 7 Maret 1961"; "12/4" of
// "Senin (12/4)") — and how plainly it is a date (a full day 1, a bare year less, a relative
// word least); a span of years or days gives its two ends, for a question about a start or an end.
// This file holds the rules of days and months; year-rules.ts those of years, decades and centuries,
// relative-rules.ts the relative dates; `dateRules` is the one table, in that order.
import { partOfNumber, wordAfter, wordBefore } from './guards.js';
import {
  dayNameOk, inBrackets, from, monthYear, num, shortFrom, shortSpanRules, yearOfMonth, yearWord, type DateRule,
} from './match.js';
import { relativeRules } from './relative-rules.js';
import { yearRules } from './year-rules.js';
import type { DateValue } from './resolve.js';
import { capitalised, hijriMonthNo, isFullMonth, isMonth, lower, monthNo, weekdayNo } from './vocabulary.js';

export const dateRules: readonly DateRule[] = [
  {
    // "30 April - 2 Mei 2020", "26 Mei 1912 – 6 Juli 1989", "30 April to 2 May"
    name: 'day-range-cross-month',
    digits: true,
    pattern: (p) => `(?:(?<wd>${p.W})\\s*,?\\s+)?(?:(?<dw>${p.DW})\\s+)?(?<d>${p.D})\\s+(?<m>${p.M})(?:,?\\s+(?<y>${p.Y}))?${p.TO}(?<d2>${p.D})\\s+(?<m2>${p.M})(?:,?\\s+(?<y2>${p.Y}))?`,
    build: (m, v) => {
      if (!isMonth(v, m.g.m) || !isMonth(v, m.g.m2) || !dayNameOk(m)) return undefined;
      const first = from(m, ['d'], (m.at('y') ?? m.at('m'))!.end);
      return {
        span: m.span, short: from(m, ['d']), ends: [first, from(m, ['d2'])], strength: 1,
        value: { t: 'days', d: num(m.g.d), m: monthNo(v, m.g.m), ...(m.g.y && { y: num(m.g.y) }), d2: num(m.g.d2), m2: monthNo(v, m.g.m2), ...(m.g.y2 && { y2: num(m.g.y2) }) },
      };
    },
  },
  {
    // "(566-26 Juni 635)", "(1503 – 7 September 1559)", "(c. 1431 – Desember 1476)": a life or a reign in brackets, from a year
    // to a day or a month
    name: 'year-to-day-range',
    digits: true,
    pattern: (p) => `(?<y>\\d{3,4})\\s*[-–—]\\s*(?:(?<d>${p.D})\\s+)?(?<m>${p.M})\\s+(?<y2>\\d{3,4})`,
    build: (m, v) => {
      const y = num(m.g.y);
      const y2 = num(m.g.y2);
      // Not the year of a day before it ("17 Februari 624 – 16 Desember 705"), nor the second of two ("1145/1151 – …").
      const before = wordBefore(m.text, m.span.start);
      if (before !== undefined && (monthNo(v, before.word) > 0 || (/^\d+$/.test(before.word) && before.gap.trim() === '/'))) return undefined;
      if (!isMonth(v, m.g.m, true) || y2 <= y || y2 - y > 150 || !inBrackets(m)) return undefined;
      return { span: m.span, short: m.span, ends: [m.at('y')!, from(m, ['d', 'm'])], strength: 0.9, value: { t: 'years', y, y2 } };
    },
  },
  {
    // "20-29 September", "tanggal 6-14 Juli 2011", "3 hingga 9 Agustus"
    name: 'day-range',
    digits: true,
    pattern: (p) => `(?:(?<dw>${p.DW})\\s+)?(?<d>${p.D})${p.TO}(?<d2>${p.D})\\s+(?<m>${p.M})(?:,?\\s+(?<y>${p.Y}))?`,
    build: (m, v) => {
      if (!isMonth(v, m.g.m) || num(m.g.d2) <= num(m.g.d) || partOfNumber(m.text, m.at('d')!.start, m.at('d')!.end)) return undefined;
      const mo = monthNo(v, m.g.m);
      // The start is the first day as written ("22" of "22-26 Agustus 2005"), not the whole range.
      return {
        span: m.span, short: from(m, ['d']), ends: [m.at('d')!, from(m, ['d2'])], strength: 1,
        value: { t: 'days', d: num(m.g.d), m: mo, ...(m.g.y && { y: num(m.g.y) }), d2: num(m.g.d2), m2: mo },
      };
    },
  },
  {
    // "March 3-5, 2020"
    name: 'day-range-month-first',
    digits: true,
    pattern: (p) => `(?<m>${p.M})\\s+(?<d>${p.D})\\s*[-–]\\s*(?<d2>${p.D})(?:,?\\s+(?<y>${p.Y}))?`,
    build: (m, v) => {
      if (!isMonth(v, m.g.m) || num(m.g.d2) <= num(m.g.d)) return undefined;
      const mo = monthNo(v, m.g.m);
      // Its start as written ("March 3"), its end the last day with the year ("5, 2020").
      return {
        span: m.span, short: m.span, ends: [from(m, ['m'], m.at('d')!.end), from(m, ['d2'])], strength: 1,
        value: { t: 'days', d: num(m.g.d), m: mo, ...(m.g.y && { y: num(m.g.y) }), d2: num(m.g.d2), m2: mo },
      };
    },
  },
  {
    // "Selasa, 3 Maret 2020", "Rabu tanggal 4 Maret 2020", "tanggal 12 Mei 1998", "9 Juli", "5 Agustus tahun lalu";
    // a year of two or three digits where it closes a bracket or opens a span ("(17 Maret 624 – 5 Mei 690)"),
    // a year of any length with its era ("8 Juni 632 M", "1 Januari 1 M")
    name: 'day-month-year',
    digits: true,
    pattern: (p) => `(?:(?<wd>${p.W})\\s*,?\\s+)?(?:(?<dw>${p.DW})\\s+)?(?<d>${p.D})\\s+(?<m>${p.M})(?:,?\\s+${monthYear(p)}|\\s+(?<rel>${p.RELYEAR})|\\s+(?<same>${p.SAMEYEAR}))?`,
    build: (m, v) => {
      // A number after the month that is no year ("5 Juni 50 m") leaves the day and month.
      const written = m.g.y !== undefined ? yearOfMonth(m, v) : undefined;
      if (!isMonth(v, m.g.m, !!written) || !dayNameOk(m) || partOfNumber(m.text, m.at('d')!.start, m.at('d')!.end)) return undefined;
      const year = yearWord(m, v);
      // An abbreviation alone ("5 Mar") needs its year to be a date.
      if (!written && !year && !isFullMonth(v, m.g.m)) return undefined;
      const wd = weekdayNo(v, m.g.wd);
      const end = written?.end ?? (m.g.y !== undefined ? m.at('m')!.end : m.span.end);
      return {
        span: { start: m.span.start, end }, short: from(m, ['d'], written?.end ?? (m.at('same') ?? m.at('m'))!.end), strength: 1,
        value: {
          t: 'day', d: num(m.g.d), m: monthNo(v, m.g.m), ...(written && { y: written.y }), ...(written?.era && { era: true }), ...(wd && { wd }), ...(year && { year }),
        },
      };
    },
  },
  {
    // "March 3, 2020", "Tuesday, March 3", "March 3rd"
    name: 'month-day-year',
    digits: true,
    pattern: (p) => `(?:(?<wd>${p.W})\\s*,?\\s+)?(?<m>${p.M})\\s+(?<d>${p.D})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<y>${p.Y}))?`,
    build: (m, v) => {
      if (!isMonth(v, m.g.m, !!m.g.y) || !dayNameOk(m)) return undefined;
      // "Juli 5 orang" is not a date: without a year, a day after the month must not be a quantity.
      if (!m.g.y && (v.words.quantityWords.includes(wordAfter(m.text, m.span.end)) || v.lang === 'id')) return undefined;
      const wd = weekdayNo(v, m.g.wd);
      return {
        span: m.span, short: from(m, ['m']), strength: 1,
        value: { t: 'day', d: num(m.g.d), m: monthNo(v, m.g.m), ...(m.g.y && { y: num(m.g.y) }), ...(wd && { wd }) },
      };
    },
  },
  {
    // "Kamis (12/3)", "Senin (09/03/2020)", "(3/ 3)"
    name: 'numeric-in-brackets',
    digits: true,
    pattern: (p) => `(?:(?<wd>${p.W})\\s*)?\\(\\s*(?<a>\\d{1,2})\\s*/\\s*(?<b>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}|\\d{2}))?\\s*\\)`,
    build: (m, v) => {
      if (!dayNameOk(m)) return undefined;
      const [d, mo] = v.lang === 'en' && num(m.g.b) > 12 ? [num(m.g.b), num(m.g.a)] : [num(m.g.a), num(m.g.b)];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      const inside = from(m, ['a'], (m.at('y') ?? m.at('b'))!.end);
      const wd = weekdayNo(v, m.g.wd);
      // Without a day name the text is the date inside the brackets.
      return { span: m.g.wd ? m.span : inside, short: inside, strength: 0.95, value: { t: 'day', d, m: mo, ...(m.g.y && { y: num(m.g.y) }), ...(wd && { wd }) } };
    },
  },
  {
    // "09/03/2020", "Senin, 09-03-2020"
    name: 'numeric-with-year',
    digits: true,
    pattern: (p) => `(?:(?<wd>${p.W})\\s*,?\\s*)?(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})`,
    build: (m, v) => {
      if (!dayNameOk(m)) return undefined;
      const [d, mo] = v.lang === 'en' && num(m.g.a) <= 12 && num(m.g.b) > 12 ? [num(m.g.b), num(m.g.a)] : [num(m.g.a), num(m.g.b)];
      return { span: m.span, short: from(m, ['a']), strength: 0.95, value: { t: 'day', d, m: mo, y: num(m.g.y) } };
    },
  },
  {
    // "2020-03-03"
    name: 'iso',
    digits: true,
    pattern: () => `(?<y>\\d{4})-(?<b>\\d{2})-(?<a>\\d{2})`,
    build: (m) => ({ span: m.span, short: m.span, strength: 1, value: { t: 'day', d: num(m.g.a), m: num(m.g.b), y: num(m.g.y) } }),
  },
  {
    // "pada 1/6", "sejak 17/8", "Jumat 9/9": a bare day/month needs a cue word or a day name before it.
    name: 'numeric-after-cue',
    digits: true,
    pattern: (p) => `(?:(?<wd>${p.W})|${p.CUE}|${p.DW})\\s+(?<a>\\d{1,2})\\s*/\\s*(?<b>\\d{1,2})(?![\\d/])`,
    build: (m, v) => {
      if (!dayNameOk(m)) return undefined;
      const [d, mo] = v.lang === 'en' && num(m.g.b) > 12 ? [num(m.g.b), num(m.g.a)] : [num(m.g.a), num(m.g.b)];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      const wd = weekdayNo(v, m.g.wd);
      return { span: from(m, ['wd', 'a']), short: from(m, ['a']), strength: 0.95, value: { t: 'day', d, m: mo, ...(wd && { wd }) } };
    },
  },
  {
    // "Maret - Juli 2019", "awal April hingga pertengahan Juni 1945", "March to July 2019", "Desember 2018 - Maret 2019"
    name: 'month-range',
    digits: true,
    pattern: (p) => `(?:(?<q>${p.Q})\\s+)?(?:(?<mw>${p.MW})\\s+)?(?<m>${p.MF})(?:\\s+(?<y>${p.Y}))?${p.TO}(?:(?<q2>${p.Q})\\s+)?(?:${p.MW}\\s+)?(?<m2>${p.MF})\\s+(?<y2>${p.Y})`,
    build: (m, v) => {
      if (!isMonth(v, m.g.m) || !isMonth(v, m.g.m2)) return undefined;
      const first = shortFrom(m, 'm', (m.at('y') ?? m.at('m'))!.end);
      return {
        span: m.span, short: shortFrom(m, 'm'), ends: [first, from(m, shortSpanRules.qualifier ? ['q2', 'm2'] : ['m2'])], strength: 0.95,
        value: { t: 'months', m: monthNo(v, m.g.m), ...(m.g.y && { y: num(m.g.y) }), m2: monthNo(v, m.g.m2), y2: num(m.g.y2) },
      };
    },
  },
  {
    // "13 Shafar 303 Hijriah", "12 rabiul akhir 1372 H", "tanggal 12 Rabiul Awal", "1 Ramadan 732 AH": a day of the Hijri calendar
    name: 'hijri-day',
    digits: true,
    pattern: (p) => `(?:(?<dw>${p.DW})\\s+)?(?<d>${p.D})\\s+(?<m>${p.HM})(?:\\s+(?<y>\\d{1,4})(?:\\s*(?<era>${p.HE}))?)?`,
    build: (m, v) => {
      const mo = hijriMonthNo(v, m.g.m);
      // A one-letter era only in capitals ("1372 H"); a year without an era only of three digits or more.
      const era = m.g.era !== undefined && (m.g.era.length > 1 || capitalised(m.g.era));
      const year = m.g.y !== undefined && (era || m.g.y.length >= 3);
      if (mo === 0 || (!year && !capitalised(m.g.m))) return undefined;
      const end = year ? (era ? m.at('era')! : m.at('y')!).end : m.at('m')!.end;
      // Without a year, a capitalised word after the month carries on a name ("2 Ramadhan Pohan").
      if (!year && /^\s+\p{Lu}/u.test(m.text.slice(end))) return undefined;
      const value: DateValue = { t: 'hijri', d: num(m.g.d), m: mo, ...(year && { y: num(m.g.y) }) };
      return { span: { start: m.span.start, end }, short: from(m, ['d'], end), strength: year ? 1 : 0.8, value };
    },
  },
  {
    // "bulan Juli", "Juli 1999", "Oktober 2012", "in July", "awal Februari", "Sept. 2005"; "Desember 260 SM" (a year of any
    // length with its era), "(Oktober 844 – 870)" (one of three digits opening a span in brackets)
    name: 'month',
    pattern: (p) => `(?:(?<q>${p.Q})\\s+)?(?:(?<mw>${p.MW})\\s+)?(?<m>${p.M})(?:\\s+(?:${p.YW}\\s+)?${monthYear(p)}|\\s+(?<rel>${p.RELYEAR})|\\s+(?<same>${p.SAMEYEAR}))?`,
    build: (m, v) => {
      let year = yearWord(m, v);
      // A number after the month that is no year ("bulan Mei 500 - 600 ribu") leaves the month.
      const read = m.g.y !== undefined ? yearOfMonth(m, v) : undefined;
      const written = read && (read.era || m.g.y!.length === 4 || inBrackets(m)) ? read : undefined;
      if (!isMonth(v, m.g.m, !!written) || (!written && !isFullMonth(v, m.g.m))) return undefined;
      if (!written && !year && !m.g.mw && !m.g.q) {
        // A month name alone is a date only after a cue ("pada Juli", "in July") or before a marker ("Juli lalu", "Juli ini").
        const before = lower(wordBefore(m.text, m.span.start)?.word);
        const after = wordAfter(m.text, m.span.end);
        const w = v.words;
        if (![...w.cues, ...w.past, ...w.future].includes(before) && ![...w.past, ...w.future, ...(w.thisAfter ?? [])].includes(after)) return undefined;
        // "Oktober ini", "this October": the month of the reference's own year, whatever the tense.
        if ((w.thisAfter ?? []).includes(after) || (w.thisBefore ?? []).includes(before)) year = { offset: 0 };
      }
      const value: DateValue = { t: 'month', m: monthNo(v, m.g.m), ...(written && { y: written.y }), ...(written?.era && { era: true }), ...(year && { year }) };
      const span = { start: m.span.start, end: written?.end ?? (m.g.y !== undefined ? m.at('m')!.end : m.span.end) };
      return { span, short: shortFrom(m, 'm', span.end), strength: written || year ? 0.95 : 0.6, value };
    },
  },
  ...yearRules,
  ...relativeRules,
];
