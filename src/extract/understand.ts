// extract: Article → Understanding (people, organisations, places, quotes, dates).
import { extractDates } from './dates/index.js';
import { extractOrganisations } from './organisations.js';
import { resolvePerson } from '../text/name-match.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';
import { extractQuotes } from './quotes.js';
import type { Article, Person, Quote, Understanding } from '../types.js';
import { articleWords } from './words.js';
import { extractNameRuns } from './names.js';

/** A quote's speaker as written ("Kim") becomes the person's full name where the article gives one. */
function linkSpeakers(quotes: readonly Quote[], people: readonly Person[]): Quote[] {
  return quotes.map((q) => {
    const person = q.speaker === undefined ? undefined : resolvePerson(people, q.speaker);
    return person && person.name !== q.speaker ? { ...q, speaker: person.name } : q;
  });
}

export function understand(article: Article): Understanding {
  const words = articleWords(article);
  const people = extractPeople(article, words);
  const places = extractPlaces(article, people, words);
  return {
    people,
    organisations: extractOrganisations(article, people, words),
    places,
    quotes: linkSpeakers(extractQuotes(article), people),
    dates: extractDates(article),
    names: extractNameRuns(article, places),
  };
}
