// /ask: a question in Indonesian or English goes to the answerer its question word asks for.
import { allTables, type QuestionKind } from '../lang/index.js';
import { fold } from '../text/normalize.js';

const phrases = allTables
  .flatMap((t) => Object.entries(t.questionWords))
  .sort((a, b) => b[0].length - a[0].length);

/** What a question asks for, from its question word wherever it stands ("Budi itu siapa?"). */
export function classifyQuestion(question: string): QuestionKind | undefined {
  const words = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  let best: { kind: QuestionKind; at: number; length: number } | undefined;
  for (const [phrase, kind] of phrases) {
    const at = words.indexOf(` ${phrase} `);
    if (at < 0) continue;
    // The longest phrase wins; among equals, the earliest.
    if (!best || phrase.length > best.length || (phrase.length === best.length && at < best.at)) best = { kind, at, length: phrase.length };
  }
  return best?.kind;
}
