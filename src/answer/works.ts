// The titles of works a paragraph writes — "film Lorem Ipsum (1975), Dolor (1979)", "buku berjudul
// "…"", "a paper titled Development of …" — are never who made them: a who-answer is not taken
// from them. A title counts only where the paragraph marks it as one: a naming word after the word
// for the work, quotation marks, or the year in brackets after it ("album Lorem" alone may be the
// singer's album, "film karya Lorem" the director's).
import { allTables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

const workWords = new Set(allTables.flatMap((t) => t.answerWords?.workWords ?? []));
const listJoiners = new Set(allTables.flatMap((t) => t.nameWords?.listJoiners ?? []));

const isQuote = (w: Word | undefined): boolean => w !== undefined && w.mark && /^["“”'‘’«»]$/.test(w.text);
const opensTitle = (w: Word | undefined): boolean => w !== undefined && !w.mark && (w.cap || /^\p{N}/u.test(w.text));
/** Words a title may hold between its capitalised ones ("of a", "and", "dan"). */
const inTitle = (w: Word): boolean => opensTitle(w) || (!w.mark && lexicon.stopWords.has(w.norm)) || w.text === '-';

/** The end (exclusive) of a title starting at `at` in its sentence: to the closing quote, or over its capitalised words. */
function titleEnd(words: readonly Word[], at: number): number | undefined {
  const sentence = words[at]?.sentence;
  if (isQuote(words[at])) {
    for (let k = at + 1; k < words.length && k - at <= 24 && words[k]!.sentence === sentence; k++) if (isQuote(words[k])) return k > at + 1 ? k + 1 : undefined;
    return undefined;
  }
  if (!opensTitle(words[at])) return undefined;
  let end = at + 1;
  for (let k = at + 1; k < words.length && words[k]!.sentence === sentence && inTitle(words[k]!); k++) if (opensTitle(words[k])) end = k + 1;
  return end;
}

/** Does a bracket holding a year stand at `at` ("(1975)")? Its end, exclusive. */
function yearBracketEnd(words: readonly Word[], at: number): number | undefined {
  if (words[at]?.text !== '(' || !/^\d{4}$/.test(words[at + 1]?.text ?? '') || words[at + 2]?.text !== ')') return undefined;
  return at + 3;
}

/** Word indexes of the titles of works the paragraph writes. */
export function workTitleWords(words: readonly Word[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    if (w.mark || w.cap || !workWords.has(w.norm)) return;
    let at = i + 1;
    if (words[at]?.norm === 'yang' && lexicon.namingWords.has(words[at + 1]?.norm ?? '')) at += 2;
    const named = lexicon.namingWords.has(words[at]?.norm ?? '');
    if (named) at++;
    // "sutradara film …", "penulis buku …": after a title the words may name the person, unless a naming word says otherwise.
    const before = words[i - 1];
    if (!named && before !== undefined && !before.mark && (lexicon.titleWords.has(before.norm) || lexicon.roleWords.has(before.norm))) return;
    // A title, then more of the list ("…(1975), Dolor (1979) dan …") as long as each is marked as one.
    for (let first = true; ; first = false) {
      const end = titleEnd(words, at);
      if (end === undefined) return;
      const bracket = yearBracketEnd(words, end);
      if (!(first && named) && !isQuote(words[at]) && bracket === undefined) return;
      for (let k = at; k < end; k++) out.add(k);
      at = bracket ?? end;
      if (words[at]?.text === ',') at++;
      if (listJoiners.has(words[at]?.norm ?? '')) at++;
      if (at === (bracket ?? end)) return;
    }
  });
  return out;
}
