// Other names of the one a sentence is about: "<X> atau <Y> adalah …", "<X> (…), yang nama aslinya
// <Y>, adalah …", "<X>, also known as <Y>, was …", "<X> (Arab: <Y>) adalah …". A reader takes the
// name the sentence opens with as the one it is about and the names after "atau", "alias", "dikenal
// sebagai" (or in the brackets right after it) as its other names: an answer read at one of them is
// the name the sentence opens with, and they do not end the clause that name governs.
import { allTables } from '../lang/index.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameSpan } from './name-answers.js';
import { opensSentence } from './sentence-subject.js';

const aliasPhrases = allTables.flatMap((t) => t.answerWords?.aliasWords ?? []).map((p) => p.split(' '));

/** Lower-case words, at most, between a name and its other name besides the alias words ("yang", "juga", "lebih"). */
const MAX_BETWEEN = 6;

/** Capitalised words, at most, of the other name's titles between the alias words and its span. */
const MAX_TITLES = 3;

/** The words between two names, without what brackets hold; undefined when a bracket is left open (the second name stands inside it). */
function outsideBrackets(between: readonly Word[]): Word[] | undefined {
  const out: Word[] = [];
  let depth = 0;
  for (const w of between) {
    if (w.text === '(' || w.text === '[') depth++;
    else if (w.text === ')' || w.text === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push(w);
  }
  return depth > 0 ? undefined : out;
}

/** Do these words, between two names, make the second another name of the first? */
function namesAgain(between: readonly Word[]): boolean {
  // "<X> (… <Y> …)": the brackets opened right after a name hold its other names and spellings.
  if (between[0]?.text === '(' && outsideBrackets(between) === undefined) return true;
  const rest = outsideBrackets(between);
  if (rest === undefined) return false;
  // The titles of the other name, left out of its span, stand after the alias words ("alias Ki Lurah <Y>").
  for (let n = 0; n < MAX_TITLES && rest.length > 0 && !rest[rest.length - 1]!.mark && rest[rest.length - 1]!.cap; n++) rest.pop();
  const plain = rest.filter((w) => !w.mark);
  if (plain.length === 0 || plain.length > MAX_BETWEEN) return false;
  if (rest.some((w) => (w.mark ? w.text !== ',' : w.cap))) return false;
  const norms = plain.map((w) => w.norm);
  return aliasPhrases.some((p) => p.length <= norms.length && p.every((w, k) => norms[norms.length - p.length + k] === w));
}

/** Is word i a capitalised word outside any bracket, the last before `end` in its sentence (brackets skipped)? Its index, else undefined. */
function lastWordBefore(words: readonly Word[], end: number): number | undefined {
  const sentence = words[end]!.sentence;
  let depth = 0;
  for (let j = end - 1; j >= 0 && words[j]!.sentence === sentence && end - j <= 40; j--) {
    const w = words[j]!;
    if (w.text === ')' || w.text === ']') depth++;
    else if (w.text === '(' || w.text === '[') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !w.mark && w.cap) return j;
  }
  return undefined;
}

/** The bracket left open before word `end` in its sentence ("Lorem (Arab: Ipsum, …"), else undefined. */
function openBracket(words: readonly Word[], end: number): number | undefined {
  const sentence = words[end]!.sentence;
  let depth = 0;
  for (let j = end - 1; j >= 0 && words[j]!.sentence === sentence; j--) {
    const t = words[j]!.text;
    if (t === ')' || t === ']') depth++;
    else if (t === '(' || t === '[') {
      if (depth === 0) return t === '(' ? j : undefined;
      depth--;
    }
  }
  return undefined;
}

/**
 * The name a sentence opens with, when no span holds it ("Lorem (…) atau Ipsum adalah …": one
 * capitalised word opening a sentence is a name to the reader because another name of it follows):
 * the capitalised words from the sentence's opening to the last before the alias words.
 */
function openingName(words: readonly Word[], s: NameSpan, isName: (w: Word) => boolean): NameSpan | undefined {
  const open = openBracket(words, s.first);
  const j = open !== undefined ? open - 1 : lastWordBefore(words, s.first);
  if (j === undefined || j < 0 || words[j]!.mark || !words[j]!.cap || (open === undefined && !namesAgain(words.slice(j + 1, s.first)))) return undefined;
  let f = j;
  while (f > 0 && j - f < 3 && words[f - 1]!.sentence === words[j]!.sentence && !words[f - 1]!.mark && words[f - 1]!.cap) f--;
  if (!opensSentence(words, f) || !words.slice(f, j + 1).every(isName)) return undefined;
  return { first: f, last: j, kind: 'person', evidence: 0.5 };
}

/**
 * For each span written as another name of the one its sentence opens with, that first name
 * (by the span's index in `spans`); a chain of them ("<X> alias <Y> bergelar <Z>") all stand for
 * <X>. The first name may be no span of its own (`isName` says which capitalised words may be one).
 */
export function aliasHeads(words: readonly Word[], spans: readonly NameSpan[], isName: (w: Word) => boolean): Map<number, NameSpan> {
  const heads = new Map<number, NameSpan>();
  spans.forEach((s, k) => {
    const p = spans[k - 1];
    const before = p !== undefined && words[p.first]!.sentence === words[s.first]!.sentence ? p : undefined;
    const head = before === undefined ? undefined : (heads.get(k - 1) ?? (opensSentence(words, before.first) ? before : undefined));
    if (before !== undefined && head !== undefined) {
      const bracketed = words[head.last + 1]?.text === '(' && outsideBrackets(words.slice(head.last + 1, s.first)) === undefined;
      if (bracketed || namesAgain(words.slice(before.last + 1, s.first))) heads.set(k, head);
      return;
    }
    const opening = openingName(words, s, isName);
    if (opening !== undefined && (before === undefined || before.last < opening.first)) heads.set(k, opening);
  });
  return heads;
}
