// Question words the passage at the answer writes otherwise in their own slot (answer/support.ts
// reads through agreement.ts, which gathers these): a name before its head noun written there with
// another name before that head ("the PZPN Championship" of "the Ekstraklasa Championship"; English
// word order), an opposite or another count beside the same word ("early Medieval" of "late
// Medieval", "two theories" of "one theory"), the two ends of a way swapped ("from A to B" of "from B
// to A").
import { allTables } from '../lang/index.js';
import { affixedForm, alternativesOf, frameWords, impliedOrdinals, oppositesOf, ordinalWords, personWords, spanWords, startWords, wordKind } from '../query/concepts.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import { writtenNumber } from '../text/numbers.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { partsOfWord, sameOrTypo } from './written.js';
import { landForms } from './variants.js';

/** Words that join a noun to what it is of ("the fall of X", "University of X"), from the language tables. */
const ofWords: ReadonlySet<string> = new Set(allTables.flatMap((t) => t.answerWords?.placeJoiners ?? []));

/** A question word that tells an event ("founded", "began"): no noun a name modifies. */
const eventLike = (term: string): boolean => wordKind(term) !== 'other' && wordKind(term) !== 'role';

/** A capitalised word of a name in a sentence: no mark, no function word ("The Championship" writes no modifier). */
const nameWord = (w: Word | undefined, sentence: number): w is Word => w !== undefined && w.sentence === sentence && !w.mark && w.cap && !lexicon.stopWords.has(w.norm);

/**
 * A name of the question whose head the passage at the answer writes with another name before it
 * (or after "of"), and never with this one: "the PZPN Championship" of "won the Ekstraklasa
 * Championship", "the Red Army Uprising" of "the Warsaw Uprising began", "the Poland area
 * enlargement" of "the Warsaw area enlargement", "an American ship" of "a European ship", "the fall
 * of Katyn" of "the fall of Warsaw": another thing of the same kind. The head is the name's last word
 * (a name of two words or more), or the word after a name of one word that is no asked verb; the
 * names before it are the capitalised words right before it in its sentence (English order: the
 * modifier before its head). Read in the answer's sentence and the one before; the answer's own
 * words are never the other name.
 */
export function otherModifierAtAnswer(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  if (focus.language !== 'en') return [];
  const sentence = words[first]!.sentence;
  const inWindow = (w: Word): boolean => w.sentence >= sentence - 1 && w.sentence <= words[last]!.sentence;
  const out: string[] = [];
  for (const run of focus.nameRuns) {
    // A word's own parts or possessive after it ("anti-fraud anti", "stearns stearn") are no words of their own.
    const ws = run.words.filter((w, i) => i === 0 || !(run.words[i - 1]!.includes(w) || w.includes(run.words[i - 1]!)));
    const slots: { head: string; names: readonly string[]; after: boolean }[] = [];
    const after = run.after;
    const determined = run.before !== undefined && lexicon.determiners.has(run.before);
    const nounAfter = after !== undefined && focus.terms.includes(after) && !focus.verbs.has(after) && !frameWords.has(after) && !eventLike(after);
    if (ws.length >= 2) slots.push({ head: ws[ws.length - 1]!, names: ws.slice(0, -1), after: false });
    // A name before a noun of its own phrase: "an American ship", "the Germany Pitsudski war" (not "the regime in Pakistan overthrown").
    if (determined && nounAfter) slots.push({ head: after!, names: ws, after: false });
    // "the fall of Katyn": the question's word right before "of".
    const k = focus.terms.indexOf(run.words[0]!);
    if (run.before !== undefined && ofWords.has(run.before) && k > 0 && !frameWords.has(focus.terms[k - 1]!)) slots.push({ head: focus.terms[k - 1]!, names: ws, after: true });
    for (const { head, names, after: past } of slots) {
      if (head.length < 3 || lexicon.stopWords.has(head) || ordinalWords.has(head)) continue;
      let agrees = false;
      let differs = false;
      words.forEach((w, i) => {
        // After "of" the head as the question writes it: "one of the founders of Y" names Y's founders, not another "founder of X".
        if (!inWindow(w) || w.mark || !(past ? w.norm === head : sameOrTypo(head, w.norm))) return;
        // The capitalised words right before the head, or right after its "of".
        const written: Word[] = [];
        const at = (j: number): Word | undefined => (j >= first && j <= last ? undefined : words[j]);
        if (past) {
          if (!ofWords.has(words[i + 1]?.norm ?? '')) return;
          for (let j = i + 2; nameWord(words[j], w.sentence); j++) written.push(words[j]!);
          if (written.some((x) => words.indexOf(x) >= first && words.indexOf(x) <= last)) return;
        } else {
          for (let j = i - 1; nameWord(at(j), w.sentence); j--) written.push(words[j]!);
          if (nameWord(words[i - 1], w.sentence) && at(i - 1) === undefined) return;
        }
        // A title or an honorific before a person's name is no other name ("President Obama" of "Barack Obama").
        const named = written.filter((x) => !lexicon.titleWords.has(x.norm) && !lexicon.honorifics.has(x.norm) && !lexicon.roleWords.has(x.norm));
        if (named.length === 0) return;
        if (named.some((x) => partsOfWord(x).some((p) => names.some((n) => sameOrTypo(n, p) || landForms(n, p))))) agrees = true;
        else differs = true;
      });
      if (differs && !agrees) {
        out.push(run.words.join(' '));
        break;
      }
    }
  }
  return out;
}

/** The number a word writes (a numeral that is no year, or a small number written out), else undefined. */
const countOf = (norm: string): number | undefined => (/^\d{1,3}$/.test(norm) ? Number(norm) : writtenNumber(norm));

/** Kin words of a group or of any relative ("keluarga", "anak"), from the language tables. */
const kinGroups: ReadonlySet<string> = new Set(allTables.flatMap((t) => t.answerWords?.kinGroups ?? []));

/** Another relative than `term` ("istri" for "ibu", "wife" for "mother"), not a word of the same kin ("putra" ~ "anak") nor a group of them ("keluarga"). */
function otherKin(term: string, norm: string): boolean {
  const word = lexicon.kinWords.has(norm) ? norm : norm.endsWith('nya') && lexicon.kinWords.has(norm.slice(0, -3)) ? norm.slice(0, -3) : undefined;
  if (word === undefined || word === term || kinGroups.has(word) || kinGroups.has(term)) return false;
  return !alternativesOf(term).includes(word) && !alternativesOf(word).includes(term);
}

/**
 * Question words the passage at the answer writes otherwise in their own slot, beside the same
 * neighbour, and never as asked: an opposite ("early Medieval ideas" of "the late Medieval idea",
 * "the lowest point" of "the highest point") or another count ("two consistent theories" of "one
 * consistent theory", "dua teori" of "satu teori"). The neighbour is the question word next to it,
 * read as written or affixed; the slot the word right beside it on the same side.
 */
export function otherInSlot(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  const sentence = words[first]!.sentence;
  const terms = focus.terms.filter((t) => !frameWords.has(t));
  const out: string[] = [];
  terms.forEach((term, k) => {
    const opposites = oppositesOf(term);
    const count = countOf(term);
    const kin = lexicon.kinWords.has(term);
    if (opposites.length === 0 && count === undefined && !kin) return;
    const other = (w: Word): boolean =>
      count !== undefined ? countOf(w.norm) !== undefined && countOf(w.norm) !== count : opposites.some((o) => w.norm === o || w.norm === `${o}s`) || (kin && otherKin(term, w.norm));
    const same = (w: Word): boolean => w.norm === term || affixedForm(term, w.norm) || (count !== undefined && countOf(w.norm) === count);
    let agrees = false;
    let differs = false;
    for (const [neighbour, side] of [[terms[k - 1], 1], [terms[k + 1], -1]] as const) {
      if (neighbour === undefined || neighbour.length < 3 || countOf(neighbour) !== undefined || oppositesOf(neighbour).length > 0) continue;
      // "ibu X" asks for X's mother, while "ayah X" may name the father X: a word for a person beside a name is no slot of it.
      if (personWords.has(term) && focus.names.has(neighbour)) continue;
      words.forEach((w, i) => {
        if (w.mark || w.sentence < sentence - 1 || w.sentence > words[last]!.sentence || !(w.norm === neighbour || affixedForm(neighbour, w.norm))) return;
        const slot = words[i + side];
        if (slot === undefined || slot.mark || slot.sentence !== w.sentence) return;
        if (same(slot)) agrees = true;
        else if (other(slot)) differs = true;
      });
    }
    if (differs && !agrees) out.push(term);
  });
  return out;
}

/**
 * Question words with an opposite that the paragraph says only by another word of their concept,
 * written with the opposite beside it: "karakter protagonis" of "tokoh antagonis", "main villain" of
 * "main character, the hero". The concept word is the question's; the opposite tells it otherwise.
 */
export function opposedBeside(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  // The whole paragraph but the answer: a side it gives the answer anywhere is the answer's.
  const window = words.filter((_, i) => i < first || i > last);
  const out: string[] = [];
  for (const term of focus.terms) {
    const opposites = oppositesOf(term);
    // Ordinals and sides of time ("pertama", "sebelum") are read at the answer (agreement.ts).
    if (opposites.length === 0 || frameWords.has(term) || ordinalWords.has(term) || impliedOrdinals.has(term) || wordKind(term) === 'order') continue;
    const opposite = (w: Word | undefined): boolean => w !== undefined && !w.mark && opposites.some((o) => w.norm === o || affixedForm(o, w.norm));
    if (window.some((w) => !w.mark && (w.norm === term || affixedForm(term, w.norm) || sameOrTypo(term, w.norm)))) continue;
    const beside = window.some((w, i) => !w.mark && !opposite(w) && alternativesOf(term).includes(w.norm) && (opposite(window[i + 1]) || opposite(window[i - 1])));
    if (beside) out.push(term);
  }
  return out;
}

/**
 * The two ends of a way the passage at the answer writes the other way round: "from Warsaw to
 * Krakow" of "moved his court from Kraków to Warsaw". The question's name after a word that opens a
 * span ("from", "dari") is written there only after one that closes it ("to", "hingga"), and the
 * other name after the opening one.
 */
export function swappedEnds(focus: QuestionFocus, words: readonly Word[], first: number, last: number): string[] {
  const from = focus.nameRuns.find((r) => r.before !== undefined && startWords.has(r.before));
  const to = focus.nameRuns.find((r) => r.before !== undefined && spanWords.has(r.before));
  if (from === undefined || to === undefined) return [];
  const sentence = words[first]!.sentence;
  /** Is a name of `run` written right after a word of `opening` in the answer's sentence or the one before? */
  const after = (opening: ReadonlySet<string>, run: { words: readonly string[] }): boolean =>
    words.some((w, i) => {
      const next = words[i + 1];
      return !w.mark && opening.has(w.norm) && w.sentence >= sentence - 1 && w.sentence <= words[last]!.sentence && next !== undefined && next.cap && partsOfWord(next).some((p) => run.words.some((n) => sameOrTypo(n, p)));
    });
  return after(startWords, to) && after(spanWords, from) && !after(startWords, from) ? [from.words.join(' ')] : [];
}
