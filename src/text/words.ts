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
  /** Two or more capitals and no lower-case letter ("NATO", "TNI", "7UP"; not "G20"). */
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
// "Jum'at", "7.300", "S.H", "AT&T") — the group, so a match without it is a mark; or one mark.
const pattern = /([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu;
export const joiners = /[-'’.&]/;
const abbreviations = new Set(allTables.flatMap((t) => t.abbreviations));
const upperOnly = /^\p{Lu}+$/u;
const upperFirst = /^\p{Lu}/u;
const twoUpper = /\p{Lu}.*\p{Lu}/u;
const anyLower = /\p{Ll}/u;

/** Starts with a capital: ASCII letters by their code, the rest by the Unicode class. */
function capitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return upperFirst.test(raw);
}

function readWords(text: string): Word[] {
  const words: Word[] = [];
  // exec on the one compiled pattern (matchAll would copy it per text); nothing here reads words again.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    let raw = m[0];
    const start = m.index;
    const mark = m[1] === undefined;
    // "Pol." and "Dr." keep their dot (an abbreviation is not a sentence end); "AS." does not.
    if (!mark && text[start + raw.length] === '.' && abbreviations.has(raw) && !upperOnly.test(raw)) raw += '.';
    if (mark && words.length > 0 && words[words.length - 1]!.end > start) continue; // the dot an abbreviation took
    const folded = fold(raw);
    words.push({
      text: raw,
      norm: folded.endsWith('.') ? folded.slice(0, -1) : folded,
      start,
      end: start + raw.length,
      mark,
      cap: capitalised(raw),
      // Two capitals are two letters; a mark is one character.
      acronym: !mark && twoUpper.test(raw) && !anyLower.test(raw),
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
