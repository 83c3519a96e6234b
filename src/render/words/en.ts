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
  unsupported: (where, missing, says) =>
    says !== undefined
      ? `The article does not say that: ${where} says “${says}”, not “${missing}”.`
      : `The article does not say that: ${where} comes closest but does not say “${missing}”.`,
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

  badJson: 'That line looks like JSON but is not valid JSON.',
  jsonNeedsCommand: 'A JSON line needs a "command" string, e.g. {"command": "/search Kursk"}.',
  jsonArticleType: '"article" must be a string (an article id).',
  jsonLocale: '"locale" must be "id" (Indonesian) or "en" (English).',
  jsonUnknownField: (field) => `Unknown field “${field}” in the JSON line; the fields are command, article and locale.`,
  unknownCommand: (name, commands) => `Unknown command “/${name}”. Commands: ${commands}`,
};
