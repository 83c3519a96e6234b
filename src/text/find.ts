// Finding a phrase in a text as a whole word, as written.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const wordChar = /[\p{L}\p{N}]/u;

/** Is this code point a letter or a digit? ASCII answered by its code, without a string or a regex. */
export function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return wordChar.test(String.fromCodePoint(cp));
}

/** Offsets of a phrase as a whole word (letters or digits on neither side), case-sensitive. */
export function findAll(text: string, phrase: string): number[] {
  const found: number[] = [];
  if (phrase === '') return found;
  // indexOf and a look at the neighbours: this runs for every name in every paragraph, so no
  // regular expression is compiled per call.
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text.codePointAt(at - 1 - (isLowSurrogate(text, at - 1) ? 1 : 0)) : undefined;
    const after = text.codePointAt(at + phrase.length);
    if (before !== undefined && isWordCode(before)) continue;
    if (after !== undefined && isWordCode(after)) continue;
    found.push(at);
  }
  return found;
}

/**
 * A letter or a digit ends text[0, at): what a look-behind `(?<![\p{L}\p{N}])` opening a pattern
 * rules out. The large patterns check it here, after a match, instead: V8 ran the look-behind at
 * every position of every text, before it could skip to where the pattern's first letters stand.
 */
export function wordCharBefore(text: string, at: number): boolean {
  return at > 0 && /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at));
}

/** Where a search goes on past a match rejected at `at`: the next character (code point). */
export function nextStart(text: string, at: number): number {
  return at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0;
}

/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the
 * copy of the pattern matchAll makes on every call: for a large shared pattern (the gazetteer, the
 * speech cues) the copy cost several times the search, run over every clause of every article.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match: step over one character (one code point with the u flag), as matchAll does.
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return found;
}
