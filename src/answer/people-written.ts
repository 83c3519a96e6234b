// Where the people extract/ found are written in a paragraph, and the roles it wrote beside them:
// "Kepala Desa Muara Dua di Kabupaten Seruyan Jumeri …" holds Jumeri, with the role written right
// before the name. The answer layer reads these from the Understanding (data, not extract's
// functions) and puts them before the names it cuts from the capitalised runs: the capitalised words
// of a role ("Muara Dua") name no one, and a name the runs miss ("… Seruyan Jumeri") is the person's.
import type { LibraryEntry } from '../index/library.js';
import { findAll } from '../text/find.js';
import { queryTerms } from '../text/terms.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Person } from '../types.js';
import type { NameSpan } from './name-answers.js';

export interface PersonWritten {
  readonly person: Person;
  /** Word indexes of the name as written, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Word indexes of the person's role where it is written right beside this name. */
  readonly role?: { readonly first: number; readonly last: number };
}

/** Word indexes of the text at [start, end), when it begins and ends at word edges. */
function wordRange(words: readonly Word[], start: number, end: number): [number, number] | undefined {
  const first = words.findIndex((w) => w.start === start);
  if (first < 0) return undefined;
  for (let k = first; k < words.length && words[k]!.start < end; k++) if (words[k]!.end === end) return [first, k];
  return undefined;
}

/** Words between a role and the name it is written with: none, or commas and brackets only ("Presiden Lorem, Budi"). */
const besideRole = (words: readonly Word[], from: number, to: number): boolean => words.slice(from, to).every((w) => w.mark && /^[,()]$/.test(w.text));

/**
 * The article's people written in this paragraph, in order of the words: each name or other name
 * (the longest first, no two overlapping), with the role extract gave the person where the
 * paragraph writes it right before or after that name.
 */
export function peopleWritten(entry: LibraryEntry, paragraph: number, words: readonly Word[]): PersonWritten[] {
  const text = entry.article.paragraphs[paragraph - 1]?.text ?? '';
  const here = entry.understanding.people.filter((p) => p.paragraphs.includes(paragraph));
  const found: { person: Person; first: number; last: number }[] = [];
  const forms = here.flatMap((person) => [person.name, ...person.aliases].map((form) => ({ person, form }))).sort((a, b) => b.form.length - a.form.length);
  for (const { person, form } of forms) {
    if (form.trim() === '') continue;
    for (const at of findAll(text, form)) {
      const range = wordRange(words, at, at + form.length);
      if (!range || found.some((f) => f.first <= range[1] && range[0] <= f.last)) continue;
      found.push({ person, first: range[0], last: range[1] });
    }
  }
  found.sort((a, b) => a.first - b.first);
  return found.map((f) => {
    const role = f.person.role === undefined ? undefined : roleBeside(text, words, f.person.role, f.first, f.last);
    return role === undefined ? f : { ...f, role };
  });
}

function roleBeside(text: string, words: readonly Word[], role: string, first: number, last: number): { first: number; last: number } | undefined {
  for (const at of findAll(text, role)) {
    const range = wordRange(words, at, at + role.length);
    if (!range) continue;
    const [rf, rl] = range;
    if ((rl < first && besideRole(words, rl + 1, first)) || (rf > last && besideRole(words, last + 1, rf))) return { first: rf, last: rl };
  }
  return undefined;
}

/** Is word i inside brackets ("Lorem (Latin: …, Ipsum Dolor)": another name of the one before them, not someone else)? */
function inBrackets(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (words[j]!.text === ')') return false;
    if (words[j]!.text === '(') return true;
  }
  return false;
}

/**
 * The name spans of a paragraph with the article's people put first: a span written inside a
 * person's role and outside any person's name is no one ("Muara Dua" of "Kepala Desa Muara Dua …
 * Jumeri"); the name of a person written with their role, that no span covers and the question
 * does not write (`inQuestion`), is added, as sure as a name gets.
 */
export function withPeopleWritten(spans: readonly NameSpan[], written: readonly PersonWritten[], words: readonly Word[], inQuestion: (w: Word) => boolean): NameSpan[] {
  const overlaps = (a: { first: number; last: number }, b: { first: number; last: number }): boolean => a.first <= b.last && b.first <= a.last;
  const roles = written.flatMap((p) => (p.role === undefined ? [] : [p.role]));
  const kept = spans.filter((s) => !roles.some((r) => r.first <= s.first && s.last <= r.last) || written.some((p) => overlaps(p, s)));
  const added = written
    .filter((p) => p.role !== undefined && !kept.some((s) => overlaps(p, s)) && !inBrackets(words, p.first) && !words.slice(p.first, p.last + 1).some((w) => !w.mark && inQuestion(w)))
    .map((p): NameSpan => ({ first: p.first, last: p.last, nameFirst: p.first, kind: 'person', evidence: 1 }));
  return [...kept, ...added].sort((a, b) => a.first - b.first);
}

/** Does a person's role, as extract gave it, write every word of the asked title ("Kepala Desa Lorem" of "Kepala Desa Lorem di Kabupaten Ipsum")? */
export function holdsAll(role: string | undefined, title: readonly string[]): boolean {
  if (role === undefined) return false;
  const held = new Set(queryTerms(role));
  return title.every((t) => held.has(t));
}
