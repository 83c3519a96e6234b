// The words of an article's paragraphs as the extractors read them: with sentence starts, and the
// article's own lower-case words (which tell a capitalised common word from a name).
import { wordsOf, type Word } from '../text/words.js';
import type { Article } from '../types.js';

/** Sentence-level context of one paragraph, shared by the rules. */
export interface ParagraphWords {
  readonly n: number;
  readonly text: string;
  readonly words: readonly Word[];
  /** Offsets where a sentence starts. */
  readonly sentenceStarts: ReadonlySet<number>;
}

/** Is this word the first word of its sentence? */
export function opensSentence(p: ParagraphWords, i: number): boolean {
  const w = p.words[i];
  if (!w) return false;
  if (p.sentenceStarts.has(w.start)) return true;
  const prev = p.words[i - 1];
  return prev === undefined || /^[.!?“”"'‘’]$/.test(prev.text);
}

function commonWordsOf(paragraphs: readonly ParagraphWords[]): Set<string> {
  const set = new Set<string>();
  for (const p of paragraphs) for (const w of p.words) if (!w.mark && !w.cap && /\p{Ll}/u.test(w.text)) set.add(w.norm);
  return set;
}

/** The words of every paragraph of an article, and the words it writes in lower case: what every extractor reads. */
export interface ArticleWords {
  readonly paragraphs: readonly ParagraphWords[];
  /** Lower-case words of the whole article: a capitalised word also written in lower case is a common word. */
  readonly common: ReadonlySet<string>;
}

/** Read once per article by understand(), and handed to each extractor. */
export function articleWords(article: Article): ArticleWords {
  const paragraphs = article.paragraphs.map((p) => ({
    n: p.n,
    text: p.text,
    words: wordsOf(p.text),
    sentenceStarts: new Set(p.sentences.map((s) => s.start)),
  }));
  return { paragraphs, common: commonWordsOf(paragraphs) };
}
