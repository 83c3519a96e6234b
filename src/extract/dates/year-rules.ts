// The date rules of years, spans of years, decades and centuries (dates/rules.ts holds the days and
// months, in one table with these): "tahun 2008", "1602-1799", "410 SM", "1880-an", "abad ke-20".
// A number of three digits or fewer is a year only where a year word, an era, a life span in
// brackets or a cue says so ("tahun 215", "570 M", "(l.k. 100 – l.k. 153)", "pada 946").
import { afterName, notAYear, partOfNumber, wordAfter, wordBefore } from './guards.js';
import { NAMED, astronomical, bracketed, from, inBrackets, num, romanToInt, shortFrom, type DateRule, type RuleMatch, type Span } from './match.js';
import type { DateValue } from './resolve.js';
import { capitalised, eraOf, lower, type DateVocabulary } from './vocabulary.js';
import { hijriDay } from './calendar.js';

/** A century with the era written after it where it is one ("abad ke-3 SM", "abad pertama Masehi"), else up to its number. */
const centurySpan = (m: RuleMatch, v: DateVocabulary, number: string): Span =>
  m.g.era !== undefined && eraOf(v, m.g.era, true) ? m.span : { start: m.span.start, end: m.at(number)!.end };

/** The n-th century, of the era written after it: one before the common era is its span of years counted back ("abad ke-3 SM": 300–201 BC). */
const centuryValue = (m: RuleMatch, v: DateVocabulary, n: number): DateValue =>
  eraOf(v, m.g.era, true) === 'bc' ? { t: 'years', y: astronomical(n * 100, 'bc'), y2: astronomical((n - 1) * 100 + 1, 'bc') } : { t: 'century', n };

export const yearRules: readonly DateRule[] = [
  {
    // "1602-1799", "tahun 1981-1985", "2011-14", "2011/2012", "tahun 1942 hingga 1945", "(1901-1968)", "(412–467)",
    // "between 1945 and 1970" (the joining word only after the word before the first year); "(l.k. 100 – l.k. 153)",
    // "(c. 100 – c. 153)": marks of an approximate year before its ends, in the text, not in the short answer
    name: 'year-range',
    digits: true,
    pattern: (p) =>
      `(?:(?<a>${p.APPROX})\\s*)?(?:(?<q>${p.Q})\\s+)?(?:(?<bw>${p.BW})\\s+)?(?:(?<yw>${p.YW})\\s+)?(?<y>\\d{1,4})(?:\\s*[-–—/]\\s*(?:(?<a2>${p.APPROX})\\s*)?(?<y2>\\d{1,4})|\\s+(?:${p.RW}|(?<and>${p.AND}))\\s+(?:${p.YW}\\s+)?(?<y3>\\d{4}))`,
    build: (m, v) => {
      if (m.g.and !== undefined && m.g.bw === undefined) return undefined;
      const y = num(m.g.y);
      const second = m.g.y2 ?? m.g.y3!;
      const y2 = second.length === 2 && y >= 1000 ? Math.floor(y / 100) * 100 + num(second) : num(second);
      // Years before 1000 only as a span in brackets: of its own, after a name ("(412–467)"), or beside other words when a
      // year is marked approximate ("(Valentinus; l.k. 100 – 153)").
      const marked = m.g.a !== undefined || m.g.a2 !== undefined;
      if (y < 1000 && !((bracketed(m) || (marked && inBrackets(m))) && y2 >= 100 && second.length >= 3)) return undefined;
      if (y >= 1000 && second.length === 3) return undefined;
      if (y2 <= y || y2 - y > 500) return undefined;
      // The mark is read as the word before the year: "sekitar 1000-2000 pengungsi" is an amount.
      if (notAYear(m.text, from(m, ['q', 'bw', 'yw', 'y']).start, m.span.end, v)) return undefined;
      const named = !m.g.a && !m.g.q && !m.g.yw && afterName(m.text, m.span.start, v);
      const end = (m.at('y2') ?? m.at('y3'))!;
      // A season ("1961/62") is one span, not two ends.
      const season = m.text.slice(m.at('y')!.end, end.start).includes('/');
      return {
        span: m.span, short: m.g.bw && m.g.and ? from(m, ['bw']) : shortFrom(m, 'y'), ...(!season && { ends: [m.at('y')!, end] as const }), strength: named ? NAMED : 0.9,
        value: { t: 'years', y, y2 },
      };
    },
  },
  {
    // "sekitar 160 atau 161", "pada 1890 atau 1891", "in 1890 or 1891": two years one apart, a source unsure which; one
    // date, both written. Of three digits only after a mark of approximation, a year word or a cue; never an amount
    // ("sekitar 160 atau 161 orang": a word in lower case goes on; "1500 atau 1501 orang": a quantity word).
    name: 'year-alternatives',
    digits: true,
    pattern: (p) => `(?:(?<a>${p.APPROX})\\s*)?(?:(?<yw>${p.YW})\\s+)?(?<y>\\d{3,4})\\s+(?:${p.OR})\\s+(?<y2>\\d{3,4})(?![.,]\\d)`,
    build: (m, v) => {
      const y = num(m.g.y);
      const y2 = num(m.g.y2);
      if (y2 !== y + 1 || m.g.y!.length !== m.g.y2!.length) return undefined;
      const start = from(m, ['yw', 'y']).start;
      if (partOfNumber(m.text, start, m.span.end)) return undefined;
      const cue = v.words.cues.includes(lower(wordBefore(m.text, m.span.start)?.word));
      if (y < 1000 && ((m.g.a === undefined && m.g.yw === undefined && !cue) || /^\s+\p{Ll}/u.test(m.text.slice(m.span.end)))) return undefined;
      if (m.g.a === undefined && notAYear(m.text, start, m.span.end, v)) return undefined;
      return { span: m.span, short: from(m, ['yw', 'y']), strength: 0.85, value: { t: 'years', y, y2 } };
    },
  },
  {
    // "410 SM – 352 SM", "340–265 SM", "206 SM - 214", "tahun 40-43 M", "120 BC – 61 BC", "86SM – 38SM"
    name: 'year-range-era',
    digits: true,
    pattern: (p) =>
      `(?:(?<q>${p.Q})\\s+)?(?:(?<yw>${p.YW})\\s+)?(?<y>\\d{1,4})(?:(?<gap>\\s*)(?<era>${p.ERA}))?\\s*[-–—]\\s*(?<y2>\\d{1,4})(?:(?<gap2>\\s*)(?<era2>${p.ERA}))?`,
    build: (m, v) => {
      // An era glued to its year is one of two letters or more ("86SM"): "500M–600M" is money.
      if ((m.g.gap === '' && m.g.era!.length === 1) || (m.g.gap2 === '' && m.g.era2!.length === 1)) return undefined;
      const era = eraOf(v, m.g.era, true);
      const era2 = eraOf(v, m.g.era2, true);
      if (!era && !era2) return undefined;
      // "340–265 SM": the era after the second year is the first's too; "206 SM - 214": a second without one is of our era.
      const y = astronomical(num(m.g.y), era ?? era2);
      const y2 = astronomical(num(m.g.y2), era2 ?? (era === 'bc' ? 'ad' : era));
      // An era makes it a year whatever stands before it ("sekitar 340–265 SM").
      if (y2 <= y || y2 - y > 2000 || partOfNumber(m.text, m.span.start, m.span.end)) return undefined;
      const first = from(m, ['y'], (m.at('era') ?? m.at('y'))!.end);
      return { span: m.span, short: shortFrom(m, 'y'), ends: [first, from(m, ['y2'])], strength: 0.9, value: { t: 'years', y, y2 } };
    },
  },
  {
    // "tahun 532 H", "pada tahun 283H", "345 Hijriah", "732 AH": a year of the Hijri calendar, placed on the Gregorian years it
    // falls in (one Hijri year of 354 days often straddles two); with the same year of ours after it ("648 H/1250 M", "283H atau
    // 895 M"), the two are one date, of that year
    name: 'year-hijri',
    digits: true,
    pattern: (p) =>
      `(?:(?<q>${p.Q})\\s+)?(?:(?<yw>${p.YW})\\s+)?(?<y>\\d{1,4})\\s*(?<era>${p.HE})(?:${p.RESTATE}(?<ce>\\d{3,4})(?:\\s*(?<era2>${p.ERA}))?(?![\\p{L}\\p{N}]))?`,
    build: (m, v) => {
      // A one-letter era only in capitals and after a year of three digits or a year word ("283H", "tahun 40 H").
      if (m.g.era!.length === 1 && (!capitalised(m.g.era) || (m.g.y!.length < 3 && m.g.yw === undefined))) return undefined;
      const own = m.at('era')!.end;
      if (partOfNumber(m.text, m.at('y')!.start, own) || notAYear(m.text, m.span.start, own, v)) return undefined;
      const first = hijriDay(num(m.g.y), 1, 1);
      const next = hijriDay(num(m.g.y) + 1, 1, 1);
      if (!first || !next) return undefined;
      // The last day of the year is the day before the next one's first: in the Gregorian year before it when that falls on 1 January.
      const y2 = next.m === 1 && next.d === 1 ? next.y - 1 : next.y;
      // The year of ours written after it must be one it falls in, or the one before as some sources count ("648 H/1250 M",
      // "283H atau 895 M"); another number is no restatement.
      const ce = m.g.ce === undefined ? undefined : num(m.g.ce);
      const restated = ce !== undefined && ce >= first.y - 1 && ce <= y2 && eraOf(v, m.g.era2, true) !== 'bc';
      const end = restated ? m.span.end : own;
      const value: DateValue = restated ? { t: 'year', y: ce } : y2 > first.y ? { t: 'years', y: first.y, y2 } : { t: 'year', y: first.y };
      return { span: { start: m.span.start, end }, short: shortFrom(m, 'y', end), strength: 0.9, value };
    },
  },
  {
    // "410 SM", "tahun 1210 Masehi", "tahun 575 M", "740 BC"
    name: 'year-era',
    digits: true,
    pattern: (p) => `(?:(?<q>${p.Q})\\s+)?(?:(?<yw>${p.YW})\\s+)?(?<y>\\d{1,4})(?<gap>\\s*)(?<era>${p.ERA})`,
    build: (m, v) => {
      // Glued to its year ("38SM", "pada 866M"): a one-letter era only after a cue word ("Rp 500M" is money).
      const glued = m.g.gap === '';
      const cue = v.words.cues.includes(lower(wordBefore(m.text, m.span.start)?.word));
      if (glued && m.g.era!.length === 1 && !cue && m.g.yw === undefined) return undefined;
      // A one-letter era is sure after a year word, a cue ("Pada 220 M") or a mark of approximation ("sek. 1258 M"), or
      // opening a span in brackets ("(lahir 570 M – wafat 632 M)").
      const before = lower(m.text.slice(Math.max(0, m.span.start - 12), m.span.start)).trimEnd();
      const marked = (v.words.approximate ?? []).some((a) => before.endsWith(a));
      const opens = inBrackets(m) && /^\s*[-–—]/.test(m.text.slice(m.span.end));
      const era = eraOf(v, m.g.era, m.g.yw !== undefined || cue || marked || opens);
      if (!era || num(m.g.y) < 1 || partOfNumber(m.text, m.at('y')!.start, m.span.end)) return undefined;
      return { span: m.span, short: shortFrom(m, 'y'), strength: 0.9, value: { t: 'year', y: astronomical(num(m.g.y), era) } };
    },
  },
  {
    // "1880-an", "tahun 1880-an", "akhir tahun 1990-an", "1880s"; of three digits with a year word or an era ("tahun 800-an
    // Masehi", "the 880s AD")
    name: 'decade',
    digits: true,
    pattern: (p) => `(?:(?<q>${p.Q})\\s+)?(?:(?<yw>${p.YW})\\s+)?(?<y>\\d{3}0|[1-9]\\d0)(?:-an|an|['’]?s)(?:\\s+(?<era>${p.ERA})(?![\\p{L}\\p{N}]))?`,
    build: (m, v) => {
      // A decade is never an amount ("sekitar tahun 1920-an"): only a bigger number around it undoes it.
      if (partOfNumber(m.text, m.at('y')!.start, m.span.end)) return undefined;
      const era = eraOf(v, m.g.era, true);
      // "800-an" alone is an amount ("800-an peserta").
      if (m.g.y!.length === 3 && !m.g.yw && !era) return undefined;
      const span = m.g.era !== undefined && !era ? { start: m.span.start, end: m.at('y')!.end + /^(?:-an|an|['’]?s)/.exec(m.text.slice(m.at('y')!.end))![0].length } : m.span;
      const y = num(m.g.y);
      const value: DateValue = era === 'bc' ? { t: 'years', y: astronomical(y + 9, 'bc'), y2: astronomical(y, 'bc'), decade: true } : { t: 'years', y, y2: y + 9, decade: true };
      return { span, short: shortFrom(m, 'y', span.end), strength: 0.85, value };
    },
  },
  {
    // "tahun 2008", "akhir 2012", "pada 1983", "2021", "tahun 880", "pada 946"
    name: 'year',
    digits: true,
    pattern: (p) => `(?:(?<q>${p.Q})\\s+)?(?:(?<yw>${p.YW})\\s+)?(?<y>\\d{4}|(?<=${p.YW}\\s+)\\d{3}|(?<=${p.SYC}\\s+)[1-9]\\d{2})(?![.,]\\d)`,
    build: (m, v) => {
      const y = num(m.g.y);
      // Three digits after a cue ("pada 946"), unless a word in lower case goes on ("pada 180 maskapai") or the era of
      // another calendar ("pada 648 H").
      const after = m.text.slice(m.span.end);
      const cued = !m.g.yw && m.g.y!.length === 3 && !/^\s+\p{Ll}/u.test(after) && !(v.words.hijriEra ?? []).includes(wordAfter(after, 0));
      // A bare number is a year from 1000 to 2099; with a year word, any.
      if (!m.g.yw && !cued && (y < 1000 || y > 2099)) return undefined;
      // "antara tahun 1859-1905/1906": a year after a slash right after another is that year read otherwise, no date of its own.
      if (!m.g.q && !m.g.yw && /\d{3,4}\s*\/\s*$/.test(m.text.slice(Math.max(0, m.span.start - 8), m.span.start))) return undefined;
      if (notAYear(m.text, m.span.start, m.span.end, v)) return undefined;
      const named = !m.g.q && !m.g.yw && afterName(m.text, m.span.start, v);
      return { span: m.span, short: shortFrom(m, 'y'), strength: named ? NAMED : m.g.yw ? 0.9 : 0.85, value: { t: 'year', y } };
    },
  },
  {
    // "abad ke-20", "abad 21", "abad XX", "pertengahan abad ke-15"
    name: 'century-number-after',
    pattern: (p) => `(?:(?<q>${p.Q})\\s+)?(?<cw>${p.CW})\\s+(?:ke\\s*-?\\s*)?(?<n>\\d{1,2}|[IVXL]{1,6})(?:\\s+(?<era>${p.ERA}))?`,
    build: (m, v) => {
      const n = /^\d/.test(m.g.n!) ? num(m.g.n) : romanToInt(m.g.n!);
      if (n === undefined || n < 1 || n > 30) return undefined;
      const span = centurySpan(m, v, 'n');
      return { span, short: shortFrom(m, 'cw', span.end), strength: 0.6, value: centuryValue(m, v, n) };
    },
  },
  {
    // "abad pertama Masehi", "abad keempat belas", "the first century BC": a century counted in words
    name: 'century-ordinal',
    pattern: (p) => `(?:(?<q>${p.Q})\\s+)?(?:(?<cw>${p.CW})\\s+(?<ord>${p.ORD})|(?<ord2>${p.ORD})\\s+(?<cw2>${p.CW}))(?:\\s+(?<era>${p.ERA}))?`,
    build: (m, v) => {
      const n = v.words.centuryOrdinals?.[lower(m.g.ord ?? m.g.ord2)];
      if (n === undefined) return undefined;
      const span = centurySpan(m, v, m.g.ord !== undefined ? 'ord' : 'cw2');
      return { span, short: shortFrom(m, 'cw', span.end), strength: 0.6, value: centuryValue(m, v, n) };
    },
  },
  {
    // "20th century", "the 21st century", "late 19th century", "mid-15th century", "3rd century BC"
    name: 'century-number-before',
    digits: true,
    pattern: (p) => `(?:(?<q>${p.Q})(?:\\s+|(?<=-)))?(?<n>\\d{1,2})(?:st|nd|rd|th)[-\\s]+(?<cw>${p.CW})(?:\\s+(?<era>${p.ERA}))?`,
    build: (m, v) => {
      const span = centurySpan(m, v, 'cw');
      return { span, short: shortFrom(m, 'n', span.end), strength: 0.6, value: centuryValue(m, v, num(m.g.n)) };
    },
  },
];
