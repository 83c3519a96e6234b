// Runs of capitalised words that name no one whatever stands around them: a faith's or a people's
// adjectives alone ("tokoh Katolik", "mayoritas Kristen Protestan", "Catholic and Protestant") and a
// doctrine's name ("Marxisme", "Leninism"). A person's name holding such a word with other name
// words ("Christian Lorem") is read as usual.
import { nameShapes } from '../lang/name-shapes.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import type { Word } from '../text/words.js';

const doctrineEndings = [...new Set([...nameShapes.id.doctrineEndings, ...nameShapes.en.doctrineEndings].map(fold))];

/** A doctrine's name by its ending ("Marxisme", "Leninism"), of seven letters or more. */
const doctrine = (norm: string): boolean => norm.length >= 7 && doctrineEndings.some((e) => norm.endsWith(e));

/** Are words[first..last] only a faith's or a people's adjectives and doctrines, joined or not ("Kristen Protestan", "Islam dan Kristen")? */
export function namesNoOne(words: readonly Word[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = words[i]!;
    if (w.mark || !(lexicon.peopleAdjectives.has(w.norm) || doctrine(w.norm) || (i > first && i < last && lexicon.connectors.has(w.norm)))) return false;
  }
  return true;
}
