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
  // The finding's own fields in their order without `said` and `paging`, then the answer's own: set
  // key by key, for V8 copies an object rest or spread (`const { said, ...fields } = finding`) on a
  // slow path, several µs a call, more than the rest of putting a short answer into words.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(finding)) if (key !== 'said' && key !== 'paging') out[key] = finding[key as keyof Finding];
  out.answer = sentenceOf(finding.said, locale, finding.paging);
  out.reason = reasonOf(finding);
  const pages = pagesOf(finding);
  for (const key of Object.keys(pages)) out[key] = pages[key as keyof typeof pages];
  return out as unknown as Answer;
}
