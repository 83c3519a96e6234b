// Where-answers (where-candidates.ts): a thing named for the place it stands in ("Universitas Lorem", "FC Lorem",
// "stasiun Lorem") lies in that place. The question's own words open no where-answer, but the place's name written
// after a locative, with the places holding it after commas ("di Lorem, Ipsum, Dolor"), is where such a thing lies.
import { allTables } from '../lang/index.js';
import type { QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

const divisionWords = new Set(allTables.flatMap((t) => t.answerWords?.divisionWords ?? []));

/**
 * Does the question name a thing for the place the run writes: a name of the question holding every word of the run
 * and more words that are no kind of division ("Universitas Cambridge", not "Provinsi Bali"), or the same name after
 * a lower-case word that is none ("stasiun Gambir", not "kota Bandung")?
 */
export function namedFor(run: readonly Word[], focus: QuestionFocus): boolean {
  const own = run.filter((w) => !w.mark).map((w) => w.norm);
  if (own.length === 0) return false;
  return focus.nameRuns.some((name) => {
    if (!own.every((n) => name.words.includes(n))) return false;
    const more = name.words.filter((n) => !own.includes(n));
    if (more.length > 0) return more.every((n) => !divisionWords.has(n));
    return name.before !== undefined && lexicon.placeWords.has(name.before) && !divisionWords.has(name.before);
  });
}
