// Where the dateline opening a report's first paragraph ends: the place and outlet it was written
// from, which the extractors never read as a person and the answers never give as where anything
// happened.

/** "Kota Lorem, Warta - ", "Lorem (ANTARA) -": the length of the dateline opening a paragraph, 0 where none does. */
export function datelineEnd(text: string): number {
  const m = /^\s*\p{L}[\p{L} .]{0,30}(?:,\s*|\s*\()[\p{L}][\p{L} .()]{0,30}?\s*[-–—](?!\p{L})/u.exec(text);
  return m ? m[0].length : 0;
}
