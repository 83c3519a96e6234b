// extract: the name runs names.ts read, spelled as NameRun for the answerers (answer/name-answers.ts): each run's
// classes as letters, whether a title stands before it, a speech verb beside it or a locative before it.
import { lexicon } from '../text/lexicon.js';
import { PhraseSet } from '../text/phrases.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Article, Language, NameRun } from '../types.js';
import { isCapitalised, isSpeechVerb, marksAgent, wordBefore, type Casing } from './name-context.js';
import { WORD_CLASSES } from './word-classes.js';
import { ranksOf, type ReadNames, type ReadParagraph } from './names.js';

const { connectors } = lexicon;

/** Does a title stand before this run, across the rest of its role ("Menteri Pemuda dan …")? */
function titleBefore(words: readonly Word[], i: number, ranks: PhraseSet): boolean {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
    const w = words[j]!;
    if (w.mark) {
      if (/^[()]$/.test(w.text)) continue;
      return false;
    }
    if (lexicon.titles.has(w.norm) || ranks.has(w.norm)) return true;
    if (!isCapitalised(w) && !connectors.has(w.norm)) return false;
  }
  return false;
}

/** The name runs of one paragraph, as NameRun spells them. */
function nameRunsOfParagraph(p: ReadParagraph, language: Language, casing: Casing): NameRun[] {
  const { words, classes, known } = p;
  const ranks = ranksOf[language];
  return p.runs.map(({ runFirst, runLast, first }) => {
    // The name is the last block of name words: what follows it is no part of the run's person.
    let coreLast = runLast;
    while (coreLast >= first && !((classes[coreLast] === 'name' || classes[coreLast] === 'initial') && !words[coreLast]!.mark)) coreLast--;
    const before = wordBefore(words, runFirst, 2);
    const titled =
      titleBefore(words, runFirst, ranks) ||
      (before !== undefined && (lexicon.titles.has(before.norm) || ranks.has(before.norm))) ||
      [2, 3].some((n) => {
        const w = wordBefore(words, runFirst - n + 1, 2);
        return w !== undefined && lexicon.titles.has(w.norm);
      });
    const locative = wordBefore(words, runFirst, 0);
    let spelled = '';
    for (let i = first; i <= runLast; i++) {
      const letter = WORD_CLASSES[classes[i]!];
      spelled += known[i] ? letter.toUpperCase() : letter;
    }
    return {
      paragraph: p.n,
      runFirst,
      runLast,
      first,
      classes: spelled,
      titled,
      spoken: isSpeechVerb(wordBefore(words, runFirst)) || isSpeechVerb(words[coreLast + 1]) || marksAgent(words[runFirst - 1]),
      locative: locative !== undefined && lexicon.locatives.has(locative.norm),
      capitalisedElsewhere: casing.capitalised.has(words[first]!.norm),
    };
  });
}

/** Every name run of an article, paragraph by paragraph (read with the places the article names). */
export function extractNameRuns(article: Article, read: ReadNames): NameRun[] {
  return read.paragraphs.flatMap((p) => nameRunsOfParagraph(p, read.language, read.casing));
}
