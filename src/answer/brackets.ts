// Dates written in brackets after a name: "Budi Santoso (12 Maret 1901 – 4 Mei 1968)", "Dinasti
// Lorem (1368–1644)", "Ana (lahir 3 Juni 1950)". Such a bracket says when what it follows began and
// ended — a birth and a death, a founding and a fall — so a date in it answers "kapan … lahir",
// "kapan … runtuh" without the passage writing those words.
import { allSupportTables } from '../lang/support.js';
import { spanEndOf } from '../query/concepts.js';
import { fold } from '../text/normalize.js';

const startCues = new Set(allSupportTables.flatMap((t) => t.startWords).map((w) => fold(w)));
const endCues = new Set(['hingga', 'sampai', 'until', 'till']);

/** "sejak 1945", "dari tahun 1868 hingga 1869": the word before a date says it is where something began or ended. */
export function cueEnd(text: string, start: number): 'start' | 'end' | undefined {
  const m = /([\p{L}]+)\s+(?:(?:tahun|tanggal|bulan|year|the)\s+)?$/u.exec(text.slice(Math.max(0, start - 30), start));
  const word = m ? fold(m[1]!) : undefined;
  if (word === undefined) return undefined;
  return startCues.has(word) ? 'start' : endCues.has(word) ? 'end' : undefined;
}

/** Which end of a bracketed span after a name the text at [start, end) is, if it is one. */
export function bracketEnd(text: string, start: number, end: number): 'start' | 'end' | undefined {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start) > open) return undefined;
  const close = text.indexOf(')', end);
  if (close < 0 || text.slice(end, close).includes('(')) return undefined;
  // Right after a name, or after another bracket after a name ("Lorem (Hanzi: …) (1368–1644)").
  const before = text.slice(Math.max(0, open - 60), open);
  const opensText = text.slice(0, open).trim() === '';
  if (!opensText && !/(?:\p{Lu}[\p{L}'’.-]*|[)\]]\s*[,;]?)\s*$/u.test(before)) return undefined;
  const inside = text.slice(open + 1, close);
  const at = start - open - 1;
  const dash = /\s[-–—]\s|[–—]|\d\s*-\s*\d|\s(?:hingga|sampai|to)\s/u.exec(inside);
  if (dash) {
    if (at + (end - start) <= dash.index + 1) return 'start';
    if (at >= dash.index) return 'end';
    return undefined;
  }
  // "Badai Senja (1977)": a year alone in brackets after a name is when that thing was made or began.
  if (/^\s*\d{4}\s*$/.test(inside)) return 'start';
  // "Lorem Ipsum (Sumedang, 5 Desember 1973)": a place and a date, nothing after, tell where and when a life began.
  if (/^\s*\p{Lu}[^,():;\d]*(?:,\s*\p{Lu}[^,():;\d]*)*,\s*$/u.test(inside.slice(0, at)) && /^[\s\d[\]]*$/.test(inside.slice(end - open - 1))) return 'start';
  // "(lahir 3 Juni 1950)", "(w. 1920)": the word before the date says which end it is.
  const word = /([\p{L}]+)\.?\s*[^\p{L}]*$/u.exec(inside.slice(0, at))?.[1];
  if (word === undefined) return undefined;
  const w = word.toLowerCase();
  if (w === 'l' || w === 'b') return 'start';
  if (w === 'w' || w === 'm' || w === 'd') return 'end';
  return spanEndOf(w);
}
