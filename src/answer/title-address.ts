// A title of address before a name ("nabi", "Santo", "Ratu") in a when- or where-question: how the
// question addresses the person, not what it asks (answer/support.ts needs no passage to write it).
import { conceptsOf, conceptWordsOf, personWords } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { gazetteerEntryOf } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';

/** The concept of holding a realm's rule (the tables' "ruled": "berkuasa", "raja", "ratu"). */
const RULED = 'ruled';

/** Does a word tell a realm's rule, itself or in the other language ("Queen" as "ratu")? */
const rules = (word: string): boolean => [word, ...conceptWordsOf(word)].some((w) => conceptsOf(w).includes(RULED));

/**
 * A title of address right before the name a when- or where-question asks of ("Kapan nabi X wafat?",
 * "Di mana Santo X meninggal?") is how it addresses the person, as a rank is: the event is asked, not
 * the office; the passage need not write it. A who-question asks the office ("Siapa Presiden X?").
 */
export function titleAddresses(focus: QuestionFocus, term: string): boolean {
  // Only a title that is a form of address ("nabi", "santo"), not an office the tables tell in other words ("gitaris").
  if (focus.kind === 'who' || !lexicon.titles.has(term) || personWords.has(term)) return false;
  // A ruler's title ("Ratu", "Sultan") addresses the one named, unless the question asks of the rule itself ("Kapan Ratu X naik takhta?").
  const ruler = rules(term) && !focus.terms.some((t) => t !== term && rules(t));
  if (conceptWordsOf(term).length > 0 && !ruler) return false;
  // A person's name: no place ("presiden Indonesia" asks the office of a country).
  const person = (words: readonly string[]): boolean => words.length > 0 && gazetteerEntryOf(words.join(' ')) === undefined && !words.some((w) => gazetteerEntryOf(w) !== undefined || lexicon.titleWords.has(w) || lexicon.stopWords.has(w));
  return focus.nameRuns.some((r) => (r.before === term && person(r.words)) || (r.words[0] === term && person(r.words.slice(1))));
}
