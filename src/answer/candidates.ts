// The possible answers to an open who/when question in one paragraph, and how each is scored: a
// person (or organisation) cut from the paragraph's name runs for who, a date of the paragraph for
// when (when-candidates.ts), weighed by how close it stands to the question's words.
import type { LibraryEntry } from '../index/library.js';
import { usesWord, type QuestionFocus } from '../query/focus.js';
import { lexicon } from '../text/lexicon.js';
import { foldedWords } from '../text/normalize.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { allTables } from '../lang/index.js';
import { gazetteerEntryOf } from '../text/known-names.js';
import { resolvePerson } from '../text/name-match.js';
import { ordinalWords } from '../query/concepts.js';
import { saidAtAnswer } from './implied-at.js';
import { listAround, nameSpans, namesBody, thingNameWords, type KnownNames, type NameSpan } from './name-answers.js';
import { POINTED_WEIGHT, describedStarts, pointedStarts } from './pointed.js';
import { similarity } from './similarity.js';
import { workTitleWords } from './works.js';
import { expandedNames } from './expanded.js';
import { PARTNER_WEIGHT, PATIENT_WEIGHT, companionStarts, partnerStarts, patientStarts, patientVerbs } from './patient.js';

export { similarity } from './similarity.js';
import { DOER_WEIGHT, doerStarts, doneByNya, doneToAnother } from './doers.js';
import { SUBJECT_REACH, governed, subjectBefore } from './sentence-subject.js';
import { aliasHeads } from './aliases.js';
import { findAll } from '../text/find.js';
import commonWordsId from '../lang/common-words-id.json' with { type: 'json' };
import { kinStarts, OWNER_WEIGHT, RELATED_WEIGHT } from './relatives.js';
import { REFERENCE_WEIGHT } from './subject-references.js';
import { ownAcronym } from './own-acronym.js';
import { askedTitle, holderSpans } from './title-holder.js';
import { holdsAll, peopleWritten, withPeopleWritten } from './people-written.js';
import { objectSideStarts, OBJECT_SIDE_WEIGHT } from './object-side.js';
import { objectHolders, objectRoles } from './object-roles.js';
import { groupStart } from './groups.js';
import { coordinatedAnswer } from './coordinated.js';
import { PLAYER_WEIGHT, playerStarts } from './plays-as.js';
import { objectDoers } from './object-doers.js';
export { whenCandidates } from './when-candidates.js';

/** How the answer is chosen; exported for tests and the eval. */
export const questionSettings = {
  /** Words of distance at which a question word's pull halves. */
  halfDistance: 4,
  /** Extra distance for each sentence boundary between the answer and a question word. */
  sentenceGap: 8,
  /** Extra distance for each comma or bracket between them. */
  markGap: 0.5,
  /** Least share of the question's content words found around the answer (a wrong answer is worse than none). */
  minCoverage: 0.3,
  /** Least score of the chosen answer. */
  minScore: 0.6,
} as const;

export type { Candidate } from './candidate.js';
import type { Candidate } from './candidate.js';

const bodyRoles = new Set(allTables.flatMap((t) => t.answerWords?.bodyRoles ?? []));
/** "SM", "BC", "M": the era of the year written before it, never a name. */
const eraWords = new Set(allTables.flatMap((t) => [...(t.dateWords?.bcWords ?? []), ...(t.dateWords?.adWords ?? [])]));
const peopleAdjectives = new Set(allTables.flatMap((t) => t.answerWords?.peopleAdjectives ?? []));
/** A plain word of the same sentence at word i, no mark and no function word: a noun an adjective beside it may qualify. */
const plainAt = (words: readonly Word[], i: number, sentence: number): boolean => {
  const w = words[i];
  return w !== undefined && !w.mark && w.sentence === sentence && !lexicon.stopWords.has(w.norm);
};
/**
 * "tradisi Yahudi", "Gereja Katolik", "Catholic Church": an adjective of a faith or a people beside the noun it
 * qualifies, or joined to one that is ("orang Lorem Muslim atau Kristen").
 */
function qualifies(words: readonly Word[], s: { first: number; last: number }): boolean {
  const w = words[s.first]!;
  if (s.first !== s.last || !peopleAdjectives.has(w.norm)) return false;
  const joined = lexicon.connectors.has(words[s.first - 1]?.norm ?? '') && peopleAdjectives.has(words[s.first - 2]?.norm ?? '');
  return joined || plainAt(words, s.first - 1, w.sentence) || plainAt(words, s.first + 1, w.sentence);
}
const isEra = (words: readonly Word[], s: { first: number; last: number }): boolean => s.first === s.last && eraWords.has(words[s.first]!.norm) && /^\d/.test(words[s.first - 1]?.text ?? '');

/** Term weights: a question word found in few sentences says more than one found in many. */
export function weightsOf(focus: QuestionFocus, sentences: readonly (readonly Word[])[], total: number): number[] {
  const n = Math.max(1, total);
  return focus.terms.map((term) => {
    const df = sentences.filter((ws) => ws.some((w) => similarity(term, w) > 0)).length;
    return df === 0 ? 1 : 1 + Math.log(n / df);
  });
}

/** Distance in words from a candidate to word i, with sentence and punctuation gaps. */
function distance(words: readonly Word[], c: { first: number; last: number }, i: number): number {
  const [from, to] = i < c.first ? [i, c.first] : [c.last, i];
  let d = 0;
  for (let k = from + 1; k < to; k++) d += words[k]!.mark ? (/[,;:()[\]]/.test(words[k]!.text) ? questionSettings.markGap : 0) : 1;
  const gaps = Math.abs(words[to]!.sentence - words[from]!.sentence);
  return d + gaps * questionSettings.sentenceGap;
}

export interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
  readonly coverage: number;
}

/**
 * How close the candidate stands to the question's words, each weighed. A reference opening a
 * sentence ("Klub ini", "Ia"; subject-references.ts) writes the words of the name it stands for, a
 * little less surely than the name written.
 */
export function score(c: Candidate, focus: QuestionFocus, weights: readonly number[]): Scored {
  const references = c.references ?? [];
  let sum = 0;
  let near = 0;
  const sentence = c.words[c.first]!.sentence;
  // Only within its own sentence: the sentence before writes the name itself, where it stands.
  const standing = new Map(references.filter((r) => (r.last < c.first || r.first > c.last) && c.words[r.first]!.sentence === sentence).map((r) => [r.first, r.name]));
  focus.terms.forEach((term, t) => {
    // A question word the answer itself says stands at it (implied-at.ts): a life span's birth, a locative's "letak".
    const implied = saidAtAnswer(c, focus, term);
    let best = implied ? 1 : 0;
    let nearBest = implied ? 1 : 0;
    c.words.forEach((w, i) => {
      if (i >= c.first && i <= c.last && !c.verb) return;
      const name = standing.get(i);
      const s = name === undefined ? similarity(term, w) : Math.max(similarity(term, w), ...name.map((n) => REFERENCE_WEIGHT * similarity(term, n)));
      if (s === 0) return;
      const d = distance(c.words, c, i);
      best = Math.max(best, s / (1 + (c.governs !== undefined && i > c.last && i <= c.governs ? Math.min(d, SUBJECT_REACH) : d) / questionSettings.halfDistance));
      if (Math.abs(w.sentence - sentence) <= 1) nearBest = Math.max(nearBest, s);
    });
    sum += weights[t]! * best;
    near += nearBest;
  });
  return { candidate: c, score: sum * c.prior, coverage: near / focus.terms.length };
}

/** Full names (two words or more) of the people an article names, folded: a run holding one is a known person. */
function knownPeople(entry: LibraryEntry): KnownNames {
  return entry.understanding.people.map((p) => foldedWords(p.name)).filter((n) => n.includes(' '));
}

/**
 * What the article knows a who-answer to be: a person it names, an organisation, a place (never an
 * answer to who), or a single capitalised word it knows nothing of ("Sepak", "Modern").
 */
function whoStanding(entry: LibraryEntry, written: string, single: boolean): 'person' | 'organisation' | 'place' | 'lone' | undefined {
  const key = foldedWords(written);
  const same = (form: string): boolean => foldedWords(form) === key;
  const u = entry.understanding;
  if (u.people.some((p) => same(p.name) || p.aliases.some(same))) return 'person';
  if (u.organisations.some((o) => same(o.name) || o.aliases.some(same))) return 'organisation';
  if (u.places.some((p) => same(p.name) || p.aliases.some(same)) || gazetteerEntryOf(written) !== undefined || lexicon.demonyms.has(written)) return 'place';
  if (resolvePerson(u.people, written) !== undefined) return 'person';
  return single ? 'lone' : undefined;
}

/** Is this the place of a role the article gives someone ("Sleman" of "Budi Lorem, Bupati Sleman")? An office's place, not a person. */
function placeOfRole(entry: LibraryEntry, written: string): boolean {
  const key = foldedWords(written);
  return entry.understanding.people.some((p) => p.role !== undefined && foldedWords(p.role).endsWith(` ${key}`) && !foldedWords(p.name).includes(key));
}

/** Where the paragraph writes the names of the article's organisations and places. */
function namedSpans(entry: LibraryEntry, paragraph: number): { start: number; end: number }[] {
  const text = entry.article.paragraphs[paragraph - 1]!.text;
  const u = entry.understanding;
  const forms = [...u.organisations, ...u.places].flatMap((n) => [n.name, ...n.aliases]).filter((f) => f.length > 0);
  return [...new Set(forms)].flatMap((f) => findAll(text, f).map((start) => ({ start, end: start + f.length })));
}

/** Does a longer name written at these spans hold [start, end)? */
const partOfLonger = (spans: readonly { start: number; end: number }[], start: number, end: number): boolean =>
  spans.some((n) => n.start <= start && end <= n.end && n.end - n.start > end - start);

/** A word the tables know as no name: a function word, a title or role word, a common noun. */
const commonWord = (norm: string): boolean =>
  lexicon.stopWords.has(norm) || lexicon.titleWords.has(norm) || lexicon.roleWords.has(norm) || lexicon.commonNouns.has(norm);

/** Words the news of a language writes in lower case (lang/common-words-id.json, Indonesian only). */
const newsLower: Partial<Record<string, ReadonlySet<string>>> = { id: new Set(commonWordsId.words) };

/** Does the article, or the news of its language, write this word in lower case (as a common word, not a name)? */
function writtenLower(entry: LibraryEntry, written: string): boolean {
  const lower = written.toLocaleLowerCase();
  if (lower === written) return false;
  if (newsLower[entry.article.meta.language]?.has(lower) === true) return true;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  return entry.article.paragraphs.some((p) => at.test(p.text));
}


/** The weight of an organisation answering a question that names a role ("Siapa ketua …?"). */
const ORGANISATION_FOR_ROLE = 0.5;

/**
 * Is a run of the question's words a name the question writes, and does that name end with them
 * ('same': "Kerajaan Lorem" asked, "Kerajaan Lorem Baru" written is more of it) or go on with
 * another word ('other': "Li Lorem" asked, so "Li Ipsum" is someone else)?
 */
function askedName(focus: QuestionFocus, asked: readonly string[]): 'same' | 'other' | undefined {
  let found: 'same' | 'other' | undefined;
  for (const { words } of focus.nameRuns) {
    for (let i = 0; i + asked.length <= words.length; i++) {
      if (!asked.every((w, k) => words[i + k] === w)) continue;
      if (i + asked.length < words.length) return 'other';
      found = 'same';
    }
  }
  return found;
}

/** Who: people (and organisations) of the paragraph, and pronouns standing for a person before them. */
export function whoCandidates(entry: LibraryEntry, paragraph: number, words: readonly Word[], focus: QuestionFocus): Candidate[] {
  const runs = entry.understanding.names.filter((r) => r.paragraph === paragraph);
  const inQuestion = (w: Word): boolean => usesWord(focus, w);
  // The article's people written here come first: their names, and no one in the roles written beside them (people-written.ts).
  const written = peopleWritten(entry, paragraph, words);
  const cut = withPeopleWritten(nameSpans(words, runs, inQuestion, knownPeople(entry), (asked) => askedName(focus, asked), entry.understanding.organisations.map((o) => foldedWords(o.name))), written, words, inQuestion);
  // The holder of the asked title written right after it, where the runs cut no name there and extract gave no one here that title (title-holder.ts).
  const title = askedTitle(focus);
  const held = title !== undefined && written.some((p) => holdsAll(p.person.role, title));
  const spans = held ? cut : [...cut, ...holderSpans(words, cut, focus)].sort((a, b) => a.first - b.first);
  const inside = namedSpans(entry, paragraph);
  // "serial Lorem yang juga diciptakan oleh <X>": X made another thing than the one asked about.
  const doers = doerStarts(words, spans, focus, (marker) => doneToAnother(words, marker, focus));
  // "<X> memainkan karakter Lorem" for "Siapa yang memerankan Lorem?": X did it to the asked name; "<Y> memerankan Ipsum", to another (object-doers.ts).
  const { onAsked, onOther } = objectDoers(words, spans, focus);
  const pointed = new Set([...pointedStarts(words, spans, focus)].filter((i) => !onOther.has(i)));
  const described = describedStarts(words, spans, focus);
  const works = new Set([...workTitleWords(words), ...thingNameWords(words, runs)]);
  const expanded = expandedNames(words);
  const undergone = patientVerbs(focus);
  const patients = patientStarts(words, spans, undergone);
  const partners = partnerStarts(words, spans, undergone, inQuestion);
  const companions = companionStarts(words, spans, focus);
  const { related, owners } = kinStarts(words, spans, focus);
  const objectSide = objectSideStarts(words, spans, focus);
  const players = playerStarts(words, spans, focus);
  // A title the question writes after its verb is who the verb is done to, no role it asks (object-roles.ts).
  const objectTitles = objectRoles(focus);
  const objects = new Set(objectTitles.flat());
  const roleTerms = focus.terms.filter((t) => !objects.has(t));
  const asksRole = roleTerms.some((t) => lexicon.titleWords.has(t) && !bodyRoles.has(t));
  const namesRole = roleTerms.some((t) => lexicon.titleWords.has(t) || bodyRoles.has(t));
  const objectHeld = objectHolders(words, spans, objectTitles);
  const out: Candidate[] = [];
  const text = entry.article.paragraphs[paragraph - 1]!.text;
  // Other names of the one a sentence opens with ("<X> atau <Y> adalah …"): answers standing for <X>.
  const heads = aliasHeads(words, spans, (w) => !commonWord(w.norm) && !lexicon.pronouns.has(w.norm));
  // The people the article knows written here: where one is named (not as another name of the subject), the clause of the subject before it ends.
  const people = spans.filter((s, k) => !heads.has(k) && s.kind === 'person' && whoStanding(entry, text.slice(words[s.nameFirst ?? s.first]!.start, words[s.last]!.end), false) === 'person');
  // The spans that may answer (and that a pronoun may stand for): not places, not common words.
  const kept: NameSpan[] = [];
  // What a kept span names: itself, or the name its sentence opens with when it is another name of that one.
  const named = new Map<NameSpan, NameSpan>();
  spans.forEach((s, k) => {
    // "Siapa saja …?" asks for the list a person is in; "didirikan oleh A dan B" answers with both (coordinated.ts).
    const { first, last } = focus.plural && s.kind === 'person' ? listAround(words, spans, k) : (coordinatedAnswer(words, spans, k, doers, focus) ?? s);
    // What the article knows of the name itself, without the title kept before it ("Kaisar Lorem").
    const nameFirst = s.nameFirst ?? s.first;
    const standing = whoStanding(entry, text.slice(words[nameFirst]!.start, words[s.last]!.end), s.last === nameFirst);
    // A place is never a who-answer, nor the title of a work ("film Lorem (1975)") or an event's name ("Perang Lorem").
    if ((standing === 'place' && !s.government) || works.has(s.first) || isEra(words, s) || qualifies(words, s)) return;
    if (standing !== 'person' && standing !== 'organisation' && placeOfRole(entry, text.slice(words[nameFirst]!.start, words[s.last]!.end))) return;
    // "… kunjungan Menteri Lorem <X>" for "Siapa yang membatalkan kunjungan Menteri Lorem?": X is the one it is done to; "bersama <X>": X is with the one asked.
    if (objectHeld.has(s.first) || companions.has(s.first)) return;
    // "KG" of "Kompas Gramedia (KG)" for "Siapa pendiri Kompas Gramedia?": the asked name again, in short.
    if (ownAcronym(words, s.first, s.last, focus)) return;
    // Words of a body's name written out before its acronym ("… Badan Pusat Statistik (BPS)"), short of all of it.
    if (expanded.some((e) => e.first <= s.first && s.last <= e.last && (e.first < s.first || s.last < e.last))) return;
    // A government or a realm holds no role, founds no realm ("Siapa raja/pendiri …?", but "Dengan siapa
    // Raja X bersekutu?" asks who with) and is no answer about another of its kind ("Kesultanan Lorem" asked).
    if (s.government && ((namesRole && !focus.preposition) || usesWord(focus, words[s.first]!))) return;
    // A word or two of a longer organisation or place named right there ("Sains" of "Sekolah Teknik dan Sains").
    if (standing === 'lone' && partOfLonger(inside, words[s.first]!.start, words[s.last]!.end)) return;
    // "Henry Lorem Sekolah Teknik", "the Lorem School": a name written right before an organisation word names that body.
    if (standing !== 'person' && namesBody(words, s.last)) return;
    // One capitalised word the article also writes in lower case ("Kelompok …", "Didirikan: …") is a common word.
    if (standing === 'lone' && (commonWord(words[s.first]!.norm) || writtenLower(entry, words[s.first]!.text))) return;
    // "Sang Pencipta": a title word alone, an honorific before it, names no one; nor does an ordinal opening a sentence ("Kedua orang tuanya …").
    if (s.first === s.last && (commonWord(words[s.first]!.norm) || ordinalWords.has(words[s.first]!.norm))) return;
    let prior = s.kind === 'person' ? 0.5 + 0.5 * s.evidence : 0.45;
    if (standing === 'person') prior = Math.max(prior, 0.95);
    else if (standing === 'organisation') prior = Math.max(prior, 0.6);
    else if (standing === 'lone') prior *= 0.7;
    if (focus.preposition && precededBy(words, s.first, focus.preposition)) prior *= 1.5;
    // "… didirikan oleh <X>", "… was invented by <X>": the doer of the asked verb.
    if (doers.has(s.first) || onAsked.has(s.first)) prior *= DOER_WEIGHT;
    // "… yang dijungkalkan <X>?": the one <X> defeated.
    else if (patients.has(s.first)) prior *= PATIENT_WEIGHT;
    else if (partners.has(s.first)) prior *= PARTNER_WEIGHT;
    // "Arsitek monumen ini bernama <X>", "<X> sebagai presiden pertama": the one the question's role points at.
    else if ((pointed.has(s.first) || described.has(s.first)) && !related.has(s.first)) prior *= POINTED_WEIGHT;
    // "Siapa putra Ipsum?": the "<X>" of "putra <X>" is whose son it is.
    if (related.has(s.first)) prior *= RELATED_WEIGHT;
    // "Siapa ayah Ipsum?": the "<X>" of "Ipsum, putra sulung <X>" is the father asked for.
    else if (owners.has(s.first)) prior *= OWNER_WEIGHT;
    // "kelompok yang menyebarkan berita bohong bernada <X>" for "Siapa yang menyebarkan berita bohong?": X is what was spread.
    if ((objectSide.has(s.first) && !doers.has(s.first)) || onOther.has(s.first)) prior *= OBJECT_SIDE_WEIGHT;
    // "<X> sebagai Lorem", "<X> as Lorem" for "Siapa yang memerankan Lorem?": the one who plays the asked character.
    if (players.has(s.first)) prior *= PLAYER_WEIGHT;
    // "Siapa presiden pertama …?": a role is held by a person, not by the body that chose them.
    if (asksRole && (s.kind === 'organisation' || standing === 'organisation')) prior *= ORGANISATION_FOR_ROLE;
    kept.push(s);
    const head = heads.get(k);
    // A head no span holds ("Lorem atau Ipsum …") is named all the same; one left out above (a place) is not.
    const as = head === undefined ? s : (named.get(head) ?? (spans.includes(head) ? s : head));
    named.set(s, as);
    // A title the answer keeps before the name ("Raja Lorem") says the question's "raja" itself.
    const titles = words.slice(s.first, nameFirst).filter((w) => !w.mark);
    const implies = titles.length > 0 ? (term: string): boolean => titles.some((w) => similarity(term, w) > 0) : undefined;
    const governs = s.kind === 'person' ? governed(words, people, s.first, s.last) : undefined;
    const [written, end] = as === s ? withAcronym(words, expanded, first, last) : [words[as.first]!.start, words[as.last]!.end];
    // "pasukan Lorem", "para pengembang Lorem": the group the name stands for (groups.ts).
    const start = Math.min(written, words[groupStart(words, as === s ? first : as.first, inQuestion)]!.start);
    out.push({ entry, paragraph, words, first: s.first, last: s.last, start, end, prior, ...(s.kind === 'person' && { person: true }), ...(implies && { implies }), ...(governs !== undefined && { governs }) });
  });
  // "Dia kemudian …": the pronoun stands for the last person named before it (opening its sentence, for
  // the subject of the one before: subject.ts); so does the "-nya" of the asked verb in the passive
  // ("film yang disutradarainya": the one who directed it).
  words.forEach((w, i) => {
    const verb = doneByNya(words, i, focus);
    if (w.mark || (!lexicon.pronouns.has(w.norm) && !verb) || inQuestion(w)) return;
    const found = (verb ? undefined : subjectBefore(words, kept, i)) ?? [...kept].reverse().find((s) => s.kind === 'person' && s.last < i);
    if (!found) return;
    const before = named.get(found) ?? found;
    const prior = 0.8 * (0.5 + 0.5 * before.evidence) * (verb ? DOER_WEIGHT : 1);
    const implies = (term: string): boolean => similarity(term, w) > 0;
    const governs = verb ? undefined : governed(words, people, i, i);
    out.push({ entry, paragraph, words, first: i, last: i, start: words[before.first]!.start, end: words[before.last]!.end, prior, ...(verb && { verb, implies }), ...(governs !== undefined && { governs }) });
  });
  return out;
}

/**
 * "Departemen Lorem dan Ipsum (DLI)": a body named by its name written out and its acronym in
 * brackets after it is said both ways, as written, whichever of the two the answer was read from.
 */
function withAcronym(words: readonly Word[], expanded: readonly { first: number; last: number }[], first: number, last: number): [number, number] {
  const whole = expanded.find((e) => (e.first === first && e.last === last) || (first === last && last === e.last + 2));
  return whole === undefined ? [words[first]!.start, words[last]!.end] : [words[whole.first]!.start, words[whole.last + 3]!.end];
}

/** Is the run of capitalised words holding word i preceded by one of these prepositions ("kepada …")? */
function precededBy(words: readonly Word[], i: number, group: readonly string[]): boolean {
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < 4 && /^\p{Lu}/u.test(words[j]!.text); steps++) j--;
  const w = words[j];
  return w !== undefined && group.includes(w.norm);
}
