// A paragraph may open by pointing back to the event the paragraph before told: "… akan dimakamkan
// dalam pemakaman tertutup." then, in a paragraph of its own, "Itu dilangsungkan Selasa (23/1) …";
// "… will be buried in a private funeral." then "It was held on Tuesday …". The answer's sentence
// reads the sentence before as its own window does within a paragraph (written.ts windowOf): here
// the last sentence of the paragraph before, put before the answer's words.
import { eventPointers, EVENT_POINTER_REACH } from '../lang/references.js';
import { paragraphWords, type ParagraphWord as Word } from '../text/words.js';
import type { LibraryEntry } from '../index/library.js';
import type { Paragraph } from '../types.js';
import type { Candidate } from './candidate.js';

const pointers: ReadonlySet<string> = new Set(eventPointers);

/** Does the first sentence of the paragraph open pointing back (one of its first words a pointer)? */
function opensPointing(words: readonly Word[]): boolean {
  const opening = words.filter((w) => w.sentence === 0 && !w.mark).slice(0, EVENT_POINTER_REACH);
  return opening.some((w) => pointers.has(w.norm));
}

/**
 * The candidate's words with the last sentence of the paragraph before put before them (its
 * sentence -1, its offsets before the paragraph's), where the candidate stands in its paragraph's
 * first sentence and that sentence opens pointing back; else undefined.
 */
export function withSentenceBefore(c: Candidate): { words: Word[]; first: number; last: number } | undefined {
  // Already read with it (pointingAfter's paragraphs are scored so).
  if (c.words[0]?.sentence === -1) return undefined;
  if (c.paragraph < 2 || c.words[c.first]!.sentence !== 0 || !opensPointing(c.words)) return undefined;
  const before = c.entry.article.paragraphs[c.paragraph - 2];
  if (before === undefined) return undefined;
  const all = paragraphWords(before);
  const lastSentence = all.length === 0 ? undefined : all[all.length - 1]!.sentence;
  const told = all.filter((w) => w.sentence === lastSentence);
  if (told.length === 0) return undefined;
  const shift = before.text.length + 1;
  const moved = told.map((w) => ({ ...w, sentence: -1, start: w.start - shift, end: w.end - shift }));
  return { words: [...moved, ...c.words], first: c.first + moved.length, last: c.last + moved.length };
}

/**
 * The paragraphs right after found ones that open pointing back and were not found themselves: a
 * question's words are in the paragraph before ("… dalam pemakaman tertutup."), the date in this one
 * ("Itu dilangsungkan Selasa (23/1)."). Their candidates are read with that sentence (withSentenceBefore).
 */
export function pointingAfter(found: readonly { entry: LibraryEntry; paragraph: Paragraph }[]): { entry: LibraryEntry; paragraph: Paragraph }[] {
  const held = new Set(found.map((f) => f.paragraph));
  return found.flatMap(({ entry, paragraph }) => {
    const next = entry.article.paragraphs[paragraph.n];
    return next !== undefined && !held.has(next) && opensPointing(paragraphWords(next)) ? [{ entry, paragraph: next }] : [];
  });
}
