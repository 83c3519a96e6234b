// The date rules of relative dates (dates/rules.ts holds the rest, in one table): a number of
// units before or after the reference ("dua tahun lalu", "dua pekan lagi"), some units with no day
// to place them on ("beberapa bulan ke depan", "recent years"), relative words ("kemarin", "last
// week") and day names ("Jumat", "Monday next week").
import { afterName, dayInName, partOfNumber, wordBefore } from './guards.js';
import type { DateRule } from './match.js';
import { inProgrammeTitle } from '../../text/programme-titles.js';
import { capitalised, lower, numberOf, weekdayNo } from './vocabulary.js';

export const relativeRules: readonly DateRule[] = [
  {
    // "dua tahun lalu", "3 hari yang lalu", "two years ago"
    name: 'units-ago',
    pattern: (p) => `(?<n>${p.NUM})\\s+(?<u>${p.UNIT})\\s+(?<p>${p.PAST})`,
    build: (m, v) => {
      const n = numberOf(v, m.g.n);
      const unit = v.words.units[lower(m.g.u)];
      // "10.000 tahun lalu" is no "000 tahun lalu".
      if (n === undefined || unit === undefined || partOfNumber(m.text, m.span.start, m.at('n')!.end)) return undefined;
      return { span: m.span, short: m.span, strength: 0.4, value: { t: 'relative', unit: unit === 'weekend' ? 'week' : unit, offset: -n } };
    },
  },
  {
    // "dua pekan lagi", "3 bulan mendatang", "two weeks from now"
    name: 'units-ahead',
    pattern: (p) => `(?<n>${p.NUM})\\s+(?<u>${p.UNIT})\\s+(?<a>${p.AHEAD})`,
    build: (m, v) => {
      const n = numberOf(v, m.g.n);
      const unit = v.words.units[lower(m.g.u)];
      if (n === undefined || unit === undefined || partOfNumber(m.text, m.span.start, m.at('n')!.end)) return undefined;
      return { span: m.span, short: m.span, strength: 0.4, value: { t: 'relative', unit: unit === 'weekend' ? 'week' : unit, offset: n } };
    },
  },
  {
    // "beberapa bulan ke depan", "beberapa tahun terakhir", "lima tahun ke depan", "several years ago",
    // "the coming months", "recent weeks": some units before or after the reference, or the span up
    // to it, never one day; shown as written.
    name: 'vague-units',
    pattern: (p) =>
      `(?:(?<q>${p.VAGUE})\\s+(?<u>${p.UNIT})\\s+(?:(?<past>${p.PAST}|${p.RECENT})|(?<ahead>${p.AHEAD}|${p.SPAN}))` +
      `|(?<n>${p.NUM})\\s+(?<u3>${p.UNIT})\\s+(?:(?<recent>${p.RECENT})|(?<span>${p.SPAN}))|(?<vb>${p.VB})\\s+(?<u2>${p.UNIT}))`,
    build: (m, v) => {
      if (m.g.n !== undefined && (numberOf(v, m.g.n) === undefined || partOfNumber(m.text, m.span.start, m.at('n')!.end))) return undefined;
      const unit = v.words.units[lower(m.g.u ?? m.g.u2 ?? m.g.u3)];
      if (unit === undefined) return undefined;
      const direction = m.g.vb !== undefined ? v.words.vagueBefore?.[lower(m.g.vb)] : m.g.ahead !== undefined || m.g.span !== undefined ? 1 : -1;
      if (direction === undefined) return undefined;
      return { span: m.span, short: m.span, strength: 0.3, value: { t: 'vague', unit: unit === 'weekend' ? 'week' : unit, direction } };
    },
  },
  {
    // "in the spring", "next summer", "musim hujan mendatang": a season, no day to place it on; shown as
    // written. "Arab Spring", "Summer Games" are names; "hot spring", "spring water" no season.
    name: 'season',
    pattern: (p) => `(?:(?<l>${p.SL})\\s+)?(?<s>${p.SEASON})(?:\\s+(?<a>${p.PAST}|${p.FUT}))?`,
    build: (m, v) => {
      const words = m.g.s!.split(/\s+/u);
      if (words.slice(words.length > 1 ? 1 : 0).some((w) => capitalised(w))) return undefined;
      // One word needs a lead, or a cue right before it ("in spring").
      if (words.length === 1 && m.g.l === undefined && !v.words.cues.includes(lower(wordBefore(m.text, m.span.start)?.word))) return undefined;
      const ahead = [m.g.l, m.g.a].some((w) => w !== undefined && v.words.future.includes(lower(w)));
      return { span: m.span, short: m.span, strength: 0.3, value: { t: 'vague', unit: 'month', direction: ahead ? 1 : -1 } };
    },
  },
  {
    // "kemarin", "pekan ini", "tahun lalu", "abad lalu", "last week", "yesterday"
    name: 'relative',
    pattern: (p) => `(?<r>${p.REL})`,
    build: (m, v) => {
      const rel = v.words.relative[lower(m.g.r)];
      // "Lorem Valley Today", "Warta Hari Ini": a capitalised one after a name is the name's; "Radio 4's
      // Today programme": a programme's.
      if (!rel || (capitalised(m.g.r) && (afterName(m.text, m.span.start, v) || inProgrammeTitle(m.text, m.span.start, m.span.end)))) return undefined;
      // "Seribu tahun lalu", "beberapa tahun lalu": a number before it makes it another (or a vague) span.
      const before = lower(wordBefore(m.text, m.span.start)?.word);
      if (/^\d/.test(before) || v.words.numbers[before] !== undefined || v.words.quantifiers.includes(before)) return undefined;
      return { span: m.span, short: m.span, strength: 0.4, value: { t: 'relative', unit: rel.unit, offset: rel.offset } };
    },
  },
  {
    // "Jumat", "hari Rabu", "on Friday"; not "Pasar Minggu", "Black Friday". With its week ("Senin
    // pekan depan", "Monday next week"): that week's day, one date.
    name: 'weekday',
    pattern: (p) => `(?:(?<dw>${p.DW})\\s+)?(?<wd>${p.W})(?:,?\\s+(?<rw>${p.RELWEEK}))?`,
    build: (m, v) => {
      if (!capitalised(m.g.wd) || dayInName(m.text, m.span.start, v)) return undefined;
      const week = m.g.rw === undefined ? undefined : v.words.relative[lower(m.g.rw)]?.offset;
      const wd = weekdayNo(v, m.g.wd)!;
      if (week !== undefined) return { span: m.span, short: { start: m.at('wd')!.start, end: m.span.end }, strength: 0.5, value: { t: 'weekday', wd, week } };
      return { span: { start: m.span.start, end: m.at('wd')!.end }, short: m.at('wd')!, strength: 0.45, value: { t: 'weekday', wd } };
    },
  },
];
