// The per-query work made cheaper (issue 10, item 4) must give what the plain code gave: each
// rewritten function is checked against the plain version it replaced, on fixed cases and on
// random input (seeded, so a failure reproduces).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allTables, type QuestionKind } from '../src/lang/index.js';
import { classifyQuestion } from '../src/query/classify.js';
import { focusOf } from '../src/query/focus.js';
import { termGroupsOf } from '../src/query/groups.js';
import { readQuery } from '../src/query/query.js';
import { paragraphList } from '../src/render/said.js';
import { findAll } from '../src/text/find.js';
import { fold, foldedWords } from '../src/text/normalize.js';
import { editDistance } from '../src/text/similarity.js';
import { queryTerms } from '../src/text/terms.js';

const SEED = 20261130;
const phrases = allTables.flatMap((t) => Object.entries(t.questionWords)).sort((a, b) => b[0].length - a[0].length);

const relativePhrases = new Set(allTables.flatMap((t) => t.relativeQuestionWords ?? []));
const joiners = new Set(allTables.flatMap((t) => t.nameWords?.listJoiners ?? []));

/**
 * classifyQuestion as it was: every phrase searched for in the padded question, each of its
 * writings; a relative phrase ("di mana") not counted where the best phrase ending before it asks
 * who or when and no joiner ("dan") stands right before it.
 */
function plainClassify(question: string): QuestionKind | undefined {
  const words = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const found: { kind: QuestionKind; at: number; length: number; phrase: string }[] = [];
  for (const [phrase, kind] of phrases) {
    for (let at = words.indexOf(` ${phrase} `); at >= 0; at = words.indexOf(` ${phrase} `, at + 1)) found.push({ kind, at, length: phrase.length, phrase });
  }
  const better = (a: { at: number; length: number }, b?: { at: number; length: number }): boolean => !b || a.length > b.length || (a.length === b.length && a.at < b.at);
  const bestOf = (list: typeof found) => list.reduce<(typeof found)[number] | undefined>((b, f) => (better(f, b) ? f : b), undefined);
  const counted: typeof found = [];
  for (const f of [...found].sort((a, b) => a.at - b.at)) {
    const before = bestOf(counted.filter((o) => o.at < f.at));
    const previous = words.slice(0, f.at).trim().split(' ').pop() ?? '';
    const relative = before && (before.kind === 'who' || before.kind === 'when') && before.at + before.length < f.at && !joiners.has(previous);
    if (!(relativePhrases.has(f.phrase) && relative)) counted.push(f);
  }
  return bestOf(counted)?.kind;
}

/** paragraphList as it was: a Set spread and a sort. */
function plainParagraphList(refs: readonly { article: string; paragraph: number }[]): string {
  const sorted = (list: readonly { paragraph: number }[]): number[] => [...new Set(list.map((r) => r.paragraph))].sort((a, b) => a - b);
  const articles = [...new Set(refs.map((r) => r.article))];
  if (articles.length <= 1) return sorted(refs).map((n) => `¶${n}`).join(', ');
  return articles.map((a) => `${sorted(refs.filter((r) => r.article === a)).map((n) => `¶${n}`).join(', ')} (${a})`).join('; ');
}

/** findAll as it was: a regular expression on each neighbour. */
function plainFindAll(text: string, phrase: string): number[] {
  const found: number[] = [];
  if (phrase === '') return found;
  const wordChar = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const c = text.charCodeAt(at - 1);
    const before = at > 0 ? text.codePointAt(at - 1 - (c >= 0xdc00 && c <= 0xdfff && at - 1 > 0 ? 1 : 0)) : undefined;
    const after = text.codePointAt(at + phrase.length);
    if (before !== undefined && wordChar.test(String.fromCodePoint(before))) continue;
    if (after !== undefined && wordChar.test(String.fromCodePoint(after))) continue;
    found.push(at);
  }
  return found;
}

const questionWords = [...new Set(phrases.map(([p]) => p))];
const pieces = [...questionWords, 'Budi', 'Lavrov', 'bertemu', 'di', 'Moskow', 'Korea Utara', 'kapan-kapan', 'ÉLAN', '¿', '?', ',', '  ', 'ﬁ', 'İ', '🇷🇺', '\u0301', '2024'];
const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(' '));

describe('the per-query work, made cheaper, gives what it gave', () => {
  it('classifyQuestion: the longest question phrase wherever it stands, the earliest of equals', () => {
    for (const q of ['Siapa yang bertemu di Moskow?', 'Di mana pasukan dikerahkan?', 'Budi itu siapa?', 'Kapan dan di mana?', 'Kapan gempa di kota di mana rumah runtuh?', 'What year did it end?', 'Lavrov', '']) {
      expect(classifyQuestion(q)).toBe(plainClassify(q));
    }
    fc.assert(fc.property(fc.oneof(sentence, fc.string({ unit: 'grapheme', maxLength: 30 })), (q) => classifyQuestion(q) === plainClassify(q)), { seed: SEED, numRuns: 400 });
  });

  it('a Query reads each part when asked, as readQuery read them all at once', () => {
    for (const text of ['  Siapa yang bertemu di Moskow? ', 'Kapan Putin datang ke Korea Utara?', 'Di mana pasukan dikerahkan?', 'Lavrov', 'Apa isi perjanjian?']) {
      const q = readQuery({ command: 'ask', query: text, article: ' tempo ', page: 2 });
      const kind = classifyQuestion(text.trim());
      expect(q.text).toBe(text.trim());
      expect(q.article).toBe('tempo');
      expect(q.page).toBe(2);
      expect(q.kind).toBe(kind);
      expect(q.terms).toEqual(queryTerms(text.trim()));
      expect(q.groups).toEqual(termGroupsOf(text.trim()));
      expect(q.focus).toEqual(kind === 'who' || kind === 'when' || kind === 'where' ? focusOf(text.trim(), kind) : undefined);
      expect(q.claims).toBeUndefined();
      // Read twice, the same value.
      expect(q.groups).toBe(q.groups);
      expect(q.focus).toBe(q.focus);
    }
    const first = readQuery({ command: 'who', query: 'Lavrov', page: 1 });
    expect(first.page).toBeUndefined();
    expect(first.article).toBeUndefined();
    expect(readQuery({ command: 'check', query: 'Putin bertemu Kim di Moskow.' }).claims?.length).toBeGreaterThan(0);
  });

  it('the paragraph list: each number once, ascending, article by article', () => {
    const refs = [4, 2, 9, 2, 11, 1].map((paragraph) => ({ article: 'a', paragraph }));
    expect(paragraphList(refs)).toBe('¶1, ¶2, ¶4, ¶9, ¶11');
    expect(paragraphList([])).toBe('');
    const ref = fc.record({ article: fc.constantFrom('a', 'b', 'c'), paragraph: fc.integer({ min: 1, max: 40 }) });
    fc.assert(fc.property(fc.array(ref, { maxLength: 12 }), (list) => paragraphList(list) === plainParagraphList(list)), { seed: SEED, numRuns: 400 });
  });

  it('findAll: a whole word, letters and digits of any script on neither side', () => {
    expect(findAll('Rusia-Korea dan Korea Utara; korea', 'Korea')).toEqual([6, 16]);
    expect(findAll('ÉKorea Koreaé 2Korea Korea', 'Korea')).toEqual([21]);
    const text = fc.array(fc.constantFrom('Kim', 'kim', ' ', '-', 'é', 'Ж', '1', '_', '🇷🇺', '\uD800', 'Kimé', '.'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.constantFrom('Kim', 'im', 'é', 'Kim Kim'), (t, phrase) => JSON.stringify(findAll(t, phrase)) === JSON.stringify(plainFindAll(t, phrase))), { seed: SEED, numRuns: 400 });
  });

  it('editDistance: the same word is 0 apart, and with no typo allowed any other is past the cap', () => {
    expect(editDistance('kursk', 'kursk', 0)).toBe(0);
    expect(editDistance('kursk', 'kursx', 0)).toBe(1);
    expect(editDistance('kursk', 'krusk', 1)).toBe(1);
    expect(editDistance('kursk', 'kxrsx', 1)).toBe(2);
  });

  it('foldedWords: folded, every run of other characters one space, trimmed', () => {
    expect(foldedWords('  Kim Jong-un ')).toBe('kim jong un');
    expect(foldedWords('Ñoño, S.A.')).toBe('nono s a');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => foldedWords(s) === fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()), { seed: SEED, numRuns: 300 });
  });
});
