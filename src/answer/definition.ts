// "Siapakah Lorem Ipsum?", "Who is Lorem Ipsum?": asked by name alone, who someone is is what the
// article says of them where their name is the subject of "adalah", "merupakan", "is" ("Lorem Ipsum
// (lahir 1950) adalah seorang pelukis Indonesia." → "pelukis Indonesia"), not the name itself. The
// profile /who gives stays the answer's citations and text; the short answer becomes that description.
import type { LibraryEntry } from '../index/library.js';
import type { Scope } from '../index/scope.js';
import { allTables } from '../lang/index.js';
import type { Query } from '../query/query.js';
import { findAll } from '../text/find.js';
import { resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import type { Citation, Finding } from '../findings.js';

const copulas = new Set(allTables.flatMap((t) => t.answerWords?.copulas ?? []));
const openers = new Set(allTables.flatMap((t) => t.answerWords?.descriptionOpeners ?? []));

/** Words that may stand before the name in the subject ("Sir", "Dr.", "Sang"). */
const MAX_BEFORE = 3;

/** Words, at most, of the subject before the verb: the name and what is said of it on the way ("Lorem (1950–2010), dikenal juga sebagai …"). */
const MAX_SUBJECT = 24;

const wordsOf = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** The description after "<name> adalah …" in one sentence, else undefined. */
function describedIn(sentence: string, forms: readonly string[]): string | undefined {
  const at = [...sentence.matchAll(/[\p{L}\p{N}]+/gu)].find((m) => copulas.has(fold(m[0])));
  if (at?.index === undefined) return undefined;
  // The subject, without what brackets add ("(lahir 1950)", a name in another script).
  const subject = sentence.slice(0, at.index).replace(/\([^()]*\)|\[[^[\]]*\]/gu, ' ');
  // The sentence is about the name: it opens the subject, after a title or two at most.
  const opens = (f: string): boolean => findAll(subject, f).some((at) => wordsOf(subject.slice(0, at)).length <= MAX_BEFORE);
  if (!forms.some(opens) || wordsOf(subject).length > MAX_SUBJECT) return undefined;
  let rest = sentence.slice(at.index + at[0].length);
  // A reference mark ("[1]") or the sentence's full stop closes it.
  rest = rest.replace(/\[[^\]]*\][\s\S]*$/u, '').replace(/[\s.!?;:,]+$/u, '').trim();
  const opener = /^([\p{L}]+)\s+/u.exec(rest);
  if (opener && openers.has(fold(opener[1]!))) rest = rest.slice(opener[0].length);
  return /\p{L}/u.test(rest) ? rest : undefined;
}

/** The forms the profile's subject goes by in this article: its name, the other names it is given, as typed. */
function formsOf(entry: LibraryEntry, name: string, typed: string): string[] {
  const person = resolvePerson(entry.understanding.people, name);
  const key = fold(name);
  const org = entry.understanding.organisations.find((o) => fold(o.name) === key);
  const forms = [name, typed, ...(person ? [person.name, ...person.aliases] : []), ...(org ? [org.name, ...org.aliases] : [])];
  return [...new Set(forms.filter((f) => f.trim().length > 1))];
}

/**
 * A /who profile found for a question that only names someone ("Siapakah Lorem Ipsum?"), answered
 * with the description the article gives them where one of its sentences says who they are; else as found.
 */
export function withDefinition(scope: Scope, query: Query, found: Finding): Finding {
  if (!found.found || found.said.kind !== 'profile' || !query.subject.asked || found.value === undefined) return found;
  for (const citation of found.citations) {
    const entry = scope.library.get(citation.article);
    const paragraph = entry?.article.paragraphs[citation.paragraph - 1];
    if (!entry || !paragraph) continue;
    const forms = formsOf(entry, found.value, query.subject.text);
    for (const sentence of paragraph.sentences) {
      const description = describedIn(sentence.text, forms);
      if (description === undefined) continue;
      const cited: Citation = { ...citation, highlights: [...(citation.highlights ?? []), description] };
      return { ...found, value: description, citations: [cited, ...found.citations.filter((c) => c !== citation)] };
    }
  }
  // No sentence says who they are: the role the article writes beside their name does ("produser Lorem").
  return found.role !== undefined ? { ...found, value: found.role } : found;
}
