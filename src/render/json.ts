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

export function toAnswer(finding: Finding, locale: Locale): Answer {
  // Field by field, in the contract's order: one object shape per kind of answer. (A copy of the
  // finding's own keys in a loop, or an object rest or spread, is a keyed or slow-path copy: several
  // µs a call, more than the rest of putting a short answer into words.)
  const out: Record<string, unknown> = { command: finding.command, query: finding.query, found: finding.found };
  if (finding.value !== undefined) out.value = finding.value;
  out.citations = finding.citations;
  if (finding.role !== undefined) out.role = finding.role;
  if (finding.asks !== undefined) out.asks = finding.asks;
  if (finding.answerer !== undefined) out.answerer = finding.answerer;
  out.answer = sentenceOf(finding.said, locale, finding.paging);
  out.reason = reasonOf(finding);
  const p = finding.paging;
  if (p) {
    out.total = p.total;
    out.page = p.page;
    out.pages = p.pages;
    out.unit = p.unit;
  } else {
    const one = finding.found ? 1 : 0;
    out.total = one;
    out.page = 1;
    out.pages = one;
  }
  return out as unknown as Answer;
}
