// A role a /check claim gives someone ("Hartono adalah Menteri Luar Negeri Malaysia", "Foreign
// Minister Hartono") against the role the article gives them: the same titles and places, another
// place (a contradiction), or not settled.
import type { LibraryEntry } from '../index/library.js';
import { allClaimWords } from '../lang/claim-words.js';
import type { Claim } from '../query/claims.js';
import { findAll } from '../text/find.js';
import { gazetteerEntryOf, placeSpans } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import { wordsOf, type Word } from '../text/words.js';
import type { ParagraphRef } from '../findings.js';
import type { Person } from '../types.js';
import type { ClaimEntity } from './check-entities.js';

const copulas = allClaimWords.flatMap((w) => w.copulas.map((c) => fold(c).split(' ')));
const clauseWords = new Set(allClaimWords.flatMap((w) => w.clauseWords.map(fold)));

export interface RoleComparison {
  readonly outcome: 'same' | 'differs' | 'open';
  readonly person: Person;
  /** The role as the article writes it, and where. */
  readonly role?: string;
  readonly ref?: ParagraphRef;
  /** The role as the message writes it. */
  readonly claimed: string;
}

/** A title word that is not an honorific ("Menteri", "Minister"; not "Mr", "Prof"). */
const isTitle = (w: Word): boolean => !w.mark && lexicon.titleWords.has(w.norm) && !lexicon.honorifics.has(w.norm);
const hasTitle = (phrase: string): boolean => wordsOf(phrase).some(isTitle);

/** The role phrase the claim gives a person: the titles in the same run of capitals, or the words after "adalah"/"is". */
function rolePhrase(claim: Claim, entity: ClaimEntity): string | undefined {
  const run = claim.names.find((n) => entity.start >= n.start && entity.end <= n.end);
  if (run) {
    const before = claim.text.slice(run.start, entity.start).trim();
    if (before !== '' && hasTitle(before)) return before;
  }
  // After the name: a copula, then the words up to a mark or a word that opens another clause.
  const words = wordsOf(claim.text).filter((w) => w.start >= entity.end);
  const skip = words[0]?.text === ',' ? 1 : 0;
  const copula = copulas.find((c) => c.every((part, i) => words[skip + i]?.norm === part));
  if (copula === undefined) return undefined;
  const phrase: typeof words = [];
  for (const w of words.slice(skip + copula.length)) {
    if (w.mark || clauseWords.has(w.norm)) break;
    phrase.push(w);
  }
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  const text = first && last ? claim.text.slice(first.start, last.end) : '';
  return text !== '' && hasTitle(text) ? text : undefined;
}

/** The places a phrase names, as gazetteer entries or folded names. */
function placesOf(phrase: string, entry: LibraryEntry): Set<string> {
  const out = new Set<string>();
  for (const span of placeSpans(phrase)) out.add(`g${span.entry}`);
  for (const place of entry.understanding.places) {
    for (const form of [place.name, ...place.aliases]) {
      if (findAll(fold(phrase), fold(form)).length === 0) continue;
      const g = gazetteerEntryOf(form);
      out.add(g !== undefined ? `g${g}` : fold(place.name));
    }
  }
  return out;
}

/** Roles the claim gives the entry's people, each compared with the article's. */
export function compareRoles(claim: Claim, entities: readonly ClaimEntity[], entry: LibraryEntry): RoleComparison[] {
  const out: RoleComparison[] = [];
  for (const entity of entities.filter((e) => e.kind === 'person')) {
    const claimed = rolePhrase(claim, entity);
    const person = claimed === undefined ? undefined : resolvePerson(entry.understanding.people, entity.typed);
    if (claimed === undefined || person === undefined) continue;
    const role = person.role;
    if (role === undefined) {
      out.push({ outcome: 'open', person, claimed });
      continue;
    }
    const at = person.paragraphs.find((n) => entry.article.paragraphs[n - 1]?.text.includes(role)) ?? person.paragraphs[0];
    const ref = at === undefined ? undefined : { article: entry.article.id, paragraph: at };
    const mine = placesOf(claimed, entry);
    const theirs = placesOf(role, entry);
    // The ranks right before the name are how the holder is addressed: the article's roles leave them out of the office.
    const written = wordsOf(claimed);
    let office = written.length;
    while (office > 0 && lexicon.rankWords.has(written[office - 1]!.norm)) office--;
    const titles = written.slice(0, office).filter(isTitle).map((w) => w.norm);
    const roleWords = new Set(wordsOf(role).map((w) => w.norm));
    let outcome: RoleComparison['outcome'] = 'open';
    if (mine.size > 0 && theirs.size > 0 && ![...mine].some((p) => theirs.has(p))) outcome = 'differs';
    else if (titles.every((t) => roleWords.has(t)) && [...mine].every((p) => theirs.has(p))) outcome = 'same';
    out.push({ outcome, person, role, ...(ref && { ref }), claimed });
  }
  return out;
}
