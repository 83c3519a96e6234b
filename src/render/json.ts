// A Finding as the JSON contract (`kutip ask --json`, the Discord embed, tests): the fields the core
// found, and `answer` in the asker's language.
import type { Answer, Finding } from '../types.js';
import { sentenceOf } from './said.js';
import type { Locale } from './words/index.js';

/** Why an answer is what it is, as a stable code for machines. */
function reasonOf(finding: Finding): string {
  if (finding.found) return 'answered';
  if (finding.said.kind === 'check') return 'not-in-article';
  return finding.said.kind === 'passage' ? 'not-found' : finding.said.kind;
}

export function toAnswer(finding: Finding, locale: Locale): Answer {
  const { said: _said, ...fields } = finding;
  return { ...fields, answer: sentenceOf(finding.said, locale), reason: reasonOf(finding) };
}
