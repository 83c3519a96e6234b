// The passage index of a library: every paragraph of every article, the words of each in an
// inverted index (with a trigram index over the words, see vocabulary.ts), and what the answerers
// look up per article without reading it again (its sentence count, the words of the names it knows).
import { indexTermsOf } from '../text/terms.js';
import type { Understanding } from '../types.js';
import { VocabularyIndex } from './vocabulary.js';

/** One paragraph of one article, as the index knows it. */
export interface PassageRef {
  /** Index of the article in the library's entries. */
  readonly entry: number;
  /** 1-based paragraph number. */
  readonly paragraph: number;
}

export interface PassageIndex {
  readonly passages: readonly PassageRef[];
  readonly vocabulary: VocabularyIndex;
  /** Sentences per article (for term weights), by entry index, and in all. */
  readonly sentences: readonly number[];
  readonly totalSentences: number;
  /** The article (entry index) of each passage id. */
  readonly entryOf: Int32Array;
  /** The id of each article's first passage (by entry index), and one past the last: an article's passages are a range. */
  readonly firstPassage: readonly number[];
  /** Folded words of the names an article knows (people, places, organisations) → entry indexes, ascending. */
  readonly nameWords: ReadonlyMap<string, readonly number[]>;
}

interface Indexable {
  readonly article: { readonly paragraphs: readonly { readonly n: number; readonly text: string; readonly sentences: readonly unknown[] }[] };
  readonly understanding: Understanding;
}

/** The words of every name an article's understanding holds (hyphenated names by their parts). */
function nameFormsOf(u: Understanding): string[] {
  const forms: string[] = [];
  for (const named of [u.people, u.places]) for (const n of named) forms.push(n.name, ...n.aliases);
  for (const o of u.organisations) {
    forms.push(o.name, ...o.aliases);
    if (o.expansion !== undefined) forms.push(o.expansion);
  }
  return forms;
}

/** The folded words of one name (hyphenated names by their parts). */
const wordsOfName = (form: string): string[] => indexTermsOf(form.replace(/[-'’]/g, ' '));

/** The folded words of every name an article's understanding holds (hyphenated names by their parts). */
export function nameWordsOf(u: Understanding): string[] {
  return nameFormsOf(u).flatMap(wordsOfName);
}

export function buildPassageIndex(entries: readonly Indexable[]): PassageIndex {
  const passages: PassageRef[] = [];
  const vocabulary = new VocabularyIndex();
  const sentences: number[] = [];
  const nameWords = new Map<string, number[]>();
  const firstPassage: number[] = [];
  // Most names recur over a library's articles: each written form is read once per build.
  const wordsOfForm = new Map<string, readonly string[]>();
  entries.forEach((entry, e) => {
    firstPassage.push(passages.length);
    let count = 0;
    for (const p of entry.article.paragraphs) {
      const id = passages.length;
      passages.push({ entry: e, paragraph: p.n });
      count += p.sentences.length;
      for (const term of indexTermsOf(p.text)) vocabulary.add(term, id);
    }
    sentences.push(count);
    for (const form of nameFormsOf(entry.understanding)) {
      let words = wordsOfForm.get(form);
      if (words === undefined) wordsOfForm.set(form, (words = wordsOfName(form)));
      for (const word of words) {
        const list = nameWords.get(word);
        if (!list) nameWords.set(word, [e]);
        else if (list[list.length - 1] !== e) list.push(e);
      }
    }
  });
  vocabulary.seal();
  firstPassage.push(passages.length);
  return { passages, vocabulary, sentences, totalSentences: sentences.reduce((a, b) => a + b, 0), nameWords, firstPassage, entryOf: Int32Array.from(passages, (p) => p.entry) };
}
