// render: a date mention as the answers show it — as written, then where it lies on the calendar.
import type { DateMention } from '../types.js';

/**
 * "Selasa, 3 Maret 2020 (2020-03-03)", "pekan ini (2020-03-02 – 2020-03-08)"; a mention the article
 * gives nothing to place by is shown as written alone ("Senin").
 */
export function formatDate(mention: Pick<DateMention, 'text' | 'start' | 'end'>): string {
  if (mention.start === undefined) return mention.text;
  return `${mention.text} (${mention.end ? `${mention.start} – ${mention.end}` : mention.start})`;
}
