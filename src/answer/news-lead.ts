// A news lead dates what it reports by the day of the week ("Unjuk rasa … , Rabu (7/9), berakhir
// ricuh.", "… on Wednesday, Sept. 7.") and the sentence after it tells what happened then ("Massa
// membakar …"): an answer in the lead is read with that sentence as well (answer/question.ts), unless
// that sentence names another possible answer of its own ("Konferensi dibuka oleh Menteri X").
import { allTables } from '../lang/index.js';
import type { Candidate } from './candidate.js';
import type { Scored } from './candidates.js';

const weekdays: ReadonlySet<string> = new Set(allTables.flatMap((t) => Object.keys(t.weekdays)));

/** Does the candidate stand in a news lead: the first sentence of its paragraph, which names a day of the week? */
export const newsLead = (c: Candidate): boolean =>
  c.words[c.first]!.sentence === 0 && c.words[c.last]!.sentence === 0 && c.words.some((w) => w.sentence === 0 && !w.mark && weekdays.has(w.norm));

/** Does another possible answer stand in the sentence after the candidate's? */
export const answerAfter = (c: Candidate, ranked: readonly Scored[]): boolean =>
  ranked.some(({ candidate: o }) => o.entry === c.entry && o.paragraph === c.paragraph && o.words[o.first]!.sentence === c.words[c.last]!.sentence + 1);
