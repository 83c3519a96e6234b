// The person-name spans the bot's reading writes in a text, for the NER score (NERGrit counts each
// mention span of a person, not each person: "Daniel Lautner … Lautner" is two gold spans).
//
// This is a scoring of what kutip already extracted, not a new extraction: a person's own short
// forms (surname, first name, first and last, each a part of the name kutip found) are reported
// where the text writes them as a name of their own. A form written inside a longer capitalised run
// ("Lautner" in "Daniel Lautner", "Pink" in "Pink Floyd"), after a name particle ("de Burgh",
// "br Karo") or that is a title ("Pangeran") is no mention of its own.
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';

export interface NamedPerson {
  readonly name: string;
  readonly aliases: readonly string[];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const wordsOf = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** The word right before `at` (letters, digits, dots, apostrophes, dashes), if only spaces separate it. */
function wordBefore(text: string, at: number): string | undefined {
  return /([\p{L}\p{N}.'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1];
}

/** The word right after `end`, if only spaces separate it. */
function wordAfter(text: string, end: number): string | undefined {
  return /^\s+([\p{L}\p{N}.'’-]+)/u.exec(text.slice(end))?.[1];
}

const capitalised = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w);

/** Does the word ending at `at` open its sentence (nothing but spaces, quotes or brackets before it back to the text's start or a full stop)? */
function opensSentence(text: string, word: string, at: number): boolean {
  const start = text.lastIndexOf(word, at);
  return start >= 0 && /(^|[.!?])[\s"“”'‘’(]*$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** A capitalised word before the form that belongs to no name: a function or time word opening the sentence ("Sekarang <Name> tinggal …"). */
function commonOpener(text: string, word: string, at: number): boolean {
  const w = fold(word);
  return (lexicon.stopWords.has(w) || lexicon.leadWords.has(w)) && opensSentence(text, word, at);
}

/** A short form written as a name of its own: no capitalised word or name particle beside it. */
function standsAlone(text: string, span: Span): boolean {
  const before = wordBefore(text, span.start);
  const after = wordAfter(text, span.end);
  if ((capitalised(before) && !commonOpener(text, before!, span.start)) || capitalised(after)) return false;
  return before === undefined || !lexicon.particles.has(fold(before));
}

/** Is the form made of the name's own words (not a nickname or another mention's wording), and no title? */
function partOfName(form: string, name: string): boolean {
  const parts = new Set(wordsOf(name));
  const words = wordsOf(form);
  if (words.length === 0 || words.length >= parts.size || !words.every((w) => parts.has(w))) return false;
  return !words.some((w) => lexicon.titleWords.has(fold(w)) || lexicon.honorifics.has(fold(w)) || lexicon.titlesInName.has(fold(w)));
}

/**
 * Every person's name, then each short form of a person that the text writes as a mention of its
 * own, as written (longer forms first, none overlapping a written name or another mention).
 */
export function mentionNames(text: string, people: readonly NamedPerson[]): string[] {
  const taken: Span[] = [];
  for (const p of people) for (const at of findAll(text, p.name)) taken.push({ start: at, end: at + p.name.length });
  const overlaps = (s: Span): boolean => taken.some((t) => s.start < t.end && s.end > t.start);
  const names = people.map((p) => p.name);
  const forms = people.flatMap((p) => p.aliases.filter((a) => partOfName(a, p.name)));
  const longestFirst = [...new Set(forms)].sort((a, b) => b.length - a.length);
  for (const form of longestFirst) {
    for (const at of findAll(text, form)) {
      const span = { start: at, end: at + form.length };
      if (overlaps(span) || !standsAlone(text, span)) continue;
      taken.push(span);
      names.push(form);
    }
  }
  return names;
}
