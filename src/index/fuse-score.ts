// fuse.js's token-search score of a few passages, worked out without building a Fuse per query.
//
// search.ts used to build `new Fuse(records, { keys: ['folded'], useTokenSearch: true,
// ignoreLocation: true, threshold: 0.4 })` over each query's shortlist and search it: the records
// copied into Fuse's index, every record tokenised again into an inverted index of all its words
// (only the query's words are ever read from it), and one Bitap search per query word per record,
// each one scanning the whole sentence once per error allowed. That was about 40% of /ask, /when
// and /search. Here the same arithmetic (fuse.js 7.5.0, MIT, src/search/token and
// src/search/bitap) is done directly, with what a sentence gives remembered by its text (its words,
// field norm, letter counts), the document frequency counted for the query's words only, and two
// exact shortcuts before Bitap: a word written inside the sentence scores 0.001 (what Bitap's first
// row finds), and a sentence lacking more of the word's letters than the errors allowed cannot
// match. test/fuse-score.test.ts checks the scores against fuse.js itself.
import { memoize } from '../memo.js';

/** fuse.js's token-search options as search.ts used them. */
const THRESHOLD = 0.4;
/** fuse.js's default token: runs of letters, marks, digits and underscores. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

interface TextFacts {
  /** The text lower-cased, as Bitap reads it. */
  readonly lower: string;
  /** Its distinct tokens; undefined when it has none (then fuse.js leaves it out of the counts). */
  readonly tokens: ReadonlySet<string> | undefined;
  /** fuse.js's field norm: 1/√(words between white space), to three decimals. */
  readonly norm: number;
  /** Blank (only white space): fuse.js gives it no field at all, so it never matches. */
  readonly blank: boolean;
  /** How often each ASCII code occurs in `lower`. */
  readonly counts: Uint16Array;
}

function isWordSeparator(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 160;
}

function normOf(value: string): number {
  let numTokens = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    if (!isWordSeparator(value.charCodeAt(i))) {
      if (!inWord) {
        numTokens++;
        inWord = true;
      }
    } else inWord = false;
  }
  if (numTokens === 0) numTokens = 1;
  return Math.round(1000 / Math.pow(numTokens, 0.5)) / 1000;
}

function factsOf(text: string): TextFacts {
  const lower = text.toLowerCase();
  const tokens = lower.match(TOKEN);
  const counts = new Uint16Array(128);
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 && counts[c]! < 0xffff) counts[c]!++;
  }
  return { lower, tokens: tokens && tokens.length > 0 ? new Set(tokens) : undefined, norm: normOf(text), blank: text.trim().length === 0, counts };
}

/** What scored sentences give, remembered by their text (bounded as the folded texts are). */
const facts = memoize(factsOf, 16_384);

/** One query word as Bitap searches for it. */
interface Pattern {
  readonly text: string;
  /** Bitap's alphabet: for each character, the bits of its places in the word (last place lowest). */
  readonly alphabet: Readonly<Record<string, number>>;
  /** Most errors Bitap allows: the largest i below the word's length with i / length ≤ THRESHOLD. */
  readonly maxErrors: number;
  /** For the letter filter: the word's ASCII codes and how often each occurs; -1 if it has others. */
  readonly codes: readonly number[];
  readonly need: readonly number[];
}

function patternOf(text: string): Pattern {
  const alphabet: Record<string, number> = {};
  for (let i = 0, len = text.length; i < len; i++) {
    const char = text.charAt(i);
    alphabet[char] = (alphabet[char] || 0) | (1 << (len - i - 1));
  }
  let maxErrors = 0;
  while (maxErrors + 1 < text.length && (maxErrors + 1) / text.length <= THRESHOLD) maxErrors++;
  const count = new Map<number, number>();
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) ascii = false;
    count.set(c, (count.get(c) ?? 0) + 1);
  }
  return { text, alphabet, maxErrors, codes: ascii ? [...count.keys()] : [-1], need: [...count.values()] };
}

const patterns = memoize(patternOf, 4096);

/**
 * fuse.js's Bitap search (src/search/bitap/search.ts) with ignoreLocation and no matches asked
 * for: its score (the least errors of a match over the word's length, at least 0.001), or -1 for none. Written out as fuse.js has it, quirks
 * included (the bit arrays, the row loop and its stop), so a word scores the same.
 */
function bitapErrors(text: string, pattern: string, alphabet: Readonly<Record<string, number>>, location = 0): number {
  const patternLen = pattern.length;
  const textLen = text.length;
  const expected = Math.max(0, Math.min(location, textLen));
  let currentThreshold = THRESHOLD;
  let bestLocation = expected;
  let index: number;
  while ((index = text.indexOf(pattern, bestLocation)) > -1) {
    currentThreshold = Math.min(0, currentThreshold);
    bestLocation = index + patternLen;
  }
  bestLocation = -1;
  let lastBitArr: number[] = [];
  let finalScore = 1;
  let binMax = patternLen + textLen;
  const mask = 1 << (patternLen - 1);
  for (let i = 0; i < patternLen; i += 1) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (i / patternLen <= currentThreshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expected - binMid + 1);
    const finish = Math.min(expected + binMid, textLen) + patternLen;
    const bitArr: number[] = Array(finish + 2);
    bitArr[finish + 1] = (1 << i) - 1;
    for (let j = finish; j >= start; j -= 1) {
      const currentLocation = j - 1;
      const charMatch = alphabet[text[currentLocation]!]!;
      bitArr[j] = (((bitArr[j + 1]! << 1) | 1) & charMatch);
      if (i) bitArr[j]! |= (((lastBitArr[j + 1]! | lastBitArr[j]!) << 1) | 1 | lastBitArr[j + 1]!);
      if (bitArr[j]! & mask) {
        finalScore = i / patternLen;
        if (finalScore <= currentThreshold) {
          currentThreshold = finalScore;
          bestLocation = currentLocation;
          if (bestLocation <= expected) break;
          start = Math.max(1, 2 * expected - bestLocation);
        }
      }
    }
    if ((i + 1) / patternLen > currentThreshold) break;
    lastBitArr = bitArr;
  }
  return bestLocation >= 0 ? Math.max(0.001, finalScore) : -1;
}

/** fuse.js's BitapSearch.searchIn score of one word in a text: -1 for no match. */
function wordScore(text: TextFacts, p: Pattern): number {
  const { lower } = text;
  if (p.text === lower) return 0;
  if (p.text.length > 32) return chunkedScore(lower, p.text);
  // Written as it is: Bitap's first row finds it with no error (fuse.js scores that 0.001).
  if (lower.includes(p.text)) return 0.001;
  // A match with e errors pairs at least length − e of the word's letters with equal letters of the text.
  if (p.codes[0] !== -1) {
    let paired = 0;
    for (let k = 0; k < p.codes.length; k++) paired += Math.min(p.need[k]!, text.counts[p.codes[k]!]!);
    if (paired < p.text.length - p.maxErrors) return -1;
  }
  return bitapErrors(lower, p.text, p.alphabet);
}

/** A word over 32 characters: Bitap over 32-character chunks, their scores averaged (fuse.js's BitapSearch). */
function chunkedScore(text: string, pattern: string): number {
  const chunks: string[] = [];
  const len = pattern.length;
  const remainder = len % 32;
  for (let i = 0; i < len - remainder; i += 32) chunks.push(pattern.substr(i, 32));
  if (remainder) chunks.push(pattern.substr(len - 32));
  let total = 0;
  let matched = false;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const s = bitapErrors(text, chunk, patterns(chunk).alphabet, c === chunks.length - 1 && remainder ? len - 32 : 32 * c);
    if (s >= 0) matched = true;
    total += s >= 0 ? s : 1;
  }
  return matched ? total / chunks.length : -1;
}

/**
 * fuse.js's score (0 best … 1, undefined for no match) of each text for `query`, as
 * `new Fuse(texts.map((folded) => ({ folded })), { keys: ['folded'], useTokenSearch: true,
 * ignoreLocation: true, includeScore: true, threshold: 0.4 }).search(query)` gives it.
 */
export function fuseTokenScores(texts: readonly string[], query: string): (number | undefined)[] {
  // fuse.js answers a blank query with every document, unscored.
  if (query.trim().length === 0) return texts.map(() => 1);
  const words = query.toLowerCase().match(TOKEN) ?? [];
  const all = texts.map(facts);
  let fieldCount = 0;
  for (const f of all) if (!f.blank && f.tokens) fieldCount++;
  // Bitap lower-cases each word again; the document frequency is counted for the word as tokenised.
  const ps = words.map((w) => patterns(w.toLowerCase()));
  const idf = words.map((w) => {
    let df = 0;
    for (const f of all) if (!f.blank && f.tokens?.has(w)) df++;
    return Math.log(1 + (fieldCount - df + 0.5) / (df + 0.5));
  });
  return all.map((f) => {
    if (f.blank || ps.length === 0) return undefined;
    let weightedScore = 0;
    let maxPossibleScore = 0;
    let matchedCount = 0;
    for (let i = 0; i < ps.length; i++) {
      const s = wordScore(f, ps[i]!);
      maxPossibleScore += idf[i]!;
      if (s >= 0) {
        matchedCount++;
        weightedScore += idf[i]! * (1 - s);
      }
    }
    if (matchedCount === 0) return undefined;
    const normalized = maxPossibleScore > 0 ? 1 - weightedScore / maxPossibleScore : 0;
    return Math.pow(Math.max(0.001, normalized), f.norm);
  });
}
