// The features of an answerability gate for /ask, read by scripts/train-answer-gate.mjs: what the
// answer's passage says of the question, where the answer stands from the question's words, what
// the answer looks like, and how the open-question ranking scored it. Every feature is read from what
// the core already holds — the Query, the Finding, the cited paragraph, the ranking — with the support
// machinery's own word matching (answer/written.ts), so it means the same in Indonesian and English.
// An experiment: nothing in the product reads these (see train-answer-gate.mjs for why).
import { frameWords, wordKind } from '../dist/src/query/concepts.js';
import { lexicon } from '../dist/src/text/lexicon.js';
import { paragraphWords, wordsOf } from '../dist/src/text/words.js';
import { isNegation, negatesAQuestionWord } from '../dist/src/answer/negation.js';
import { similarity } from '../dist/src/answer/similarity.js';
import { says, writesName } from '../dist/src/answer/written.js';
import { rankAnswers, rankedSupport } from '../dist/src/answer/question.js';

export const GATE_FEATURES = [
  // the question
  'who', 'when', 'where', 'routed', 'termCount', 'sentences',
  // how much of it the passage says (as the support check reads words)
  'termsSentence', 'termsWindow', 'termsParagraph', 'allTermsWindow', 'namesWindow', 'namesParagraph', 'numbersWindow',
  'negationMissing', 'windowNegates', 'orderMissing',
  // the answer
  'distance', 'unlocated', 'answerLength', 'answerInQuestion', 'answerCaps', 'answerDigits', 'whoCaps', 'whenDigits', 'whereCaps',
  // the open-question ranking (0 for the other routes)
  'score', 'margin', 'coverage', 'ranked', 'isTop', 'supported', 'gaps', 'units', 'distinct',
];

/** Tokens farther than this from every question word count as this far. */
const FAR = 40;

/** Where the answer stands in the cited paragraph: its words' first and last index. */
function located(words, text, written) {
  for (const form of written) {
    if (form.trim() === '') continue;
    let at = text.indexOf(form);
    if (at < 0) at = text.toLowerCase().indexOf(form.toLowerCase());
    if (at < 0) continue;
    const end = at + form.length;
    const inside = words.map((w, i) => (w.start < end && w.end > at ? i : -1)).filter((i) => i >= 0);
    if (inside.length > 0) return { first: inside[0], last: inside[inside.length - 1] };
  }
  return undefined;
}

/** Share of `items` for which `ok` holds; 1 when there are none (nothing to miss). */
const share = (items, ok) => (items.length === 0 ? 1 : items.filter(ok).length / items.length);

/** How the ranking of the open question scored the answer given (all 0 for another route). */
function rankingOf(scope, query, found) {
  if (found.answerer !== 'question') return { score: 0, margin: 0, coverage: 0, ranked: 0, isTop: 0, supported: 0, gaps: 0, units: 0, distinct: 0 };
  const ranked = rankAnswers(scope, query);
  const support = rankedSupport(scope, query);
  const at = ranked.findIndex((r) => r.value === found.value);
  const mine = ranked[at] ?? ranked[0];
  const next = ranked.find((r) => r.value !== found.value);
  const own = support.find((s) => s.value === found.value)?.support;
  return {
    score: Math.log1p(mine?.score ?? 0),
    margin: Math.log1p(mine?.score ?? 0) - Math.log1p(next?.score ?? 0),
    coverage: mine?.coverage ?? 0,
    ranked: Math.log1p(ranked.length),
    isTop: at === 0 ? 1 : 0,
    supported: support.filter((s) => s.support.ok).length,
    gaps: own?.gaps.length ?? 0,
    units: own?.units ?? 0,
    distinct: new Set(ranked.slice(0, 8).map((r) => r.value)).size,
  };
}

/** The features of a found answer, in GATE_FEATURES order; undefined when it cites no paragraph. */
export function gateFeatures(scope, query, found) {
  const top = found.citations[0];
  const paragraph = top && scope.library.get(top.article)?.article.paragraphs[top.paragraph - 1];
  if (!top || !paragraph) return undefined;
  const focus = query.focus;
  const kind = focus?.kind ?? query.kind;
  const words = paragraphWords(paragraph);
  const value = found.value ?? '';
  const at = located(words, paragraph.text, [...(top.highlights ?? []), value]);
  const first = at?.first ?? 0;
  const last = at?.last ?? -1;
  const outside = words.filter((w, i) => !w.mark && (i < first || i > last));
  const from = at ? words[first].sentence : 0;
  const to = at ? words[last].sentence : paragraph.sentences.length - 1;
  const sentence = outside.filter((w) => w.sentence >= from && w.sentence <= to);
  const window = outside.filter((w) => w.sentence >= from - 1 && w.sentence <= to);
  const terms = (focus?.terms ?? query.terms).filter((t) => !frameWords.has(t));
  const names = [...(focus?.names ?? [])].filter((n) => !lexicon.stopWords.has(n));
  const numbers = terms.filter((t) => wordKind(t) === 'number');
  const orders = terms.filter((t) => wordKind(t) === 'order');
  let distance = FAR;
  if (at) {
    words.forEach((w, i) => {
      if (w.mark || (i >= first && i <= last) || !terms.some((t) => similarity(t, w) > 0)) return;
      distance = Math.min(distance, i < first ? first - i : i - last);
    });
  }
  const answer = wordsOf(value).filter((w) => !w.mark);
  const content = answer.filter((w) => !lexicon.stopWords.has(w.norm));
  const caps = content.length > 0 ? share(content, (w) => w.cap) : 0;
  const digits = answer.some((w) => /\p{N}/u.test(w.norm)) ? 1 : 0;
  const question = focus?.words ?? new Set(query.terms);
  const features = {
    who: kind === 'who' ? 1 : 0,
    when: kind === 'when' ? 1 : 0,
    where: kind === 'where' ? 1 : 0,
    routed: found.answerer === 'question' ? 0 : 1,
    termCount: Math.log1p(terms.length),
    sentences: Math.log1p(paragraph.sentences.length),
    termsSentence: share(terms, (t) => says(t, sentence)),
    termsWindow: share(terms, (t) => says(t, window)),
    termsParagraph: share(terms, (t) => says(t, outside)),
    allTermsWindow: terms.every((t) => says(t, window)) ? 1 : 0,
    namesWindow: share(names, (n) => writesName(n, window)),
    namesParagraph: share(names, (n) => writesName(n, outside)),
    numbersWindow: share(numbers, (n) => says(n, window)),
    negationMissing: focus?.negated === true && !window.some(isNegation) ? 1 : 0,
    windowNegates: focus !== undefined && negatesAQuestionWord(focus, window) ? 1 : 0,
    orderMissing: orders.some((o) => !says(o, window)) ? 1 : 0,
    distance: Math.log1p(distance) / Math.log1p(FAR),
    unlocated: at ? 0 : 1,
    answerLength: Math.log1p(answer.length),
    answerInQuestion: content.length > 0 ? share(content, (w) => question.has(w.norm)) : 0,
    answerCaps: caps,
    answerDigits: digits,
    whoCaps: kind === 'who' ? caps : 0,
    whenDigits: kind === 'when' ? digits : 0,
    whereCaps: kind === 'where' ? caps : 0,
    ...rankingOf(scope, query, found),
  };
  return GATE_FEATURES.map((f) => features[f]);
}
