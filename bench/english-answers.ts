// What the product would answer with a library in its understanding: the SQuAD questions asked as
// /ask (through src/core.ts, as npm run eval asks them) against passages understood by kutip's
// rules alone, and by the rules with the people or the places compromise adds (bench/english-union.ts).
import { answer } from '../src/core.js';
import type { EvalEngine } from '../src/eval/engine.js';
import { qaSetFigures, scoreQuestion, type QaSetFigures } from '../src/eval/qa.js';
import type { QaRow } from '../src/eval/sets.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import type { Article, Understanding } from '../src/types.js';
import { understandWith } from './english-readers.js';

/** An engine for /ask only, like src/eval/engine.ts but with the understanding given. */
function askingEngine(understandOf: (article: Article) => Understanding): EvalEngine {
  const libraries = new Map<string, Library>();
  const libraryOfText = (text: string): Library => {
    let library = libraries.get(text);
    if (library === undefined) {
      library = libraryOf(entriesOf([parseArticle(`passage-${libraries.size + 1}`, `${text}\n`)], understandOf));
      libraries.set(text, library);
    }
    return library;
  };
  return {
    ask(passage, question, locale) {
      const reply = answer(libraryOfText(passage), { command: 'ask', query: question, locale });
      return reply.found ? { found: true, given: reply.value ?? reply.answer } : { found: false };
    },
    people: () => [],
    quotes: () => [],
  };
}


export interface AnswerFigures {
  readonly understanding: string;
  readonly figures: QaSetFigures;
}

export function squadAnswers(rows: readonly QaRow[]): AnswerFigures[] {
  return [
    { understanding: 'kutip rules', understandOf: understand },
    { understanding: 'kutip + compromise people', understandOf: (a: Article) => understandWith(a, 'people') },
    { understanding: 'kutip + compromise places', understandOf: (a: Article) => understandWith(a, 'places') },
  ].map(({ understanding, understandOf }) => {
    const engine = askingEngine(understandOf);
    const results = rows.map((row) => scoreQuestion(row, engine, 'en'));
    return { understanding, figures: qaSetFigures(results) };
  });
}
