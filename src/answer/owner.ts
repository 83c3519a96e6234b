// "Aset siapa yang akan dibekukan Jepang?", "Whose assets will Japan freeze?": a whose-question asks
// for the owner of the thing it names, as the passage that tells of it writes one — after the thing
// ("aset milik Lorem", "aset Lorem Corp", "the assets of Lorem Corp") or as its possessive ("Lorem
// Corp's assets") — never the speaker or another name of that passage. A passage that writes the
// thing with no owner named ("aset enam organisasi") does not say whose it is.
import { allTables } from '../lang/index.js';
import { searchPassages } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { writtenNumber } from '../text/numbers.js';
import { queryTerms } from '../text/terms.js';
import { paragraphWords, type ParagraphWord as Word } from '../text/words.js';
import type { Finding } from '../findings.js';
import { paragraphCitation } from './citations.js';
import { termsAsWritten } from './other-language.js';
import { partsOfWord, sameOrTypo } from './written.js';

const ownerWords = allTables.flatMap((t) => t.answerWords?.ownerWords ?? []).map((w) => w.split(' '));

/** Most lower-case words between a thing and its owner ("program senjata nuklir X"). */
const MODIFIERS = 2;

/** A capitalised word of a name: no mark, no function word. */
const nameWord = (w: Word | undefined): w is Word => w !== undefined && !w.mark && w.cap && !lexicon.stopWords.has(w.norm);

/** The owner written after the thing ending at word i, or as its possessive before it; undefined where none is named. */
function ownerAt(words: readonly Word[], first: number, last: number): string | undefined {
  const sentence = words[first]!.sentence;
  let j = last + 1;
  const marker = ownerWords.find((p) => p.every((part, k) => !words[j + k]?.mark && words[j + k]?.norm === part));
  if (marker) j += marker.length;
  if (words[j] !== undefined && !words[j]!.mark && lexicon.determiners.has(words[j]!.norm) && marker) j++;
  // "program senjata nuklir Korea Utara": a thing's words of kind between it and its owner, none a count ("aset dua perusahaan").
  const modifier = (w: Word | undefined): boolean => w !== undefined && !w.mark && !w.cap && !lexicon.stopWords.has(w.norm) && !/\p{N}/u.test(w.norm) && writtenNumber(w.norm) === undefined;
  if (!marker) for (let k = 0; k < MODIFIERS && modifier(words[j]) && words[j]!.sentence === sentence && !nameWord(words[j]); k++) j++;
  let end = j;
  while (nameWord(words[end]) && words[end]!.sentence === sentence) end++;
  if (end > j) return words.slice(j, end).map((w) => w.text).join(' ');
  // "Lorem Corp's assets": the possessive right before the thing.
  const before = words[first - 1];
  if (before === undefined || before.mark || !/['’]s$/u.test(before.text) || !before.cap) return undefined;
  let start = first - 1;
  while (nameWord(words[start - 1]) && words[start - 1]!.sentence === sentence) start--;
  return words.slice(start, first).map((w) => w.text).join(' ').replace(/['’]s$/u, '');
}

/** The answer to a whose-question: the owner its best passage writing the thing names, else the article does not say; undefined where it asks no owner. */
export function answerOwner(scope: Scope, query: Query): Finding | undefined {
  const thing = query.ownerAsked;
  if (thing === undefined) return undefined;
  const forms = termsAsWritten(scope, queryTerms(thing), query.language);
  const hits = searchPassages(scope, termsAsWritten(scope, query.terms, query.language), { limit: 5 });
  for (const hit of hits) {
    const paragraph = hit.entry.article.paragraphs[hit.paragraph - 1]!;
    const words = paragraphWords(paragraph);
    const at = words.findIndex((w) => forms.length > 0 && partsOfWord(w).some((p) => sameOrTypo(forms[0]!, p)));
    if (at < 0) continue;
    let last = at;
    while (last - at + 1 < forms.length && words[last + 1] !== undefined && partsOfWord(words[last + 1]!).some((p) => sameOrTypo(forms[last - at + 1]!, p))) last++;
    const owner = ownerAt(words, at, last);
    if (owner === undefined) break;
    const citation = paragraphCitation(hit.entry, hit.paragraph, [owner, words[at]!.text])!;
    const role = resolvePerson(hit.entry.understanding.people, owner)?.role;
    const said = { kind: 'answer' as const, value: owner, ...(role !== undefined && !owner.includes(role) && { role }), paragraph: hit.paragraph };
    return { command: 'ask', query: query.text, found: true, value: owner, citations: [citation], said, asks: 'who', answerer: 'who' };
  }
  return { command: 'ask', query: query.text, found: false, citations: [], said: { kind: 'not-said', asks: 'whose', query: thing }, asks: 'who', answerer: 'who' };
}
