// Who holds a role at an occasion: "Pembicara acara ini adalah <A> dan <B>", "Pembicaranya yaitu <A>", "The speakers were
// <A> and <B>". The role (lang tables, occasionRoles) is said only of people, so the name a copula or a list's introducer
// puts after it is a person's, though a word for the occasion ("acara", "lomba") stands between them. A contest's role
// (contestRoles: "pemenang", "winner") may be a team's, so only a name of two words or more after it is a person's.
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { allTables } from '../lang/index.js';

const roles = new Set(allTables.flatMap((t) => t.nameWords?.occasionRoles ?? []).map(fold));
const contests = new Set(allTables.flatMap((t) => t.nameWords?.contestRoles ?? []).map(fold));
const copulas = new Set(allTables.flatMap((t) => t.answerWords?.copulas ?? []).map(fold));

/** "pembicara", "pembicaranya" (with a possessive suffix), "speakers"; with `contest`, "pemenang", "winner" too. */
function isOccasionRole(norm: string, contest: boolean): boolean {
  const role = (n: string): boolean => roles.has(n) || (contest && contests.has(n));
  return role(norm) || lexicon.possessives.some((s) => norm.endsWith(s) && role(norm.slice(0, -s.length)));
}

/** A plain word, lower case or opening its sentence. */
const plain = (w: Word | undefined): w is Word => w !== undefined && !w.mark && (w.initial || /^\p{Ll}/u.test(w.text));

/** Does an occasion's role stand at `to` or up to `span` plain words before it, none of them capitalised inside the sentence? */
export function occasionRoleBefore(words: readonly Word[], to: number, span: number, contest = true): boolean {
  for (let j = to; j >= 0 && j >= to - span; j--) {
    const w = words[j];
    if (!plain(w)) return false;
    if (isOccasionRole(w.norm, contest)) return true;
    if (w.initial) return false;
  }
  return false;
}

/**
 * "<role> (a few words) adalah | yaitu | antara lain | were <Name>": is the name words[from..to) the holder of an occasion's
 * role? A contest's winner may be a team ("Pemenang laga itu adalah <Club>"): one word after that role says nothing.
 */
export function heldRoleBefore(words: readonly Word[], from: number, to: number): boolean {
  const contest = to - from >= 2;
  return firstHolder(words, from, contest) || laterHolder(words, from, contest);
}

/** "<role> adalah <A>, <apposition>, dan <B>": the list goes on past what A is, to B. */
function laterHolder(words: readonly Word[], from: number, contest: boolean): boolean {
  const joiner = words[from - 1];
  if (joiner === undefined || joiner.mark || !lexicon.listJoiners.has(joiner.norm) || words[from - 2]?.text !== ',') return false;
  // Back over the apposition (lower case first, as a role is) to the comma that closes A.
  let k = from - 3;
  while (k >= 0 && k >= from - 12 && words[k]!.text !== ',' && !/^[.;:!?()]$/.test(words[k]!.text)) k--;
  if (words[k]?.text !== ',' || !/^\p{Ll}/u.test(words[k + 1]?.text ?? '')) return false;
  let a = k;
  while (a > 0 && !words[a - 1]!.mark && words[a - 1]!.cap && !words[a - 1]!.initial) a--;
  return a < k && firstHolder(words, a, contest);
}

function firstHolder(words: readonly Word[], from: number, contest: boolean): boolean {
  for (let k = 1; k <= 2; k++) {
    const at = from - k;
    const introducer = lexicon.listIntroducers.matchAt(words, at) === k || (k === 1 && plain(words[at]) && !words[at]!.initial && copulas.has(words[at]!.norm));
    if (introducer && occasionRoleBefore(words, at - 1, 4, contest)) return true;
  }
  return false;
}
