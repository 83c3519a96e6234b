// "Not in the article" for an open question (answer/question.ts), citing the closest passage where
// that helps, and saying what it writes instead of the question's word where that is one word.
import type { Scope } from '../index/scope.js';
import type { QuestionFocus } from '../query/focus.js';
import type { Query } from '../query/query.js';
import { frameWords } from '../query/concepts.js';
import { termsOf } from '../text/terms.js';
import type { Finding } from '../findings.js';
import type { Scored } from './candidates.js';
import { contrastFor, type Support } from './support.js';
import { says as saysWord, windowOf } from './written.js';

/** The question's own words for a gap, as the reader typed them ("Ditinggalkan" for "ditinggalkan"). */
function typedWords(query: Query, term: string): string {
  const wanted = term.split(' ');
  const tokens = termsOf(query.text);
  for (let i = 0; i + wanted.length <= tokens.length; i++) {
    if (wanted.every((w, k) => tokens[i + k]!.norm === w)) return query.text.slice(tokens[i]!.start, tokens[i + wanted.length - 1]!.end);
  }
  return term;
}

/**
 * "Not in the article", citing the closest passage where that helps: it says most of the question
 * and leaves out one or two of its words (not only the names or places it is about: a passage about
 * another country is not the closest to a question about this one), perhaps saying another
 * in their stead ("¶3 says 'dikembangkan', not 'ditinggalkan'").
 */
export function nearMiss(scope: Scope, query: Query, focus: QuestionFocus, closest: { scored: Scored; support: Support }): Finding | undefined {
  const { support } = closest;
  const c = closest.scored.candidate;
  const gaps = support.gaps;
  if (gaps.length === 0 || gaps.length > 2 || gaps.length * 2 > support.units || gaps.every((g) => g.kind === 'name' || g.kind === 'place')) return undefined;
  // A word in the question's language has no stand-in among the words of an article in another ("firms" for "bersama").
  const sameLanguage = query.language === undefined || query.language === c.entry.article.meta.language;
  const says = gaps.length === 1 && sameLanguage ? contrastFor(gaps[0]!, focus, c.words, c.first, c.last) : undefined;
  // A passage sharing only the question's names or places, and writing nothing in the missing word's
  // stead, is not close ("Kapan ada banjir di Inggris?" of a match report naming Inggris).
  const named = new Set(focus.nameRuns.flatMap((r) => r.words));
  const missed = new Set(gaps.flatMap((g) => g.term.split(' ')));
  const window = windowOf(c.words, c.first, c.last);
  if (says === undefined && !focus.terms.some((t) => !named.has(t) && !missed.has(t) && !frameWords.has(t) && saysWord(t, window))) return undefined;
  const paragraph = c.entry.article.paragraphs[c.paragraph - 1]!;
  const ref = { article: c.entry.article.id, paragraph: c.paragraph };
  return {
    command: 'ask',
    query: query.text,
    found: false,
    citations: [{ article: ref.article, paragraph: ref.paragraph, excerpt: paragraph.text, highlights: says !== undefined && paragraph.text.includes(says) ? [says] : [] }],
    said: { kind: 'unsupported', ref, missing: gaps.map((g) => typedWords(query, g.term)), ...(says !== undefined && { says }), multi: scope.entries.length > 1 },
    asks: focus.kind,
  };
}
