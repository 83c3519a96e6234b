// A number the question writes in words that the passage writes in digits, or the other way round
// ("dua puluh lima tersangka" ~ "25 tersangka", "seratus" ~ "100"): answer/support.ts takes the words of
// such a number as said. Single words were read before (answer/support.ts numberWrittenOtherwise);
// these are the numbers of several words, or of the multipliers.
import { largeMultipliers, onePrefix, smallMultipliers, teenWord, unitWords } from '../lang/number-words.js';
import { numberValue } from '../text/numbers.js';
import type { ParagraphWord as Word } from '../text/words.js';

/** The number words a word stands for: itself, or "se-" read as "satu" before a multiplier or "belas" ("seratus" → satu ratus). */
function spelled(norm: string): string[] | undefined {
  if (norm in unitWords || norm === teenWord || norm in smallMultipliers || norm in largeMultipliers) return [norm];
  const rest = norm.slice(onePrefix.length);
  if (norm.startsWith(onePrefix) && (rest === teenWord || rest in smallMultipliers || rest in largeMultipliers)) return ['satu', rest];
  return undefined;
}

/** The value of number words in order ("dua ratus lima puluh tiga" 253); undefined when they make no number. */
export function valueOfWords(norms: readonly string[]): number | undefined {
  let total = 0;
  let group = 0;
  let last: number | undefined;
  for (const word of norms.flatMap((n) => spelled(n) ?? ['?'])) {
    if (word in unitWords) {
      if (last !== undefined) return undefined;
      last = unitWords[word]!;
    } else if (word === teenWord) {
      if (last === undefined) return undefined;
      group += 10 + last;
      last = undefined;
    } else if (word in smallMultipliers) {
      if (last === undefined) return undefined;
      group += last * smallMultipliers[word]!;
      last = undefined;
    } else if (word in largeMultipliers) {
      const before = group + (last ?? 0);
      if (before === 0) return undefined;
      total += before * largeMultipliers[word]!;
      group = 0;
      last = undefined;
    } else return undefined;
  }
  return total + group + (last ?? 0);
}

const isNumberWord = (norm: string): boolean => spelled(norm) !== undefined;

/** The runs of number words among the question's terms, with their values: one run of two words or more, or one word of a multiplier. */
export function numberRuns(terms: readonly string[]): { words: string[]; value: number }[] {
  const runs: { words: string[]; value: number }[] = [];
  for (let i = 0; i < terms.length; ) {
    if (!isNumberWord(terms[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < terms.length && isNumberWord(terms[j]!)) j++;
    const words = terms.slice(i, j);
    const value = valueOfWords(words);
    if (value !== undefined && (words.length > 1 || !(words[0]! in unitWords))) runs.push({ words, value });
    i = j;
  }
  return runs;
}

/** The values the window writes: in digits ("25", "1.000") or in words of several ("dua puluh lima"). */
export function valuesWritten(window: readonly Word[]): ReadonlySet<number> {
  const values = new Set<number>();
  const plain = window.filter((w) => !w.mark);
  for (let i = 0; i < plain.length; i++) {
    const digits = /^\d+(?:[.,]\d+)*$/.test(plain[i]!.norm) ? numberValue(plain[i]!.norm) : undefined;
    if (digits !== undefined) values.add(digits);
    let j = i;
    while (j < plain.length && isNumberWord(plain[j]!.norm)) j++;
    if (j > i) {
      const value = valueOfWords(plain.slice(i, j).map((w) => w.norm));
      if (value !== undefined) values.add(value);
    }
  }
  return values;
}

/** The question's number words whose value the window writes in digits or in words, and how many numbers they make. */
export function numberWordsSaid(terms: readonly string[], window: readonly Word[]): { words: ReadonlySet<string>; count: number } {
  // The question's digits too, where the window writes their number in words.
  const digits = terms.filter((t) => /^\d+$/.test(t)).map((t) => ({ words: [t], value: Number(t) }));
  const runs = [...numberRuns(terms), ...digits];
  if (runs.length === 0) return { words: new Set(), count: 0 };
  const values = valuesWritten(window);
  const said = runs.filter((r) => values.has(r.value));
  return { words: new Set(said.flatMap((r) => r.words)), count: said.length };
}
