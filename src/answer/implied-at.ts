// Question words an answer says by itself, scored as standing at it (candidates.ts score): a life
// span in brackets says the birth and the death ("Lorem (Kota, 3 Maret 1120 – Kota, 9 Mei 1180)"
// answers "lahir" and "meninggal"), and a place after a locative says where a thing lies ("… kota
// terbesar di Italia" answers "letak" where the paragraph writes no "letak" or "terletak"). Only in a
// sentence naming the one asked, or right after one (a bracket cut at "skt.").
import { lifeConcepts } from '../lang/support.js';
import { conceptsOf } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { Candidate } from './candidate.js';
import { similarity } from './similarity.js';

/**
 * Does the candidate's sentence, or the one before (a bracket cut at "skt."), write every word of the
 * names the question types, capitalised? Titles and honorifics aside ("Kaisar", "Dr."); "Mohammad
 * Lorem" is not the "Władysław Lorem" written there.
 */
const namesAsked = (c: Candidate, focus: QuestionFocus): boolean => {
  const sentence = c.words[c.first]!.sentence;
  const written = new Set(c.words.filter((w) => (w.sentence === sentence || w.sentence === sentence - 1) && w.cap && !w.mark).map((w) => w.norm));
  const named = focus.nameRuns.flatMap((r) => r.words).filter((n) => n.length > 1 && !lexicon.stopWords.has(n) && !lexicon.titles.has(n) && !lexicon.honorifics.has(n) && !lexicon.titleWords.has(n));
  return named.length > 0 && named.every((n) => written.has(n));
};

/**
 * "Di mana letak X?" of a paragraph that writes no "letak" nor "terletak" ("X … merupakan kota di Italia"):
 * a place after a locative ("di", "in") says where, in a sentence naming the one asked. Only where the
 * question asks that and a name alone: "letak kota X" claims a kind of X that a locative does not confirm.
 */
const locatedAt = (c: Candidate, focus: QuestionFocus, term: string): boolean =>
  focus.kind === 'where' &&
  conceptsOf(term).includes('located') &&
  focus.terms.every((t) => t === term || focus.nameRuns.some((r) => r.words.includes(t))) &&
  focus.nameRuns.every((r) => r.before === undefined || r.before === term || lexicon.stopWords.has(r.before)) &&
  lexicon.placeMarkers.has(c.words[c.first - 1]?.norm ?? '') &&
  !c.words.some((w) => similarity(term, w) > 0) &&
  namesAsked(c, focus);

/** Does the answer of this candidate say the question word itself? */
export function saidAtAnswer(c: Candidate, focus: QuestionFocus, term: string): boolean {
  const life = c.implies?.(term) === true && conceptsOf(term).some((k) => lifeConcepts.includes(k));
  return (life && namesAsked(c, focus)) || locatedAt(c, focus, term);
}
