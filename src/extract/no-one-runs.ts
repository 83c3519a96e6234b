// Runs of capitalised words that name no one whatever stands around them: a faith's or a people's
// adjectives alone ("tokoh Katolik", "mayoritas Kristen Protestan", "Catholic and Protestant") and a
// doctrine's name ("Marxisme", "Leninism"). A person's name holding such a word with other name
// words ("Christian Lorem") is read as usual. And the other way round: a family name's particle
// written lower case before a name word says it is a person's ("keluarga de Burgh").
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

const surnameParticles = new Set([...nameShapes.id.surnameParticles, ...nameShapes.en.surnameParticles].map(fold));

/** "keluarga de Burgh", ", van Dijk menulis …": a lower-case family particle right before the name word at `from`, no name word before it. */
export function surnameParticleBefore(words: readonly Word[], from: number, isName: (i: number) => boolean): boolean {
  const particle = words[from - 1];
  return particle !== undefined && !particle.mark && !particle.cap && surnameParticles.has(particle.norm) && particle.end + 1 === words[from]!.start && !isName(from - 2);
}

/** "<Name> Sekretaris desa <Name>", "<Name> Sekretaris jenderal …": the title at i, closing the run at `last`, goes on in lower case after it. */
export function roleGoesOn(words: readonly Word[], i: number, last: number): boolean {
  const after = words[last + 1];
  if (after === undefined || after.mark || after.cap) return false;
  return lexicon.titles.matchAt(words, i) > last - i + 1 || lexicon.placeWords.has(after.norm) || lexicon.organisationWords.has(after.norm);
}
