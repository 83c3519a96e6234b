// extract: Article → Understanding (people, organisations, places, quotes, dates).
import { extractDates } from './dates.js';
import { extractNumbers } from './numbers.js';
import { extractOrganisations } from './organisations.js';
import { resolvePerson } from '../text/name-match.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';
import { attributionOf, extractQuotes } from './quotes.js';
import type { Article, Person, Quote, Understanding } from '../types.js';
import { articleWords } from './words.js';
import { extractNameRuns, readNames } from './names.js';

/** A quote's speaker as written ("Kim") becomes the person's full name where the article gives one. */
function linkSpeakers(quotes: readonly Quote[], people: readonly Person[]): Quote[] {
  return quotes.map((q) => {
    const person = q.speaker === undefined ? undefined : resolvePerson(people, q.speaker);
    return person && person.name !== q.speaker ? { ...q, speaker: person.name } : q;
  });
}

/** Each quote with its attribution clause as written, so no answer reads the paragraph again. */
function withAttribution(article: Article, quotes: readonly Quote[]): Quote[] {
  return quotes.map((q) => {
    const attribution = attributionOf(article, q);
    return attribution === undefined ? q : { ...q, attribution };
  });
}

export function understand(article: Article): Understanding {
  const words = articleWords(article);
  const people = extractPeople(article, readNames(article));
  const places = extractPlaces(article, people, words);
  const dates = extractDates(article);
  return {
    people,
    organisations: extractOrganisations(article, people, words),
    places,
    quotes: withAttribution(article, linkSpeakers(extractQuotes(article), people)),
    dates,
    names: extractNameRuns(article, readNames(article, places)),
    numbers: extractNumbers(article, dates),
  };
}
