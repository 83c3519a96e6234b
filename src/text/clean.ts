// Cleaning a scraped article into paragraphs: drop what the site added (ads, promo and trailer
// lines, repeated lines), keep the article's own words verbatim. Never keyed to one article.
import { allTables } from '../lang/index.js';

const promoStarts = allTables.flatMap((t) => t.promoLineStarts);

/** A line that is only a reporter or editor code: "(Uu. SYS / G003/M016)", "[bal]", "(bir / gen)". */
const codeOnlyLine = /^[[(][\p{L}\d .]{1,12}(?:\/[\p{L}\d .]{1,12})*[\])]$/u;
/** The same code trailing the last paragraph: "… nonmigas. (bir / gen)". */
const trailingCode = /\s*[[(][\p{Ll}\p{Lu}\d .]{1,12}(?:\/[\p{L}\d .]{1,12})*[\])]\s*$/u;

/** A line as compared: lower case, spaces as one, without invisible format characters (zero-width, direction marks). */
function key(line: string): string {
  return line.toLowerCase().replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();
}

export function isPromoLine(line: string): boolean {
  return isPromoKey(key(line));
}

function isPromoKey(lineKey: string): boolean {
  const k = lineKey.replace(/^[[(«"“*•\-–—\s]+/, '');
  return promoStarts.some((start) => {
    const s = start.replace(/^[[(]/, '');
    return k === s || k.startsWith(s + ':') || k.startsWith(s + ' ') || k.startsWith(s + ' -') || (s.endsWith(':') && k.startsWith(s));
  });
}

/** Strip a trailing reporter code only where what it leaves still ends like a sentence. */
export function stripTrailingCode(text: string): string {
  const m = trailingCode.exec(text);
  if (!m) return text;
  const inner = m[0].trim().slice(1, -1);
  // A code is short and has no sentence inside; "(Budi)" after a name is not a code,
  // so require what is before it to end a sentence.
  const before = text.slice(0, m.index);
  if (!/[.!?"”’]$/.test(before)) return text;
  if (inner.split(/\s+/).length > 4) return text;
  return before;
}

export interface CleanResult {
  readonly paragraphs: string[];
}

/**
 * Paragraphs are separated by a blank line or by a newline. Within a blank-line block, a line
 * that does not end a sentence is a hard wrap and joins the next line.
 */
export function cleanArticle(raw: string): CleanResult {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const keys = lines.map(key);
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
  // Only an article that separates paragraphs with blank lines can have hard-wrapped lines.
  // (Line by line: the one pattern /\S[^\n]*\n[ \t]*\n[ \t]*\S/ says the same, and backtracks over
  // every position of a long line, which cost more than the rest of the parse.)
  const blankLineSeparated = lines.some((line, i) => i + 2 < lines.length && /^[ \t]*$/.test(lines[i + 1]!) && /^[ \t]*\S/.test(lines[i + 2]!) && /\S/.test(line));
  const endsParagraph = (i: number): boolean => i < 0 || keys[i] === '' || /[.!?:"”’)\]]$/.test(lines[i]!.trim());
  const blocks: string[][] = [[]];
  for (const [i, line] of lines.entries()) {
    const k = keys[i]!;
    if (k === '') {
      blocks.push([]);
      continue;
    }
    // A repeated line is the site's (an ad, a promo) when it stands alone; a wrapped line that
    // happens to repeat ("mayor said.") continues a paragraph and stays.
    const standsAlone = !blankLineSeparated || endsParagraph(i - 1);
    if ((counts.get(k) ?? 0) > 1 && k.length < 300 && standsAlone) continue;
    if (isPromoKey(k) || codeOnlyLine.test(line.trim())) continue;
    blocks[blocks.length - 1]!.push(line.trim());
  }
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let current = '';
    for (const line of block) {
      current = current === '' ? line : `${current} ${line}`;
      if (!blankLineSeparated || /[.!?:"”’)\]]$/.test(line)) {
        paragraphs.push(current);
        current = '';
      }
    }
    if (current !== '') paragraphs.push(current);
  }
  const last = paragraphs.length - 1;
  if (last >= 0) {
    const stripped = stripTrailingCode(paragraphs[last]!);
    if (stripped !== paragraphs[last]) {
      if (stripped.trim() === '') paragraphs.pop();
      else paragraphs[last] = stripped;
    }
  }
  return { paragraphs };
}
