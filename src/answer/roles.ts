// Whose role a question asks about: "Siapa presiden Amerika?" is not answered by the article's
// "Presiden Rusia".
import { conceptsOf, roleModifierKinds } from '../query/concepts.js';
import { placesAsked, type Query } from '../query/query.js';
import { demonymSpans, gazetteerEntryOf, placeSpans, writesWorldCountry } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';
import { queryTerms } from '../text/terms.js';
import { wordsOf } from '../text/words.js';
import { portfolioConcepts } from '../lang/support.js';
import { memoize } from '../memo.js';
import { saysAll, writesName } from './written.js';

/**
 * Does a role as the article writes it name another place than every place the question asks
 * about? "Presiden Rusia" for "presiden Amerika" does; "Presiden" alone does not (the question may
 * add a country the article leaves out), nor does "Presiden Amerika Serikat". A place of the
 * question's context (`context`: "… yang meninggal di Medan") says where something happened, not
 * whose office it is.
 */
export function roleContradicts(role: string | undefined, query: Query, context: ReadonlySet<string> = new Set()): boolean {
  // Only a question about a role ("presiden Amerika") asks whose country; "bertemu di Moskow" asks where.
  if (role === undefined || !query.terms.some((t) => lexicon.titleWords.has(t))) return false;
  const asked = placesAsked(query).filter((names) => !names.some((name) => name.every((w) => context.has(w))));
  if (asked.length === 0) return false;
  // A people's word names its place ("Russian Foreign Minister" is Russia's).
  const spans = [...placeSpans(role), ...demonymSpans(role)];
  // A country outside the gazetteer ("Presiden Zimbabwe") is another than any place asked, all of which are in it.
  if (spans.length === 0) return writesWorldCountry(role);
  // The same place by another of its names ("Presiden AS" for "presiden Amerika Serikat").
  const askedEntries = new Set(asked.flatMap((names) => names.map((name) => gazetteerEntryOf(name.join(' ')))));
  if (spans.some((span) => askedEntries.has(span.entry))) return false;
  const roleWords = new Set(queryTerms(role));
  return !asked.some((names) => names.some((name) => name.every((w) => roleWords.has(w))));
}

/** A title word that names an office (not only a modifier of one): "ketua", "wagub"; not "wakil", "mantan". */
const namesOffice = (w: string): boolean => lexicon.titleWords.has(w) && !roleModifierKinds.has(w) && conceptsOf(w).some((k) => k.startsWith('role:') && k !== 'role:vice');

/**
 * What the modifiers among these words make of a title: "wakil", "wagub", "deputy" → vice; "mantan", "former" → former.
 * Only before the office or in its own word: after it a word of the body's name modifies nothing
 * ("Ketua Dewan Perwakilan Rakyat" is no vice-chair).
 */
function modifiersOf(words: readonly string[]): Set<string> {
  const kinds = new Set<string>();
  let office = false;
  for (const w of words) {
    // A title word that says it itself ("wagub"), not any word holding one ("mewakili").
    const kind = roleModifierKinds.get(w) ?? (lexicon.titleWords.has(w) && conceptsOf(w).includes('role:vice') ? 'vice' : undefined);
    if (kind !== undefined && (!office || namesOffice(w))) kinds.add(kind);
    if (namesOffice(w)) office = true;
  }
  return kinds;
}

/** The offices these words name, apart from their modifiers: each title word and its role concepts ("wagub" → governor). */
function officesOf(words: readonly string[]): Set<string> {
  const offices = new Set<string>();
  for (const w of words) {
    if (!lexicon.titleWords.has(w) || roleModifierKinds.has(w)) continue;
    offices.add(w);
    for (const key of conceptsOf(w)) if (key.startsWith('role:') && key !== 'role:vice') offices.add(key);
  }
  return offices;
}

/** Modifiers a role may leave unsaid: an article written while X was governor does not call X the former governor. */
const unsaidModifiers = new Set(['former', 'candidate']);

/**
 * Does a role name the asked office with other modifiers? "Gubernur Jakarta" does not answer
 * "Siapa Wakil Gubernur Jakarta?", nor "Wakil Gubernur" "Who is the governor?", nor "mantan
 * Presiden" "Siapa presiden …?". Only where both name one office: "Kapolres" says nothing of a governor.
 */
export function otherOffice(role: string | undefined, query: Query): boolean {
  if (role === undefined) return false;
  if (otherPortfolio(role, query.text)) return true;
  const [held, asked] = [queryTerms(role), query.terms];
  const offices = officesOf(held);
  if (![...officesOf(asked)].some((o) => offices.has(o))) return false;
  const [a, h] = [modifiersOf(asked), modifiersOf(held)];
  return [...h].some((k) => !a.has(k)) || [...a].some((k) => !h.has(k) && !unsaidModifiers.has(k));
}

/**
 * Does a role as the article writes it say every word of an office asked, in either language or by
 * its people's word ("Menteri Luar Negeri Prancis" says "French foreign minister")? `alone` may
 * accept a word by a looser reading of its own.
 */
export function roleSaysAll(role: string | undefined, terms: readonly string[], alone: (term: string) => boolean = () => false): boolean {
  if (role === undefined) return false;
  const written = wordsOf(role).map((w) => ({ ...w, sentence: 0, initial: false }));
  return written.length > 0 && saysAll(terms, written, (t) => alone(t) || writesName(t, written));
}

const portfolios = new Set(portfolioConcepts.map((c) => `role:${c}`));

/** The portfolios a text names, by its words and pairs of words, function words kept ("dalam negeri"); read once per text. */
const portfoliosOf = memoize((text: string): ReadonlySet<string> => {
  const words = wordsOf(text).filter((w) => !w.mark).map((w) => w.norm);
  const phrases = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
  return new Set(phrases.flatMap((phrase) => conceptsOf(phrase)).filter((c) => portfolios.has(c)));
}, 512);

/**
 * Does a role name another portfolio than the one asked? "Menteri Luar Negeri" for "Siapa Menteri
 * Dalam Negeri?" does ("dalam" is a function word the question's terms leave out), "Mendagri" does
 * not; a role naming no portfolio ("Menteri") says nothing against it.
 */
export function otherPortfolio(role: string | undefined, asked: string): boolean {
  if (role === undefined) return false;
  const want = portfoliosOf(asked);
  if (want.size === 0) return false;
  const held = portfoliosOf(role);
  return held.size > 0 && ![...held].some((c) => want.has(c));
}
