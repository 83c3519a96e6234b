// The passage index of a library whose articles changed a little (a reload: a few added, changed or
// removed), built from the previous library's index instead of from every paragraph again. The
// words of the paragraphs of unchanged entries (the same objects as before) come from the previous
// index, renumbered; only new entries' paragraphs are tokenized. Tokenizing is what building an
// index costs, so a reload costs about what the changed articles do. The index holds exactly what
// buildPassageIndex would build over the same entries (word → passages, names → entries,
// sentences); only the order in which words were first met may differ, which nothing depends on.
import { indexTermsOf } from '../text/terms.js';
import type { LibraryEntry } from './library.js';
import { nameWordsOf, type PassageIndex, type PassageRef } from './passages.js';
import { VocabularyIndex } from './vocabulary.js';

export interface IndexedEntries {
  readonly entries: readonly LibraryEntry[];
  readonly index: PassageIndex;
}

export function rebuildPassageIndex(previous: IndexedEntries, entries: readonly LibraryEntry[]): PassageIndex {
  const oldPosition = new Map(previous.entries.map((entry, i) => [entry, i]));
  // The first passage of each previous entry: an entry's passages are consecutive, in paragraph order.
  const firstPassage = previous.index.firstPassage;

  const passages: PassageRef[] = [];
  const sentences: number[] = [];
  /** Previous passage id → new id, or -1 when its entry is gone. */
  const renumbered = new Int32Array(previous.index.passages.length).fill(-1);
  /** Previous entry position → new position, or -1. */
  const moved = new Int32Array(previous.entries.length).fill(-1);
  const fresh: { readonly id: number; readonly words: readonly string[] }[] = [];
  const firstOfEntry: number[] = [];
  entries.forEach((entry, e) => {
    firstOfEntry.push(passages.length);
    const old = oldPosition.get(entry);
    if (old !== undefined) moved[old] = e;
    let count = 0;
    entry.article.paragraphs.forEach((p, k) => {
      const id = passages.length;
      passages.push({ entry: e, paragraph: p.n });
      count += p.sentences.length;
      if (old !== undefined) renumbered[firstPassage[old]! + k] = id;
      else fresh.push({ id, words: indexTermsOf(p.text) });
    });
    sentences.push(count);
  });
  firstOfEntry.push(passages.length);

  // Each passage's words, then the inverted index in passage order (postings stay ascending).
  const wordsOf: string[][] = passages.map(() => []);
  for (const [word, postings] of previous.index.vocabulary.entries()) {
    for (const p of postings) {
      const id = renumbered[p]!;
      if (id >= 0) wordsOf[id]!.push(word);
    }
  }
  for (const { id, words } of fresh) wordsOf[id] = [...words];
  const vocabulary = new VocabularyIndex();
  wordsOf.forEach((words, id) => {
    for (const word of words) vocabulary.add(word, id);
  });
  vocabulary.seal();

  // Names: the previous lists renumbered, new entries' names added, each list ascending.
  const nameWords = new Map<string, number[]>();
  for (const [word, list] of previous.index.nameWords) {
    const kept = list.map((old) => moved[old]!).filter((e) => e >= 0);
    if (kept.length > 0) nameWords.set(word, kept);
  }
  const touched = new Set<number[]>();
  entries.forEach((entry, e) => {
    if (oldPosition.has(entry)) return;
    for (const word of nameWordsOf(entry.understanding)) {
      const list = nameWords.get(word);
      if (list === undefined) nameWords.set(word, [e]);
      else if (!list.includes(e)) {
        list.push(e);
        touched.add(list);
      }
    }
  });
  for (const list of touched) list.sort((a, b) => a - b);

  return {
    passages,
    vocabulary,
    sentences,
    totalSentences: sentences.reduce((a, b) => a + b, 0),
    nameWords,
    firstPassage: firstOfEntry,
    entryOf: Int32Array.from(passages, (p) => p.entry),
  };
}
