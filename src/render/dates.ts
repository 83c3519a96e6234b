// A date shown as the article writes it and where it falls on the calendar:
// "Selasa, 3 Maret 2020 (2020-03-03)", "pekan ini (2020-03-02 – 2020-03-08)".
import type { DateText } from '../findings.js';

export function formatDate(date: DateText): string {
  if (date.start === undefined) return date.text;
  return `${date.text} (${date.end ? `${date.start} – ${date.end}` : date.start})`;
}
