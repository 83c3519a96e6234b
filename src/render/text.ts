// render: Answer → plain text for the terminal. The same content the Discord embed carries; a ranked
// answer of several pages ends with the page and the count ("Page 1 of 76 · 376 articles").
import type { Answer } from '../findings.js';
import { count } from './said.js';
import { WORDS, type Locale } from './words/index.js';

export interface TextOptions {
  /** Name the article in each citation (when more than one article is loaded). */
  readonly showArticle?: boolean;
  /** Language of the page line; default English. */
  readonly locale?: Locale;
}

/** "Page 1 of 76 · 376 articles", for an answer of more than one page; undefined otherwise. */
export function pageLine(answer: Answer, locale: Locale): string | undefined {
  const { page, pages, total, unit } = answer;
  if (page === undefined || pages === undefined || pages <= 1 || total === undefined) return undefined;
  const w = WORDS[locale];
  return `${w.pageOf(page, pages)}${unit !== undefined ? ` · ${w.results(count(total, locale), unit)}` : ''}`;
}

export function renderText(answer: Answer, options: TextOptions = {}): string {
  const lines = [answer.answer];
  for (const c of answer.citations) {
    const where = options.showArticle ? `¶${c.paragraph} [${c.article}]` : `¶${c.paragraph}`;
    lines.push(`  ${where} “${c.excerpt}”`);
  }
  const page = pageLine(answer, options.locale ?? 'en');
  if (page !== undefined) lines.push(`— ${page}`);
  return lines.join('\n');
}
