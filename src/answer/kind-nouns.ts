// A common noun a question writes right before a name only says what kind of thing the name is
// ("Dimana anjing Hachikō dimakamkan?", "Di mana letak menara Monas?", "Where was the dog Hachiko
// buried?"): where the paragraph names that thing, the answer's sentence need not repeat the kind.
// The fixed kinds of the tables ("film", "novel", "kota") are frame words; this reads the slot.
// Read only in when- and where-questions (a who-question's word before a name mostly relates the
// answer to it: "Siapa klien X?"). Not a kind: a title, a person or kin word, an event ("pembangunan",
// "dibangun"), a word of a known concept that is no kind of thing of the tables, a kind of place
// (part of the name: "Gunung X"). The name must be written as typed, every word; a kind the tables
// know written otherwise right before it ("kapal X" for "anjing X") tells another thing. A kind the
// tables do not know ("kucing") is not read as a contradiction: "tubuh X" looks the same.
import { confixEnds, nounPrefixes } from '../lang/morphology.js';
import { conceptsOf, frameWords, personWords, wordKind } from '../query/concepts.js';
import type { NameRun, QuestionFocus } from '../query/focus.js';
import { hasRoleAffix, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Gap } from './gaps.js';
import { partsOfWord, sameOrTypo } from './written.js';

/** Prefixes of a passive or intransitive verb written before its subject ("Kapan dibangun Monas?", "berdirinya"). */
const verbBeforeSubject = ['di', 'ber', 'ter'];

/** A noun of derivation (pe-…-an, ke-…-an: "pembangunan", "kematian") names an event, not a kind. */
const eventNoun = (term: string): boolean => nounPrefixes.some((p) => term.startsWith(p)) && confixEnds.some((e) => term.endsWith(e)) && term.length >= 7;

/** Could this word be the kind of the name it stands before? */
function kindShaped(term: string, focus: QuestionFocus): boolean {
  if (term.length < 3 || /\p{N}/u.test(term) || lexicon.stopWords.has(term) || frameWords.has(term) || focus.verbs.has(term)) return false;
  if (lexicon.titles.has(term) || lexicon.titleWords.has(term) || lexicon.roleWords.has(term) || lexicon.honorifics.has(term) || hasRoleAffix(term)) return false;
  if (personWords.has(term) || lexicon.kinWords.has(term) || lexicon.personMarkers.has(term)) return false;
  // A word of a known concept relates or tells an event ("ibukota", "capital"), unless the tables hold it as a kind of thing ("tim").
  if (conceptsOf(term).length > 0 && !lexicon.thingWords.has(term)) return false;
  if (wordKind(term) !== 'other' && wordKind(term) !== 'event') return false;
  // A kind of place is a word of the name ("Gunung X", "Pulau X"): the passage must write it.
  if (term.endsWith('nya') || eventNoun(term) || lexicon.placeWords.has(term)) return false;
  if (wordKind(term) !== 'event') return true;
  // A verb before its subject ("Kapan dibangun X?"), or after a name before its object ("Kapan X menaklukkan Y?").
  const previous = focus.terms[focus.terms.indexOf(term) - 1];
  return !verbBeforeSubject.some((p) => term.startsWith(p)) && (previous === undefined || !focus.names.has(previous));
}

/** The name run the word stands right before, when it may be that name's kind. */
function kindOf(term: string, focus: QuestionFocus): NameRun | undefined {
  // A who-question's word before a name mostly relates the answer to it ("Siapa klien Google?", "pemilik saham X").
  if (focus.kind === 'who') return undefined;
  const run = focus.nameRuns.find((r) => r.before === term);
  return run !== undefined && kindShaped(term, focus) ? run : undefined;
}

/**
 * Is the question word `term` only the kind of a name whose check found it (no gap of that name),
 * and does the paragraph write no other kind right before that name?
 */
export function kindOfNameSaid(term: string, focus: QuestionFocus, nameGaps: readonly Gap[], paragraph: readonly Word[]): boolean {
  const run = kindOf(term, focus);
  if (run === undefined) return false;
  if (nameGaps.some((g) => run.words.some((w) => g.term.split(' ').includes(w)))) return false;
  // The name itself as the question types it, every word: a name found only in part or by a typo ("Motas" of "Monas") may be another thing.
  if (!run.words.every((n) => paragraph.some((w) => !w.mark && partsOfWord(w).includes(n)))) return false;
  return !otherKindWritten(term, run, focus, paragraph);
}

/** A word the tables hold as a kind of thing or place ("film", "stasiun", "pulau", "kapal"). */
const kindOfTables = (norm: string): boolean => lexicon.thingWords.has(norm) || lexicon.placeWords.has(norm) || lexicon.commonNouns.has(norm);

/**
 * Does the paragraph write, right before the name's first word, another kind the tables know
 * ("kapal Hachikō" for "anjing Hachikō", "Stasiun X" for "menara X")? A word it owns ("tubuh X") is none.
 */
function otherKindWritten(term: string, run: NameRun, focus: QuestionFocus, paragraph: readonly Word[]): boolean {
  const first = run.words[0]!;
  return paragraph.some((w, i) => {
    const before = paragraph[i - 1];
    if (i === 0 || w.mark || before === undefined || before.mark || !partsOfWord(w).some((p) => sameOrTypo(first, p))) return false;
    return !sameOrTypo(term, before.norm) && !focus.words.has(before.norm) && kindOfTables(before.norm);
  });
}
