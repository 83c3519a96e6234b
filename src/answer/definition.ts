// "Siapakah Lorem Ipsum?", "Siapa yang dimaksud dengan politikus?", "Who is Lorem Ipsum?": asked what
// someone or something is, the answer is what the article says of it where it is the subject of
// "adalah", "merupakan", "digambarkan sebagai", "is" ("Lorem Ipsum (lahir 1950) adalah seorang
// pelukis Indonesia." → "pelukis Indonesia"), not a name again. The subject may open with a phrase
// ("Dalam serial Lorem, Ipsum merupakan …") or write the one asked about as another of its names
// ("Lorem III, lebih dikenal sebagai Lorem Agung, adalah …"). The profile /who gives stays the
// answer's citations and text where there is one; the short answer becomes that description.
import type { LibraryEntry } from '../index/library.js';
import { paragraphsWithAny } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import { allTables } from '../lang/index.js';
import { allSupportTables } from '../lang/support.js';
import type { Query } from '../query/query.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { fold, foldedWords } from '../text/normalize.js';
import { queryTerms } from '../text/terms.js';
import type { Citation, Finding } from '../findings.js';

const phrases = (list: readonly string[]): string[][] => [...new Set(list.map(fold))].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const copulas = phrases(allTables.flatMap((t) => t.answerWords?.copulas ?? []));
const describers = phrases(allTables.flatMap((t) => t.answerWords?.describingVerbs ?? []));
const aliasPhrases = phrases(allTables.flatMap((t) => t.answerWords?.aliasWords ?? []));
const openers = new Set(allTables.flatMap((t) => t.answerWords?.descriptionOpeners ?? []));
const contextWords = new Set(allSupportTables.flatMap((t) => t.contextWords));
const relationWords = new Set(allSupportTables.flatMap((t) => t.personWords));
/** "yang", "who": a relative clause, whose verbs are said of the subject on the way to its copula. */
const relativeWords = new Set(allTables.flatMap((t) => t.answerWords?.relativeWords ?? []));
const activeVerb = (norm: string, first: string): boolean =>
  norm.length >= 6 && !/\p{Lu}/u.test(first) && !lexicon.stopWords.has(norm) && !lexicon.titles.has(norm) && lexicon.verbPrefixes.some((p) => norm.startsWith(p));

/** Words that may stand before the name in the subject ("Sir", "Dr.", "Sang"), or after a phrase opening it. */
const MAX_BEFORE = 3;

/** Words, at most, of a phrase opening the subject before a comma ("Dalam serial Lorem, …"). */
const MAX_LEAD = 6;

/** Words, at most, of the subject before the verb: the name and what is said of it on the way ("Lorem (1950–2010), dikenal juga sebagai …"). */
const MAX_SUBJECT = 24;

/** Words, at most, of a term a definition question asks about. */
const MAX_TERM = 8;

interface Token {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** A comma or a bracket, not a word. */
  readonly mark: boolean;
}

const tokensOf = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}]+|[()[\],]/gu)].map((m) => ({ norm: fold(m[0]), start: m.index!, end: m.index! + m[0].length, mark: !/[\p{L}\p{N}]/u.test(m[0]) }));

/** Does the phrase stand at word k of these words? */
const phraseAt = (words: readonly string[], k: number, phrase: readonly string[]): boolean => phrase.every((w, j) => words[k + j] === w);

/** Is the subject, as its words outside brackets, about one of the forms: opening it, opening it after a phrase, or written as another name of it? */
function about(words: readonly string[], commas: readonly number[], forms: readonly (readonly string[])[]): boolean {
  // A phrase of context opening the sentence ("Dalam serial Lorem,", "Menurut catatan kuno,"); not a name the words after the comma stand beside.
  const lead = commas[0] !== undefined && commas[0] <= MAX_LEAD && (contextWords.has(words[0]!) || lexicon.leadWords.has(words[0]!)) ? commas[0] : undefined;
  return forms.some((form) =>
    words.some((_, p) => {
      if (!phraseAt(words, p, form)) return false;
      // Opening it, after a title or two ("Sir", "Dr."), not after a comma: "Lorem, Adipati Ipsum, adalah …" is about Lorem.
      if ((p <= MAX_BEFORE && (commas[0] === undefined || commas[0] > p)) || (lead !== undefined && p >= lead && p - lead <= MAX_BEFORE)) return true;
      return aliasPhrases.some((a) => p >= a.length && phraseAt(words, p - a.length, a));
    }),
  );
}

/** The description after "<name> adalah …" in one sentence, else undefined; `lowerOnly`: only one that opens in lower case (a class, not another name). */
function describedIn(sentence: string, forms: readonly (readonly string[])[], lowerOnly = false): string | undefined {
  const tokens = tokensOf(sentence);
  // The subject's words outside brackets, and how many of them stand before each of its commas.
  const words: string[] = [];
  const commas: number[] = [];
  let depth = 0;
  // A relative clause opened in this stretch between commas ("Lorem, yang kemudian menjabat …, adalah").
  let relative = false;
  for (let i = 0; i < tokens.length && words.length <= MAX_SUBJECT; i++) {
    const t = tokens[i]!;
    if (t.norm === '(' || t.norm === '[') depth++;
    else if (t.norm === ')' || t.norm === ']') depth = Math.max(0, depth - 1);
    if (t.mark || depth > 0) {
      if (t.norm === ',' && depth === 0) {
        commas.push(words.length);
        relative = false;
      }
      continue;
    }
    const plain = tokens.slice(i).filter((x) => !x.mark).map((x) => x.norm);
    const describer = describers.find((p) => phraseAt(plain, 0, p));
    const verb = describer ?? copulas.find((p) => phraseAt(plain, 0, p));
    if (verb !== undefined && words.length > 0 && about(words, commas, forms)) {
      const after = tokens.filter((x) => !x.mark && x.start >= t.start)[verb.length - 1]!.end;
      const description = descriptionOf(sentence.slice(after));
      // After "dikenal sebagai" a name is another name of it; read on to the next verb.
      if (description !== undefined && (!(describer || lowerOnly) || /^\p{Ll}/u.test(description))) return description;
    }
    if (relativeWords.has(t.norm)) relative = true;
    // "Lorem menulis bahwa Ipsum adalah …": a verb of its own makes the subject's clause another, its copula another's.
    else if (verb === undefined && !relative && activeVerb(t.norm, sentence[t.start]!) && !aliasPhrases.some((a) => phraseAt(plain, 0, a))) return undefined;
    words.push(t.norm);
  }
  return undefined;
}

/** What follows the verb, up to a reference mark or a bracket left open, without its opener ("seorang") and final marks. */
function descriptionOf(after: string): string | undefined {
  let rest = after.replace(/\[[^\]]*\][\s\S]*$/u, '');
  const open = rest.search(/\((?![^()]*\))|\[(?![^[\]]*\])/u);
  if (open >= 0) rest = rest.slice(0, open);
  rest = rest.replace(/[\s.!?;:,]+$/u, '').trim();
  const opener = /^([\p{L}]+)\s+/u.exec(rest);
  if (opener && openers.has(fold(opener[1]!))) rest = rest.slice(opener[0].length);
  return /\p{L}/u.test(rest) ? rest : undefined;
}

/** The forms a name given as text goes by in this article: itself, and the other names of the one it names (no more than a name: "pendiri Lorem" names no one). */
function namesOf(entry: LibraryEntry, name: string): string[] {
  const key = foldedWords(name);
  const part = (form: string): boolean => ` ${foldedWords(form)} `.includes(` ${key} `);
  const person = resolvePerson(entry.understanding.people, name);
  const org = entry.understanding.organisations.find((o) => foldedWords(o.name) === key);
  const one = person && [person.name, ...person.aliases].some(part) ? [person.name, ...person.aliases] : [];
  return [name, ...one, ...(org ? [org.name, ...org.aliases] : [])];
}

const asWords = (forms: readonly string[]): string[][] => [...new Set(forms.map((f) => foldedWords(f)).filter((f) => f.length > 1))].map((f) => f.split(' '));

/** A word that tells a kind, not a name ("orang", "dewa", "pangeran"): "orang Lorem" is about Lorem. */
const kindWord = (w: string): boolean => lexicon.stopWords.has(w) || lexicon.titleWords.has(w) || lexicon.roleWords.has(w) || lexicon.commonNouns.has(w) || lexicon.peopleWords.has(w);

/**
 * The forms of a term a question asks about: as typed, without its context ("Lorem dalam Ipsum" →
 * "Lorem", where the paragraph writes "Ipsum"), the article's other names for it, and — for a term
 * a definition cue names — without the words of kind opening it ("orang Lorem" → "Lorem"; a question
 * without one may name a relation there: "pendiri Lorem" is not about Lorem).
 */
function termForms(entry: LibraryEntry, term: string, paragraph: string, cued: boolean): string[][] {
  const words = foldedWords(term).split(' ');
  const written = new Set(foldedWords(paragraph).split(' '));
  const cut = words.findIndex((w, i) => i > 0 && contextWords.has(w));
  const core = cut > 0 && words.slice(cut + 1).every((w) => written.has(w) || lexicon.stopWords.has(w)) ? words.slice(0, cut) : words;
  const bare = [...core];
  while (cued && bare.length > 1 && kindWord(bare[0]!)) bare.shift();
  const named = [term, core.join(' '), bare.join(' ')];
  return asWords(named.flatMap((n) => namesOf(entry, n)));
}

/**
 * "Siapa yang dimaksud dengan X?", "Siapakah X?": the description the passage gives X where one of
 * its sentences says what X is, cited; undefined where none does. `lowerOnly`: only a description in
 * lower case (a question without a definition cue may ask for a name: "Siapa penemu X?" of "Penemu X
 * adalah Lorem" is for the open question's answerer).
 */
export function definitionAsked(scope: Scope, query: Query, lowerOnly: boolean): Finding | undefined {
  const cued = query.subject.defined !== undefined;
  const term = (query.subject.defined ?? query.subject.text).trim();
  const terms = queryTerms(term);
  if (!query.subject.asked || terms.length === 0 || term.split(/\s+/).length > MAX_TERM) return undefined;
  // Without a cue, a title or a relation asks for the one who holds it ("Siapa pendiri Lorem?"), not what Lorem is;
  // nor does a relative clause ("Siapa yang mengkritik usulan itu?") ask what anything is.
  if (!cued && terms.some((t) => lexicon.titleWords.has(t) || relationWords.has(t))) return undefined;
  if (!cued && relativeWords.has(fold(term.split(/\s+/)[0] ?? ''))) return undefined;
  for (const { entry, paragraph } of paragraphsWithAny(scope, terms)) {
    const forms = termForms(entry, term, paragraph.text, cued);
    for (const sentence of paragraph.sentences) {
      const description = describedIn(sentence.text, forms, lowerOnly);
      if (description === undefined) continue;
      const citation: Citation = { article: entry.article.id, paragraph: paragraph.n, excerpt: paragraph.text, highlights: [description] };
      return { command: 'ask', query: query.text, found: true, value: description, citations: [citation], said: { kind: 'passage', text: sentence.text }, asks: 'who' };
    }
  }
  return undefined;
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
    const forms = asWords([...namesOf(entry, found.value), query.subject.defined ?? query.subject.text]);
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
