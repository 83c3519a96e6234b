// extract: Article → Understanding (people, organisations, places, quotes, dates, reported speech, events' short forms).
import { extractDates } from './dates/index.js';
import { extractNumbers } from './numbers.js';
import { extractOrganisations } from './organisations.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';
import { extractQuotes } from './quotes.js';
import { extractStatements } from './statements.js';
import type { Article, Understanding } from '../types.js';
import { articleWords } from './words.js';
import { readNames } from './names.js';
import { extractNameRuns } from './name-runs.js';
import { eventShortForms } from '../text/event-names.js';

export function understand(article: Article): Understanding {
  const words = articleWords(article);
  const people = extractPeople(article, readNames(article));
  const eventForms = eventShortForms(words.paragraphs.map((p) => p.text));
  const places = extractPlaces(article, people, words, eventForms);
  const dates = extractDates(article);
  return {
    people,
    organisations: extractOrganisations(article, people, words),
    places,
    quotes: extractQuotes(article, people),
    dates,
    names: extractNameRuns(article, readNames(article, places)),
    numbers: extractNumbers(article, dates),
    statements: extractStatements(article),
    eventForms: [...eventForms],
  };
}
