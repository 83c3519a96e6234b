// Citations built from search hits: the paragraph's own words, with the matched words to bold.
import type { LibraryEntry } from '../index/library.js';
import type { SearchHit } from '../index/search.js';
import type { Citation } from '../types.js';

export function paragraphText(entries: readonly LibraryEntry[], article: string, paragraph: number): string {
  const entry = entries.find((e) => e.article.id === article);
  return entry?.article.paragraphs[paragraph - 1]?.text ?? '';
}

export function citationOf(entries: readonly LibraryEntry[], hit: SearchHit): Citation {
  return {
    article: hit.article,
    paragraph: hit.paragraph,
    excerpt: paragraphText(entries, hit.article, hit.paragraph),
    highlights: hit.highlights,
  };
}

/** The best sentence of a hit, verbatim: the short form of the answer. */
export function bestSentence(entries: readonly LibraryEntry[], hit: SearchHit): string {
  const entry = entries.find((e) => e.article.id === hit.article);
  const paragraph = entry?.article.paragraphs[hit.paragraph - 1];
  if (!paragraph) return '';
  const sentence = paragraph.sentences[hit.sentence ?? 0] ?? paragraph.sentences[0];
  return sentence?.text ?? paragraph.text;
}
