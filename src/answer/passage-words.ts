// The words and punctuation marks of one paragraph, in order, with their offsets and sentence:
// what the open-question answerer measures distances over and cuts answer spans from.
import { fold } from '../text/normalize.js';
import type { Paragraph } from '../types.js';
import { memoize } from '../memo.js';

export interface Word {
  /** Verbatim: paragraph.text.slice(start, end). */
  readonly text: string;
  /** Folded (lower case, no diacritics). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** 0-based sentence of the paragraph. */
  readonly sentence: number;
  /** A punctuation mark or symbol, not a word. */
  readonly mark: boolean;
  /** The first word of its sentence (after any opening quote or bracket). */
  readonly initial: boolean;
}

const pattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Words of recently read paragraphs: every open question reads its candidate paragraphs again. */
export const wordsOf: (paragraph: Paragraph) => Word[] = memoize(readWords, 4096);

function readWords(paragraph: Paragraph): Word[] {
  const words: Word[] = [];
  const sentences = paragraph.sentences;
  let s = 0;
  let seenWordInSentence = false;
  for (const m of paragraph.text.matchAll(pattern)) {
    const start = m.index;
    while (s + 1 < sentences.length && start >= sentences[s + 1]!.start) {
      s++;
      seenWordInSentence = false;
    }
    const mark = !/[\p{L}\p{N}]/u.test(m[0]);
    words.push({
      text: m[0],
      norm: fold(m[0]),
      start,
      end: start + m[0].length,
      sentence: s,
      mark,
      initial: !mark && !seenWordInSentence,
    });
    if (!mark) seenWordInSentence = true;
  }
  return words;
}

/** The parts of a hyphenated word ("1901-1968" → "1901", "1968"), the word itself first. */
export function partsOf(norm: string): string[] {
  return norm.includes('-') ? [norm, ...norm.split('-').filter((p) => p !== '')] : [norm];
}

/** Is the word written with a capital (or is it an upper-case letter or acronym)? */
export function isCapitalised(word: Word): boolean {
  return !word.mark && /^\p{Lu}/u.test(word.text);
}
