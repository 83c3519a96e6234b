// The one tokenizer: the words and punctuation marks of a text, with their offsets. Everything that
// reads words — the index, the extractors, the answerers — reads them from here, so a word is the
// same word everywhere.
import { allTables } from '../lang/index.js';
import { memoize } from '../memo.js';
import { fold } from './normalize.js';
import type { Paragraph } from '../types.js';

export interface Word {
  /** Verbatim: text.slice(start, end). An abbreviation keeps its dot ("Pol.", "Dr."). */
  readonly text: string;
  /** Folded (lower case, no diacritics), without a final dot. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** A punctuation mark or symbol, not a word. */
  readonly mark: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Two or more capitals and no lower-case letter ("NATO", "TNI", "G20"). */
  readonly acronym: boolean;
}

/** A word of a paragraph, with its sentence. */
export interface ParagraphWord extends Word {
  /** 0-based sentence of the paragraph. */
  readonly sentence: number;
  /** The first word of its sentence (after any opening quote or bracket). */
  readonly initial: boolean;
}

// Letters and digits, joined by a hyphen, an apostrophe, a dot or an ampersand ("Rusia-Korea",
// "Jum'at", "7.300", "S.H", "AT&T"); or one mark.
const pattern = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
export const joiners = /[-'’.&]/;
const abbreviations = new Set(allTables.flatMap((t) => t.abbreviations));

function readWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(pattern)) {
    let raw = m[0];
    const start = m.index;
    const mark = !/[\p{L}\p{N}]/u.test(raw);
    // "Pol." and "Dr." keep their dot (an abbreviation is not a sentence end); "AS." does not.
    if (!mark && text[start + raw.length] === '.' && abbreviations.has(raw) && !/^\p{Lu}+$/u.test(raw)) raw += '.';
    if (mark && words.length > 0 && words[words.length - 1]!.end > start) continue; // the dot an abbreviation took
    const letters = raw.replace(/[^\p{L}]/gu, '');
    words.push({
      text: raw,
      norm: fold(raw).replace(/\.$/, ''),
      start,
      end: start + raw.length,
      mark,
      cap: /^\p{Lu}/u.test(raw),
      acronym: letters.length >= 2 && /\p{Lu}.*\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw),
    });
  }
  return words;
}

/** Words and marks of a text, in order (recent texts remembered: names and queries repeat). */
export const wordsOf: (text: string) => readonly Word[] = memoize(readWords, 4096);

/** Words of a paragraph with their sentence (recent paragraphs remembered: answerers reread candidates). */
export const paragraphWords: (paragraph: Paragraph) => readonly ParagraphWord[] = memoize(readParagraphWords, 4096);

function readParagraphWords(paragraph: Paragraph): ParagraphWord[] {
  const sentences = paragraph.sentences;
  const out: ParagraphWord[] = [];
  let s = 0;
  let seenWord = false;
  for (const w of wordsOf(paragraph.text)) {
    while (s + 1 < sentences.length && w.start >= sentences[s + 1]!.start) {
      s++;
      seenWord = false;
    }
    // Every field written out, not spread from the word: a spread copy gets a shape whose fields V8
    // reads about ten times slower, and the answerers read these fields millions of times.
    out.push({ text: w.text, norm: w.norm, start: w.start, end: w.end, mark: w.mark, cap: w.cap, acronym: w.acronym, sentence: s, initial: !w.mark && !seenWord });
    if (!w.mark) seenWord = true;
  }
  return out;
}

/** The parts of a joined word ("1901-1968" → "1901", "1968"), the word itself first. */
export function partsOf(norm: string): string[] {
  return joiners.test(norm) ? [norm, ...norm.split(/[-'’.&]+/).filter((p) => p !== '')] : [norm];
}
