// The short form of a question's answer, said the way /who and /when say it: a person with the
// role the article gives them, a date as written and resolved.
import { formatDate } from '../render/dates.js';
import { resolvePerson } from '../text/name-match.js';
import type { LibraryEntry } from '../index/library.js';
import type { Answer } from '../types.js';

export function describeAnswer(entries: readonly LibraryEntry[], answer: Answer, kind: 'who' | 'when'): Answer {
  const top = answer.citations[0];
  if (!answer.found || answer.value === undefined || !top) return answer;
  const entry = entries.find((e) => e.article.id === top.article);
  if (!entry) return answer;
  const value = answer.value;
  let head = value;
  if (kind === 'who') {
    const person = resolvePerson(entry.understanding.people, value);
    if (person?.role !== undefined && !value.includes(person.role)) head = `${value} — ${person.role}`;
  } else {
    const mention = entry.understanding.dates.find((d) => d.paragraph === top.paragraph && (d.text.includes(value) || value.includes(d.text)));
    if (mention) head = formatDate({ ...mention, text: value });
  }
  return { ...answer, answer: `${head} — ¶${top.paragraph}` };
}

/** The role the article gives the person a who-answer names, if it gives one. */
export function roleOf(entries: readonly LibraryEntry[], answer: Answer): string | undefined {
  const top = answer.citations[0];
  const entry = top && entries.find((e) => e.article.id === top.article);
  return entry && answer.value !== undefined ? resolvePerson(entry.understanding.people, answer.value)?.role : undefined;
}
