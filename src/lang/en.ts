import type { LanguageTable } from './tables.js';

/** English. */
export const en: LanguageTable = {
  questionWords: {
    who: 'who', whom: 'who', whose: 'who', 'who is': 'who', 'who was': 'who',
    when: 'when', 'what date': 'when', 'what year': 'when', 'what day': 'when', 'what month': 'when',
    'since when': 'when',
    where: 'where', 'where is': 'where', 'where was': 'where',
    what: 'what', which: 'what',
    why: 'why',
    how: 'how',
    'how many': 'howmany', 'how much': 'howmany',
  },
  stopWords: [
    'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'is', 'are', 'was', 'were', 'be',
    'been', 'by', 'with', 'from', 'that', 'this', 'these', 'those', 'it', 'its', 'as', 'did', 'do',
    'does', 'has', 'have', 'had', 'not', 'about', 'into', 'than', 'then', 'there', 'their', 'they',
    'he', 'she', 'his', 'her', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how',
    'many', 'much', 'tell', 'me', 'please', 'name', 'date', 'year', 'day', 'month',
  ],
  speechVerbs: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'explained', 'noted',
    'wrote', 'writes', 'asked', 'warned', 'insisted', 'argued', 'claimed', 'declared', 'announced',
    'replied', 'continued', 'concluded', 'reads',
  ],
  pronounSpeechVerbs: ['he said', 'she said', 'they said', 'he added', 'she added', 'he told', 'she told'],
  relayPhrases: ['according to', 'quoted by', 'reported by', 'told', 'cited by'],
  titles: [
    'president', 'vice president', 'prime minister', 'minister', 'foreign minister', 'defence minister',
    'defense minister', 'secretary', 'secretary-general', 'secretary general', 'chief', 'chairman',
    'chairwoman', 'chair', 'leader', 'director', 'governor', 'mayor', 'general', 'admiral', 'colonel',
    'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'representative', 'king',
    'queen', 'prince', 'princess', 'emperor', 'judge', 'justice', 'professor', 'prof', 'dr', 'mr', 'mrs',
    'ms', 'sir', 'lord', 'lady', 'coach', 'captain', 'chief executive', 'ceo', 'analyst', 'economist',
  ],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
    jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: {
    monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  },
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'No', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Gov',
    'Sen', 'Rep', 'Rev', 'Inc', 'Ltd', 'Co', 'Corp', 'vs', 'etc', 'e.g', 'i.e', 'U.S', 'U.K', 'U.N',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mt', 'Ave',
    'approx', 'est', 'a.m', 'p.m',
  ],
  promoLineStarts: [
    'read more', 'also read', 'read also', 'see also', 'related:', 'related articles', 'advertisement',
    'sponsored', 'watch:', 'watch the video', 'sign up', 'subscribe', 'click here', 'listen to this article',
    'recommended', 'most read', 'follow us',
  ],
  prefixes: [],
  suffixes: ['s', 'es', 'ed', 'd', 'ing', "'s", 'er', 'ers', 'ly'],
  markerWords: [
    'the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'on', 'with', 'said', 'as', 'by',
    'he', 'she', 'it', 'his', 'her', 'from',
  ],
};
