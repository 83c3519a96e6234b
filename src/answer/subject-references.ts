// A sentence that tells of the paragraph's subject without writing its name: it opens with a pronoun
// ("Ia meninggal pada …", "He died in …") or with a noun a demonstrative closes or opens ("Klub ini
// didirikan …", "Seri tokusatsu ini …", "This club was founded …"; lang/references.ts). A careful
// reader takes it for the subject named before: the name the last sentence opening with a name opens
// with, no other name opening a sentence between, and a noun only for a thing of its kind. The reference stands for that name's words where
// an answer is scored (candidates.ts) and where the names a question types are looked for beside it
// (support.ts, for support-names.ts).
import { referenceWords } from '../lang/references.js';
import type { QuestionFocus } from '../query/focus.js';
import { isFunctionNorm, isFunctionWord, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { initialName, tableWord } from './name-slots.js';
import { opensSentence } from './sentence-subject.js';
import { writes, writesName } from './written.js';

const all = Object.values(referenceWords);
const pronouns = new Set(all.flatMap((r) => r.pronouns));
const trailing = new Set(all.flatMap((r) => r.trailing));
const leading = new Set(all.flatMap((r) => r.leading));

/** Words, at most, of a noun phrase a demonstrative closes ("Seri tokusatsu ini", "Bangunan marmer tersebut"). */
const NOUN_PHRASE = 3;

/** How surely a reference writes the name it stands for, against the name written: as a pronoun standing for a who-answer (candidates.ts). */
export const REFERENCE_WEIGHT = 0.8;

/** Words, at most, of the name a sentence opens with. */
const NAME = 6;

export interface Reference {
  /** The words of the reference ("Klub ini", "Ia"). */
  readonly first: number;
  readonly last: number;
  /** The words of the name it stands for, as the paragraph writes them. */
  readonly name: readonly Word[];
}

/** The name a paragraph tells of, and the sentence that opens with it (which may say what it is). */
interface Subject {
  readonly name: readonly Word[];
  readonly sentence: number;
}

/** A plain word of a noun phrase: no mark, no capital past the phrase's first word, no function word. */
const plain = (w: Word | undefined, head: boolean): w is Word => w !== undefined && !w.mark && (head || !w.cap) && !isFunctionWord(w) && !/\p{N}/u.test(w.norm);

/** The reference at word i, opening its sentence: a pronoun, or a short noun phrase a demonstrative closes or opens, with its noun. */
function referenceAt(words: readonly Word[], i: number): { first: number; last: number; noun?: string } | undefined {
  const w = words[i]!;
  if (w.mark) return undefined;
  if (pronouns.has(w.norm)) return { first: i, last: i };
  const sentence = w.sentence;
  if (leading.has(w.norm)) return plain(words[i + 1], false) && words[i + 1]!.sentence === sentence ? { first: i, last: i + 1, noun: words[i + 1]!.norm } : undefined;
  // "Klub ini", "Seri tokusatsu ini": the noun is no function word ("Hal ini", "Saat itu", "Selain itu").
  for (let k = 0; k < NOUN_PHRASE; k++) {
    const x = words[i + k];
    if (!plain(x, k === 0) || x.sentence !== sentence) return undefined;
    const next = words[i + k + 1];
    if (next !== undefined && !next.mark && next.sentence === sentence && trailing.has(next.norm)) return { first: i, last: i + k + 1, noun: w.norm };
  }
  return undefined;
}

/**
 * Is the subject a thing of the reference's kind: a pronoun stands for any, a noun ("Negara ini",
 * "the club") for one its name holds ("Klub Lorem") or its sentence says it is ("Lorem merupakan
 * negara …", "Lorem is a football club"): "Kabupaten itu" after "Hutan Lorem …" is another place.
 */
const ofKind = (noun: string | undefined, subject: Subject, words: readonly Word[]): boolean =>
  noun === undefined || writes(noun, words.filter((w) => w.sentence === subject.sentence));

/**
 * The name word i opens its sentence with: its capitalised words (a particle may stand between:
 * "Tamara de Lempicka"); a lone word only where it is no common word (name-slots.ts: no word of the
 * tables, no derived noun, none the paragraph writes in lower case).
 */
function nameAt(words: readonly Word[], i: number): Word[] | undefined {
  const w = words[i]!;
  if (w.mark || !w.cap || isFunctionWord(w)) return undefined;
  const name = [w];
  for (let j = i + 1; j < words.length && j - i < NAME && words[j]!.sentence === w.sentence; j++) {
    const x = words[j]!;
    if (x.mark) break;
    if (x.cap && !isFunctionWord(x)) name.push(x);
    else if (!(lexicon.nameParticles.has(x.norm) && words[j + 1]?.cap === true)) break;
  }
  return name.length > 1 || initialName(w, [], words) ? name : undefined;
}

/** Where the sentence of word `from` opens: that word, and the first after a short phrase set off by a comma ("Pada tahun 1957, …"). */
function openings(words: readonly Word[], from: number): number[] {
  const sentence = words[from]!.sentence;
  const at = [from];
  for (let j = from + 1; j < words.length && words[j]!.sentence === sentence; j++) {
    if (words[j - 1]!.text === ',' && !words[j]!.mark && opensSentence(words, j)) {
      at.push(j);
      break;
    }
  }
  return at;
}

/** The references of a paragraph, each opening its sentence, with the name each stands for. */
export function referencesOf(words: readonly Word[]): Reference[] {
  const out: Reference[] = [];
  // Most paragraphs hold no reference word at all: nothing to read.
  if (!words.some((w) => !w.mark && (pronouns.has(w.norm) || leading.has(w.norm) || trailing.has(w.norm)))) return out;
  let subject: Subject | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.initial || words[i]!.mark) continue;
    for (const at of openings(words, i)) {
      const reference = referenceAt(words, at);
      if (reference) {
        if (subject && ofKind(reference.noun, subject, words)) out.push({ first: reference.first, last: reference.last, name: subject.name });
        break;
      }
      const name = nameAt(words, at);
      if (name) {
        subject = { name, sentence: words[at]!.sentence };
        break;
      }
    }
  }
  return out;
}

/** The references by a noun of a paragraph ("Sekuel ini", "The film"), each the first words of its sentence, with its noun. */
export function nounReferencesOf(words: readonly Word[]): { first: number; last: number; noun: string }[] {
  const out: { first: number; last: number; noun: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.initial || words[i]!.mark) continue;
    const reference = referenceAt(words, i);
    if (reference?.noun !== undefined) out.push({ first: reference.first, last: reference.last, noun: reference.noun });
  }
  return out;
}

/** The window's words with the names its references stand for, in the paragraph's order; a name another paragraph writes, after them. */
export function withReferents(words: readonly Word[], window: readonly Word[], references: readonly Reference[]): Word[] {
  const named = new Set<Word>();
  const held = new Set(window);
  for (const r of references) if (held.has(words[r.first]!)) for (const w of r.name) if (!held.has(w)) named.add(w);
  const own = new Set(words);
  const elsewhere = references.filter((r) => held.has(words[r.first]!)).flatMap((r) => r.name.filter((w) => !own.has(w)));
  return named.size === 0 ? [...window, ...elsewhere] : [...words.filter((w) => held.has(w) || named.has(w)), ...elsewhere];
}

/** The words of the names the window's references stand for, wherever written ("film Lorem 2" of "Sekuel ini …"). */
export function referredWords(words: readonly Word[], window: readonly Word[], references: readonly Reference[]): Word[] {
  const held = new Set(window);
  return references.filter((r) => held.has(words[r.first]!)).flatMap((r) => r.name);
}

/**
 * The references of a paragraph that stand for a name the question types: the name each stands for
 * writes every word of it but a kind of the tables ("Republik Lorem" of "Lorem …. Negara ini …"). A
 * name written in part is another's ("Ludwig II" is not the "Ludwig muda" a paragraph opens with).
 */
export function referencesTo(words: readonly Word[], focus: QuestionFocus): Reference[] {
  const runs = focus.nameRuns.map((r) => r.words.filter((w) => !isFunctionNorm(w) && !tableWord(w) && !lexicon.titles.has(w) && !lexicon.honorifics.has(w))).filter((r) => r.length > 0);
  if (runs.length === 0) return [];
  return referencesOf(words).filter((r) => runs.some((run) => run.every((w) => writesName(w, r.name))));
}
