// "Siapa(kah) [role] yang mengatakan bahwa …?", "Who said that …?": a question that asks who said
// something, read into the clause said, the role it names and whether the clause is negated.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import { queryTerms } from '../text/terms.js';
import { negationWords } from './concepts.js';

/** The shape of a who-said question: its clause, and the role it names (if any). */
export interface SaidQuestion {
  readonly clause: readonly string[];
  readonly role: readonly string[];
  /** The clause is negated ("tidak", "not"). */
  readonly negated: boolean;
}

/** Clauses shorter than this are left to the open-question route. */
const MIN_TERMS = 3;

/** The verbs of a who-said question: saying, not writing, judging or concluding ("Who wrote …?" asks for an author). */
const speechVerbs = new Set(allTables.flatMap((t) => t.answerWords?.saidVerbs ?? []));
/** Words of the question between "siapa" and "yang" that ask for no role ("nama", "salah satu"). */
const notRoles = new Set(allTables.flatMap((t) => t.answerWords?.notRoleWords ?? []));

/** "Siapa(kah) [role] yang <speech verb> …" or "Who <speech verb> …"; undefined for any other question. */
export function saidQuestion(text: string): SaidQuestion | undefined {
  const words = fold(text).replace(/[?!.]+\s*$/, '');
  const id = /^siapa(?:kah)?\s+(.*?)\byang\s+(\S+)\s+(.*)$/.exec(words);
  const en = /^who\s+(\S+)\s+(.*)$/.exec(words);
  let role: string[] = [];
  let rest: string;
  if (id && speechVerbs.has(id[2]!)) {
    role = queryTerms(id[1]!).filter((w) => !notRoles.has(w));
    rest = id[3]!;
  } else if (en && speechVerbs.has(en[1]!)) rest = en[2]!;
  else return undefined;
  // "… kepada Kompas bahwa X", "told reporters that X": the clause is what follows the conjunction.
  const that = /\b(?:bahwa|bahawa|that)\b\s*(.*)$/.exec(rest);
  const said = that ? that[1]! : rest;
  const clause = queryTerms(said);
  const negated = said.split(/\s+/).some((w) => negationWords.has(w) || w.endsWith("n't"));
  return clause.length >= MIN_TERMS ? { clause, role, negated } : undefined;
}
