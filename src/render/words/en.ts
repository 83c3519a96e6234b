// English.
import type { Words } from './words.js';

export const en: Words = {
  dateLocale: 'en-GB',
  and: 'and',

  notFound: (q) => `The article does not say anything about “${q}”.`,
  emptyQuery: (command, example) => `Type what to look for, for example: ${command} ${example}`,
  unknownArticle: (id, loaded) => `No article “${id}” is loaded. Loaded: ${loaded}.`,
  andMore: (n) => `and ${n} more`,
  noneLoaded: 'none',
  mentioned: (where) => `Mentioned in ${where}.`,
  placeMentioned: (place, where) => `${place} — mentioned in ${where}.`,
  notNamedPerson: (q) => `The article does not name “${q}”.`,
  notNamedPlace: (q) => `The article does not name the place “${q}”.`,
  isAPlace: (q, where) => `“${q}” is a place in this article, not a person (see ${where}).`,
  nobody: (q) => `The article does not say who ${q}.`,
  nowhere: (q) => `The article does not say where ${q}.`,
  undated: (where) => `The passage that tells of it (${where}) gives no date.`,
  nearest: (date, where) => ` The nearest date stated before it is ${date} (${where}); the article does not say it is the date of this event.`,
  noQuote: (q) => `No quote in the article matches “${q}”.`,
  unquoted: (name, where) => `${name} is mentioned in ${where} but is not quoted.`,
  speakerUnknown: 'speaker not named',
  via: 'via',
  source: (f) =>
    [
      `Outlet: ${f.outlet ?? 'unknown'}`,
      `Title: ${f.title ?? 'not given'}`,
      `Published: ${f.date ?? 'unknown'}`,
      `Link: ${f.url ?? 'not given'}`,
      `Paragraphs: ${f.paragraphs}`,
      `Lede: ${f.lede}`,
    ].join('\n'),
  helpIntro: 'kutip answers from the article and cites the paragraphs (¶N) it answers from.',

  namedIn: (total, shown) => `Named in ${total} articles${shown ? ` — ${shown}` : ''}.`,
  quotedIn: (total, shown) => `Quoted in ${total} articles${shown ? ` — ${shown}` : ''}.`,
  shownFirst: (count) => (count === 1 ? 'the most relevant' : `the ${count} most relevant`),
  shownRange: (from, to) => (from === to ? `number ${from} by relevance` : `${from}–${to} by relevance`),
  rolesAgree: (count, of) => `as ${count} of the ${of} articles that give a role give it`,
  rolesLatest: (role, date) => `the most recent${date ? ` (${date})` : ''} gives “${role}”`,
  noPage: (page, pages) => `There is no page ${page}: this answer has ${pages} page${pages === 1 ? '' : 's'}.`,
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  results: (total, unit) => `${total} ${total === '1' ? unit.replace(/s$/, '') : unit}`,
  libraryHolds: (articles, outlets, named, dates) =>
    `${articles} articles from ${outlets} outlet${outlets === '1' ? '' : 's'}${named ? ` (${named})` : ''}${dates ? `, published ${dates}` : ''}.`,
  newest: (from, to) => (from === 1 ? 'Newest:' : `Newest, ${from}–${to}:`),

  titles: {
    who: 'Who', when: 'When', where: 'Where', quote: 'Quote', ask: 'Answer',
    search: 'Search', source: 'Source', help: 'Help',
  },
  notFoundTitle: 'Not in the article',
  sourceLabel: 'Source',
  sourcesLabel: 'Sources',
  more: (count, paragraphs) => `${count} more: ${paragraphs}`,
  error: (id) =>
    `Sorry, something went wrong on my side. Please try again; if it keeps happening, give the admin this interaction id: \`${id}\``,
  cooldown: (seconds) => `Please wait ${seconds} s before your next command.`,
  unknownArticleOption: (article, option, interactionId) =>
    `I have no article “${article}”. Pick one from the list the \`${option}\` option suggests. (interaction \`${interactionId}\`)`,

  previous: 'Previous',
  next: 'Next',
  staleButton: 'This button no longer matches its answer (it is old or was changed). Ask again with the command.',
  libraryChanged: 'The articles have changed since this answer was given. Ask again to see the answer from the articles loaded now.',
  nextPageHint: (page) => `More: kutip ask --page ${page} …`,

  badJson: 'That line looks like JSON but is not valid JSON.',
  jsonNeedsCommand: 'A JSON line needs a "command" string, e.g. {"command": "/search Kursk"}.',
  jsonArticleType: '"article" must be a string (an article id).',
  jsonLocale: '"locale" must be "id" (Indonesian) or "en" (English).',
  jsonPage: (max) => `"page" must be a whole number from 1 to ${max}.`,
  jsonUnknownField: (field) => `Unknown field “${field}” in the JSON line; the fields are command, article, locale and page.`,
  unknownCommand: (name, commands) => `Unknown command “/${name}”. Commands: ${commands}`,
};
