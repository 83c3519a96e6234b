// The scoring rules of `npm run eval` (../shared/eval/README.md, "How to score"), on hand-written
// rows: SQuAD 2.0 normalisation without dropping articles, EM and F1 best over golds, NoAns scoring,
// strict person-name matching, quote matching at token F1 0.6 and the speaker rule.
import { describe, expect, it } from 'vitest';
import { matchNames, nerFigures, type NerResult } from '../src/eval/ner.js';
import { matchQuote, occursIn, quoteFigures, speakerAgrees } from '../src/eval/quotes.js';
import { qaSetFigures, type QaResult } from '../src/eval/qa.js';
import { answerTokens, exactMatch, normalizeAnswer, prf, qaFigures, scoreAnswer, tokenF1 } from '../src/eval/score.js';
import { qaRowOf, quoteRowOf, RowError } from '../src/eval/sets.js';

describe('answer normalisation', () => {
  it('lower-cases, applies NFKC and turns every non-letter, non-digit into a space', () => {
    expect(normalizeAnswer('  Rudi,  HARTANTO! ')).toBe('rudi hartanto');
    expect(normalizeAnswer('“Tahun 1963.”')).toBe('tahun 1963');
    // Punctuation separates words: "3/5" and "3 5" are the same answer, "35" another.
    expect(answerTokens('Senin (3/5)')).toEqual(['senin', '3', '5']);
    expect(normalizeAnswer('3/5')).toBe(normalizeAnswer('3 5'));
    expect(normalizeAnswer('35')).not.toBe(normalizeAnswer('3/5'));
    // NFKC: full-width letters and digits, ligatures, non-breaking spaces.
    expect(normalizeAnswer('ＲＵＤＩ　２０２１')).toBe('rudi 2021');
    expect(normalizeAnswer('ﬁnal\u00a0round')).toBe('final round');
    // Letters of other alphabets and accented ones are letters.
    expect(answerTokens('Café São-Paulo')).toEqual(['café', 'são', 'paulo']);
  });

  it('keeps the English articles', () => {
    expect(normalizeAnswer('The Hague')).toBe('the hague');
    expect(exactMatch('the Hague', 'Hague')).toBe(0);
    expect(tokenF1('the Hague', 'Hague')).toBeCloseTo(2 / 3);
  });

  it('computes exact match and token F1', () => {
    expect(exactMatch('tahun 1963', 'Tahun 1963.')).toBe(1);
    expect(exactMatch('1963', 'tahun 1963')).toBe(0);
    expect(tokenF1('1963', 'tahun 1963')).toBeCloseTo(2 / 3);
    expect(tokenF1('Wali Kota Rudi Hartanto', 'Rudi Hartanto')).toBeCloseTo(2 / 3);
    expect(tokenF1('Rudi Hartanto', 'Nina Lestari')).toBe(0);
    // Order does not count; a repeated word counts once per occurrence.
    expect(tokenF1('Hartanto Rudi', 'Rudi Hartanto')).toBe(1);
    expect(tokenF1('x x y', 'x y y')).toBeCloseTo(2 / 3);
    // An answer of punctuation only has no words: it matches nothing that has some.
    expect(tokenF1('—', 'Rudi')).toBe(0);
  });
});

describe('question scoring', () => {
  it('takes the best gold of an answerable question and scores a refusal 0', () => {
    expect(scoreAnswer('4 May 2021', ['May 2021', '4 May 2021'], true)).toEqual({ em: 1, f1: 1 });
    expect(scoreAnswer('May', ['May 2021', '4 May 2021'], true)).toEqual({ em: 0, f1: 2 / 3 });
    expect(scoreAnswer(undefined, ['Rudi'], true)).toEqual({ em: 0, f1: 0 });
  });

  it('scores an unanswerable question 1 only when refused, whatever the answer given', () => {
    expect(scoreAnswer(undefined, [], false)).toEqual({ em: 1, f1: 1 });
    expect(scoreAnswer('Rudi Hartanto', [], false)).toEqual({ em: 0, f1: 0 });
    expect(scoreAnswer('', [], false)).toEqual({ em: 0, f1: 0 });
  });

  it('sums up EM, F1, HasAns F1, NoAns accuracy and the answered share, per kind', () => {
    const row = (kind: QaResult['kind'], answerable: boolean, answered: boolean, f1: number): QaResult => ({
      id: `r${kind}${f1}`, kind, question: 'q', answerable, answered, gold: answerable ? ['g'] : [], em: f1 === 1 ? 1 : 0, f1,
    });
    const rows = [row('who', true, true, 1), row('who', true, true, 0.5), row('who', true, false, 0), row('when', false, false, 1), row('when', false, true, 0)];
    const { all, byKind } = qaSetFigures(rows);
    expect(all).toEqual({ n: 5, em: 40, f1: 50, hasAnsF1: 50, hasAns: 3, noAnsAccuracy: 50, noAns: 2, answered: 60, answeredCount: 3 });
    expect(byKind.who).toMatchObject({ n: 3, hasAnsF1: 50, noAnsAccuracy: null, noAns: 0 });
    expect(byKind.when).toMatchObject({ n: 2, hasAnsF1: null, noAnsAccuracy: 50, answered: 50 });
    expect(byKind.where).toBeUndefined();
    expect(qaFigures([])).toMatchObject({ n: 0, em: null, f1: null, answered: null });
  });

  it('reads FacQA rows as answerable and refuses rows without what they need', () => {
    expect(qaRowOf({ id: 'a', kind: 'when', question: 'Kapan?', passage: 'p', all_answers: ['Senin'] })).toMatchObject({ answerable: true, answers: ['Senin'] });
    expect(qaRowOf({ id: 'b', kind: 'who', question: 'Siapa?', passage: 'p', answerable: false, answers: [] })).toMatchObject({ answerable: false });
    expect(() => qaRowOf({ id: 'c', kind: 'why', question: 'Mengapa?', passage: 'p', answers: ['x'] })).toThrow(RowError);
    expect(() => qaRowOf({ id: 'd', kind: 'who', question: 'Siapa?', passage: 'p', answerable: true, answers: [] })).toThrow(/at least one answer/);
    expect(() => qaRowOf({ id: 'e', kind: 'who', passage: 'p', answers: ['x'] })).toThrow(/question/);
  });
});

describe('person names, strict', () => {
  it('matches whole names after normalisation, a name repeated in a sentence once', () => {
    const m = matchNames(['Budi Santoso', 'budi santoso', 'Nina'], ['Budi  Santoso', 'Budi Santoso', 'Nina Lestari']);
    expect(m).toEqual({ right: ['budi santoso'], extra: ['nina'], missed: ['nina lestari'] });
  });

  it('counts every name found in a sentence without a gold person as a false positive', () => {
    expect(matchNames(['Harga Beras', 'Pasar Pagi'], [])).toEqual({ right: [], extra: ['harga beras', 'pasar pagi'], missed: [] });
    expect(matchNames([], [])).toEqual({ right: [], extra: [], missed: [] });
  });

  it('sums the counts over sentences before dividing (micro average)', () => {
    const r = (tp: number, fp: number, fn: number): NerResult => ({ id: 's', sentence: '', gold: [], found: [], tp, fp, fn, extra: [], missed: [] });
    const f = nerFigures([r(2, 0, 0), r(0, 2, 0), r(1, 0, 3)]);
    expect(f).toMatchObject({ sentences: 3, tp: 3, fp: 2, fn: 3, gold: 6, found: 5, precision: 60, recall: 50 });
    expect(f.f1).toBeCloseTo((2 * 60 * 50) / 110);
    expect(prf(0, 0, 0)).toEqual({ precision: null, recall: null, f1: null });
    expect(prf(0, 3, 2)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('quotes', () => {
  const context = 'Wali Kota Rudi Hartanto meninjau pasar. "Harga beras harus turun pekan depan di semua pasar," kata Rudi kepada wartawan.';
  const gold = quoteRowOf({
    id: 'q1',
    statement: '"Harga beras harus turun pekan depan di semua pasar,"',
    context,
    speaker: { text: 'Rudi', label: 'PERSONCOREF' },
    speaker_full_guess: 'Wali Kota Rudi Hartanto',
  });

  it('finds a statement when one extracted quote has token F1 of at least 0.6', () => {
    // The statement has 9 words. 6 of them in a 6-word quote: P 1, R 2/3, F1 0.8.
    expect(matchQuote(gold, [{ text: 'Harga beras harus turun pekan depan' }])).toMatchObject({ found: true, f1: 0.8 });
    // 4 of them in a 4-word quote: F1 8/13 ≈ 0.62, found; 3 of them in a 3-word quote: F1 0.5, not found.
    expect(matchQuote(gold, [{ text: 'harga beras harus turun' }]).found).toBe(true);
    expect(matchQuote(gold, [{ text: 'harga beras harus' }]).found).toBe(false);
  });

  it('finds at exactly 0.6 and not just below', () => {
    const five = quoteRowOf({ id: 'q2', statement: 'satu dua tiga empat lima', context: 'satu dua tiga empat lima' });
    // 3 common words out of 5 and 5: P = R = F1 = 0.6.
    expect(matchQuote(five, [{ text: 'satu dua tiga enam tujuh' }])).toMatchObject({ found: true });
    // 3 common out of 6 and 5: P 0.5, R 0.6, F1 0.545.
    expect(matchQuote(five, [{ text: 'satu dua tiga enam tujuh delapan' }])).toMatchObject({ found: false });
    // The best of several quotes counts.
    expect(matchQuote(five, [{ text: 'enam' }, { text: 'satu dua tiga empat lima' }])).toMatchObject({ found: true, f1: 1 });
    expect(matchQuote(five, [])).toMatchObject({ found: false, f1: 0, speakerJudged: false });
  });

  it('judges the speaker of a found quote: a shared word of three or more letters with the speaker or the fuller name', () => {
    const said = (speaker?: string) => matchQuote(gold, [{ text: 'Harga beras harus turun pekan depan di semua pasar', ...(speaker !== undefined && { speaker }) }]);
    expect(said('Rudi Hartanto')).toMatchObject({ speakerJudged: true, speakerRight: true });
    expect(said('Hartanto')).toMatchObject({ speakerJudged: true, speakerRight: true }); // through the fuller name
    expect(said('Nina Lestari')).toMatchObject({ speakerJudged: true, speakerRight: false });
    expect(said(undefined)).toMatchObject({ speakerJudged: true, speakerRight: false });
    expect(speakerAgrees('Bu Ani', ['Bu Sri'])).toBe(false); // "bu" has two letters
    expect(speakerAgrees('Pak Ani', ['ani'])).toBe(true);
  });

  it('does not judge a speaker the context does not name, nor one of a quote not found', () => {
    const elsewhere = quoteRowOf({ id: 'q3', statement: gold.statement, context, speaker: { text: 'Nina' } });
    expect(matchQuote(elsewhere, [{ text: 'Harga beras harus turun pekan depan di semua pasar', speaker: 'Rudi' }])).toMatchObject({ found: true, speakerJudged: false });
    const noSpeaker = quoteRowOf({ id: 'q4', statement: gold.statement, context, speaker: null });
    expect(matchQuote(noSpeaker, [{ text: 'Harga beras harus turun pekan depan di semua pasar', speaker: 'Rudi' }]).speakerJudged).toBe(false);
    expect(matchQuote(gold, [{ text: 'kepada wartawan', speaker: 'Rudi' }])).toMatchObject({ found: false, speakerJudged: false, speakerRight: false });
    // "occurs" means as whole words: "Rud" is not in the context.
    expect(occursIn('Rud', context)).toBe(false);
    expect(occursIn('rudi  HARTANTO', context)).toBe(true);
  });

  it('sums up recall and speaker accuracy', () => {
    const rows = [
      matchQuote(gold, [{ text: 'Harga beras harus turun pekan depan di semua pasar', speaker: 'Rudi' }]),
      matchQuote(gold, [{ text: 'Harga beras harus turun pekan depan di semua pasar', speaker: 'Nina' }]),
      matchQuote(gold, []),
      matchQuote(gold, [{ text: 'kepada wartawan' }]),
    ];
    expect(quoteFigures(rows)).toEqual({ n: 4, found: 2, recall: 50, speakerJudged: 2, speakerRight: 1, speakerAccuracy: 50 });
  });
});
