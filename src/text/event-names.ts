// Names of events (wars, elections, crises) that a locative may precede without making them places:
// "menuju Pilpres", "to the General Election". A short form the article writes in brackets after an
// event's name ("Pemilihan Presiden (Pilpres)") names the event too.
import { placeCues } from '../lang/places.js';
import { fold } from './normalize.js';

const events = new Set(placeCues.events);

/** Is this word (any case) one that makes a capitalised run an event? */
export const isEventWord = (word: string): boolean => events.has(fold(word));

const BRACKETED = /((?:\p{Lu}[\p{L}-]*\s+){1,6})\((\p{Lu}[\p{L}-]+)\)/gu;

/** The folded short forms that these texts write in brackets after an event's capitalised name. */
export function eventShortForms(texts: readonly string[]): Set<string> {
  const short = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(BRACKETED)) if (m[1]!.trim().split(/\s+/).some(isEventWord)) short.add(fold(m[2]!));
  return short;
}
