// A sentence opening with a noun of a kind and a demonstrative ("Sekuel ini dijadwalkan …", "The
// sequel is scheduled …") tells of the thing of that kind named before it, in its paragraph or in
// one before: the question's name, where the article writes it as a thing of that kind ("film Lorem
// Ipsum 2", "Lorem Ipsum 2 is a film") and names no other thing of the kind between. The noun may be
// another of the same kind (lang/references.ts kindGroups: a sequel is a film). The reference then
// stands for the name where the answer is scored and supported (subject-references.ts Reference).
import { allClaimWords } from '../lang/claim-words.js';
import { kindGroups } from '../lang/references.js';
import type { QuestionFocus } from '../query/focus.js';
import { isFunctionNorm, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { tableWord } from './name-slots.js';
import { nounReferencesOf, type Reference } from './subject-references.js';
import { writesName } from './written.js';

/** Copulas that say what a name is ("adalah", "merupakan"; "is"). */
const copulas = new Set(allClaimWords.flatMap((w) => w.copulas.filter((c) => !c.includes(' '))));

/** Words, at most, from the copula to the kind it says ("adalah sebuah film", "is a 2019 superhero film"). */
const KIND_REACH = 4;

/** Paragraphs, at most, between a reference and the name it points back to. */
const REACH = 3;

/** The nouns of the same kind as a noun ("sekuel" → film, movie, sequel …), itself included; none for a noun of no kind of the tables. */
function kindOf(noun: string): ReadonlySet<string> | undefined {
  const group = kindGroups.find((g) => g.includes(noun));
  return group && new Set(group);
}

/** Where the words of `run` are last written one after another in `words` before `until`, if anywhere. */
function lastWriting(words: readonly Word[], run: readonly string[], until: number): number | undefined {
  for (let i = Math.min(until, words.length) - run.length; i >= 0; i--) {
    if (run.every((n, k) => !words[i + k]!.mark && writesName(n, [words[i + k]!]))) return i;
  }
  return undefined;
}

/** Does a noun of the kind name the writing at i..i+len: right before it ("film Lorem", "the film Lorem"), or as what a copula after it says it is ("Lorem adalah sebuah film …", "Lorem, is a film")? */
function namedAsKind(words: readonly Word[], i: number, len: number, kind: ReadonlySet<string>): boolean {
  let k = i - 1;
  if (words[k] !== undefined && !words[k]!.mark && lexicon.determiners.has(words[k]!.norm)) k--;
  const before = words[k];
  if (before !== undefined && !before.mark && kind.has(before.norm)) return true;
  let j = i + len;
  if (words[j]?.text === ',') j++;
  if (words[j] === undefined || words[j]!.mark || !copulas.has(words[j]!.norm)) return false;
  for (let n = j + 1; n <= j + KIND_REACH && n < words.length; n++) {
    const w = words[n]!;
    if (w.mark) return false;
    if (!w.cap && kind.has(w.norm)) return true;
  }
  return false;
}

/** Does a noun of the kind stand right before another name between (another thing of that kind named: "film Dolor")? */
function otherOfKind(words: readonly Word[], from: number, to: number, kind: ReadonlySet<string>): boolean {
  for (let j = from; j < to - 1; j++) {
    const w = words[j]!;
    const next = words[j + 1]!;
    if (!w.mark && !w.cap && kind.has(w.norm) && !next.mark && next.cap && !lexicon.determiners.has(next.norm)) return true;
  }
  return false;
}

/**
 * The references by a noun in paragraph `p` (numbered from 1; `paragraphsBefore(n)` gives paragraph n's words) that stand for a name the question types,
 * named as a thing of the noun's kind before it, in its paragraph or up to REACH paragraphs before.
 */
export function kindReferencesTo(paragraphsBefore: (n: number) => readonly Word[] | undefined, p: number, focus: QuestionFocus): Reference[] {
  const words = paragraphsBefore(p);
  if (words === undefined) return [];
  const runs = focus.nameRuns
    // "Lorem Ipsum 2": a number after the name is part of it.
    .map((r) => ({ words: [...r.words.filter((w) => !isFunctionNorm(w) && !tableWord(w)), ...(r.after !== undefined && /^\d{1,2}$/.test(r.after) ? [r.after] : [])], before: r.before }))
    .filter((r) => r.words.length > 0);
  if (runs.length === 0) return [];
  const out: Reference[] = [];
  for (const ref of nounReferencesOf(words)) {
    const kind = kindOf(ref.noun);
    if (kind === undefined) continue;
    const refWords = words.slice(ref.first, ref.last + 1);
    // "Film Lorem 2 ini": a reference writing a name of its own is no pointing back.
    if (refWords.some((w, k) => k > 0 && w.cap && !lexicon.determiners.has(w.norm))) continue;
    for (const run of runs) {
      // "Kapan film Lorem 2 dirilis?": the question says the kind itself.
      const asked = run.before !== undefined && kind.has(run.before);
      let found: Word[] | undefined;
      for (let q = p, reach = 0; reach <= REACH && found === undefined; q--, reach++) {
        const scan = paragraphsBefore(q);
        if (scan === undefined) break;
        const until = q === p ? ref.first : scan.length;
        const at = lastWriting(scan, run.words, until);
        if (at === undefined) {
          if (otherOfKind(scan, 0, until, kind)) break;
          continue;
        }
        if (!(asked || namedAsKind(scan, at, run.words.length, kind)) || otherOfKind(scan, at + run.words.length, until, kind)) break;
        found = scan.slice(at, at + run.words.length);
      }
      if (found) out.push({ first: ref.first, last: ref.last, name: found });
    }
  }
  return out;
}
