// render: Answer → plain text for the terminal. The same content the Discord embed carries.
import type { Answer } from '../types.js';

export interface TextOptions {
  /** Name the article in each citation (when more than one article is loaded). */
  readonly showArticle?: boolean;
}

export function renderText(answer: Answer, options: TextOptions = {}): string {
  const lines = [answer.answer];
  for (const c of answer.citations) {
    const where = options.showArticle ? `¶${c.paragraph} [${c.article}]` : `¶${c.paragraph}`;
    lines.push(`  ${where} “${c.excerpt}”`);
  }
  return lines.join('\n');
}
