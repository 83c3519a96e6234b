// extract: the numbers of an article (not its dates), once at load, for /check to compare a
// message's numbers with. The reading itself is text/numbers.ts; here the numbers inside the
// article's dates and bare years are left out.
import { looksLikeYear, numbersIn } from '../text/numbers.js';
import type { Article, DateMention, NumberMention } from '../types.js';

export function extractNumbers(article: Article, dates: readonly DateMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const p of article.paragraphs) {
    const inDates = dates.filter((d) => d.paragraph === p.n);
    for (const span of numbersIn(p.text)) {
      if (looksLikeYear(span)) continue;
      if (inDates.some((d) => span.start < d.offset + d.text.length && span.end > d.offset)) continue;
      out.push({ text: span.text, value: span.value, ...(span.unit !== undefined && { unit: span.unit }), paragraph: p.n, offset: span.start });
    }
  }
  return out;
}
