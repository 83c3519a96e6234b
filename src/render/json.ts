// A Finding as the JSON contract (`kutip ask --json`, the Discord embed, tests): the fields the core
// found, and `answer` in the asker's language.
import type { Answer, Finding } from '../findings.js';
import { sentenceOf } from './said.js';
import type { Locale } from './words/index.js';

/** Why an answer is what it is, as a stable code for machines. */
function reasonOf(finding: Finding): string {
  if (finding.found) return 'answered';
  if (finding.said.kind === 'check') return 'not-in-article';
  return finding.said.kind === 'passage' ? 'not-found' : finding.said.kind;
}

/** Results in all, the page and how many pages: a ranked answer's paging, else one result or none. */
function pagesOf(finding: Finding): Pick<Answer, 'total' | 'page' | 'pages' | 'unit'> {
  const p = finding.paging;
  if (p) return { total: p.total, page: p.page, pages: p.pages, unit: p.unit };
  const one = finding.found ? 1 : 0;
  return { total: one, page: 1, pages: one };
}

export function toAnswer(finding: Finding, locale: Locale): Answer {
  const { said: _said, paging: _paging, ...fields } = finding;
  return { ...fields, answer: sentenceOf(finding.said, locale, finding.paging), reason: reasonOf(finding), ...pagesOf(finding) };
}
