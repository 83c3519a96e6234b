// Whose role a question asks about: "Siapa presiden Amerika?" is not answered by the article's
// "Presiden Rusia".
import { placesAsked, type Query } from '../query/query.js';
import { gazetteerEntryOf, placeSpans } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';
import { queryTerms } from '../text/terms.js';

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
  const spans = placeSpans(role);
  if (spans.length === 0) return false;
  // The same place by another of its names ("Presiden AS" for "presiden Amerika Serikat").
  const askedEntries = new Set(asked.flatMap((names) => names.map((name) => gazetteerEntryOf(name.join(' ')))));
  if (spans.some((span) => askedEntries.has(span.entry))) return false;
  const roleWords = new Set(queryTerms(role));
  return !asked.some((names) => names.some((name) => name.every((w) => roleWords.has(w))));
}
