// Who-answers in a paragraph, cut from the name runs extract found: the short answer is the name
// with the ranks and honorifics written right before it ("Kolonel …", "Haji …"), without the job
// title ("Presiden", "Menteri …"), and without any word the question itself used ("Siapa Kepala
// Dinas X?" → the name after "Kepala Dinas X", never those words).
import { allTables } from '../lang/index.js';
import { degrees } from '../lang/degrees.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { NameRun } from '../types.js';

export type NameKind = 'person' | 'organisation';

export interface NameSpan {
  /** Word indexes of the span, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly kind: NameKind;
  /** 0–1: how sure this is a name of its kind (a title before it, a speech verb beside it, two name words …). */
  readonly evidence: number;
  /** Where the name itself begins, after the ranks and titles the span keeps before it ("Kaisar Lorem": "Lorem"). */
  readonly nameFirst?: number;
  /** A government or a realm with its place ("Pemerintah Lorem", "Kesultanan Lorem"): a body, though it names a place. */
  readonly government?: boolean;
}

/** Is the run the name of an event or a document: closed or opened by its noun, no title before it ("Civil War", "Perang Lorem-Ipsum")? */
const namesThing = (words: readonly Word[], run: NameRun): boolean => (namedThings.has(words[run.runLast]!.norm) || namedThings.has(words[run.first]!.norm)) && !run.titled;

/** Word indexes of the runs that name an event or a document: no name written inside one answers who ("Sui" of "Perang Goguryeo-Sui"). */
export function thingNameWords(words: readonly Word[], runs: readonly NameRun[]): Set<number> {
  const out = new Set<number>();
  for (const run of runs) if (namesThing(words, run)) for (let i = run.runFirst; i <= run.runLast; i++) out.add(i);
  return out;
}

/** What a run's letters mean (extract/word-classes.ts WORD_CLASSES); 'question' marks a non-name word the question used. */
type Class = 'name' | 'initial' | 'rank' | 'title' | 'role' | 'organisation' | 'acronym' | 'other' | 'question';

const byLetter: Readonly<Record<string, Class>> = {
  n: 'name', i: 'initial', r: 'rank', t: 'title', l: 'role', g: 'organisation', a: 'acronym', x: 'other',
};

/** Academic and noble titles kept with the name in a short answer ("Prof Dr …", "Sultan …"). */
const nameTitles = new Set(allTables.flatMap((t) => t.answerWords?.nameTitles ?? []));
const governments = new Set(allTables.flatMap((t) => t.answerWords?.governments ?? []));
const namedThings = new Set(allTables.flatMap((t) => t.answerWords?.namedThings ?? []));
const soleNameTitles = new Set(allTables.flatMap((t) => t.answerWords?.soleNameTitles ?? []));
/** Is w a title kept before a name ("Dr", "Sultan"; "Kaisar" only before a name of one word)? */
const keptTitle = (w: Word, sole = false): boolean => !w.mark && (nameTitles.has(w.norm) || (sole && soleNameTitles.has(w.norm)));

/** Degrees written after a name as one word without dots ("SH", "APU", "DVM"): the person's, kept in a short answer as written. */
const degreeWords = new Set<string>(degrees.plain);

/**
 * The last word of a person's name with what the run writes right after it that is still theirs:
 * their degrees ("Budi Santoso SH", "Lorem Ipsum APU"), or a last initial closing the run ("Siti
 * Lestari C mengatakan"), which a surname's first letter is in Indonesian names.
 */
function ownTail(words: readonly Word[], coreLast: number, runLast: number, cls: (i: number) => Class): number {
  let last = coreLast;
  if (last < runLast && cls(last) === 'name' && runLast === last + 1 && /^\p{Lu}$/u.test(words[last + 1]!.text) && words[last + 2]?.text !== '.') return last + 1;
  while (last < runLast && degreeWords.has(words[last + 1]!.text) && cls(last + 1) !== 'question') last++;
  return last;
}

/** The person names an article's understanding holds, folded, words single-spaced (only those of two words or more). */
export type KnownNames = readonly string[];

/**
 * Persons and organisations of a paragraph, in order of appearance, for a question whose words
 * `inQuestion` recognises. `askedName` says whether some of its words are a name the question writes
 * that ends there ('same') or goes on with another word ('other': a name opening with them is someone else's).
 * `bodies`: the article's organisations, folded, each answered whole where a run writes it.
 */
export function nameSpans(
  words: readonly Word[],
  runs: readonly NameRun[],
  inQuestion: (w: Word) => boolean,
  people: KnownNames,
  askedName?: (asked: readonly string[]) => 'same' | 'other' | undefined,
  bodies: KnownNames = [],
): NameSpan[] {
  const spans: NameSpan[] = [];
  // Last words of the runs holding a name (answers or names the question wrote).
  const nameEnds = new Set<number>();
  for (const run of runs) {
    const { runFirst, runLast, first } = run;
    const base = [...run.classes].map((c) => byLetter[c.toLowerCase()]!);
    const placed = (i: number): boolean => /\p{Lu}/u.test(run.classes[i - first]!);
    // A role or title word the question used becomes 'question'; a name word stays a name word
    // (a surname shared with the question is still a name).
    const classes = base.map((c, k): Class => (c !== 'name' && c !== 'initial' && inQuestion(words[first + k]!) ? 'question' : c));
    const cls = (i: number): Class => classes[i - first]!;
    // A name in brackets right after a person is a second name of that person ("Budi (Ucok)").
    const opener = words[runFirst - 1];
    const previous = spans[spans.length - 1];
    if (opener?.text === '(' && previous?.kind === 'person' && previous.last === runFirst - 2) continue;
    // Further in such brackets, too: its names in other scripts, spellings, a template's word
    // ("Lorem Ipsum (…, Ipsum Lorem, Template:…)") are the same one's, never another answer.
    if (withinBracketsAfter(words, runFirst, nameEnds)) continue;
    // "Pemerintah Lorem", "Kesultanan Lorem": a government or a realm opening a run is a body that acts,
    // its place with it; unless the question names it ("Siapa yang diundang Pemerintah Lorem?").
    if (!words[first]!.mark && governments.has(words[first]!.norm)) {
      let last = runLast;
      while (last > first && words[last]!.mark) last--;
      const rest = words.slice(first + 1, last + 1).filter((w) => !w.mark);
      if (rest.length > 0 && !rest.every(inQuestion)) spans.push({ first, last, kind: 'organisation', evidence: 0.5, government: true });
      if (rest.length > 0) continue;
    }
    // The name: the last block of name words (with initials and particles inside it).
    const inName = (i: number): boolean => cls(i) === 'name' || cls(i) === 'initial';
    let coreLast = runLast;
    while (coreLast >= first && !(inName(coreLast) && !words[coreLast]!.mark)) coreLast--;
    let coreFirst = coreLast;
    while (coreFirst - 1 >= first && inName(coreFirst - 1)) coreFirst--;
    while (coreFirst < coreLast && (words[coreFirst]!.mark || lexicon.nameParticles.has(words[coreFirst]!.norm))) coreFirst++;
    // Question words opening the name belong to what the question named ("Siapa Ketua Yayasan X?").
    const unasked = coreFirst;
    // A function word the question writes ("yang") is no name it named ("Yang Lorem").
    while (coreFirst < coreLast && (words[coreFirst]!.mark || (inQuestion(words[coreFirst]!) && !lexicon.stopWords.has(words[coreFirst]!.norm)))) coreFirst++;
    // Name words of the question opening a run that holds no title: the run writes the asked name
    // and goes on. The rest is more of that name ("Budi" asked, "Budi Santoso" written), unless the
    // question's name goes on with another word: then it is another one of the family ("Li Lorem"
    // asked, "Li Ipsum" written), taken whole.
    const skippedNames = words.slice(unasked, coreFirst).filter((w, k) => !w.mark && cls(unasked + k) === 'name');
    if (skippedNames.length > 0 && !run.titled && !base.slice(0, coreFirst - first).some((c) => c === 'title' || c === 'rank' || c === 'role')) {
      const named = askedName?.(skippedNames.map((w) => w.norm));
      if (named === 'same') continue;
      if (named === 'other') coreFirst = unasked;
    }
    const core = words.slice(coreFirst, coreLast + 1).filter((w, k) => !w.mark && cls(coreFirst + k) === 'name');
    // A name closed (or, in Indonesian, opened) by the noun of an event or a document names that thing, not
    // someone ("Civil War", "Lorem Treaty", "Piagam Lorem").
    if (namesThing(words, run)) continue;
    if (base.includes('name')) nameEnds.add(runLast);
    // A person the article's understanding names, written in full here.
    const coreText = words.slice(coreFirst, coreLast + 1).filter((w) => !w.mark).map((w) => w.norm).join(' ');
    const known = core.length > 0 && people.some((name) => name === coreText || ` ${coreText} `.includes(` ${name} `));
    // Name words right after an organisation word name the organisation ("Partai Lorem …", "Badan …").
    const ofOrganisation = !known && coreFirst > first && cls(coreFirst - 1) === 'organisation';
    // "Partai …" opens an organisation's name in Indonesian, "… Organization" ends one in English.
    // An organisation word the question used opens an organisation all the same ("Kerajaan Lorem Baru" when "Kerajaan Lorem" is asked).
    const startsAsOrganisation =
      (base[0] === 'organisation' && !classes.includes('title') && !classes.includes('rank')) || base[runLast - first] === 'organisation';
    // A name the question itself wrote is not the answer to it.
    const asked = core.filter((w) => inQuestion(w)).length;
    if (core.length > 0 && asked === core.length) continue;
    if (core.length > 0 && !ofOrganisation && (!startsAsOrganisation || known)) {
      // Ranks and honorifics right before the name stay with it ("Mayor Jenderal TNI …", "Haji …").
      let spanFirst = coreFirst;
      for (let k = coreFirst - 1; k >= first; k--) {
        const kept = (i: number): boolean => i >= first && (cls(i) === 'rank' || keptTitle(words[i]!, core.length === 1));
        if (kept(k)) spanFirst = k;
        // "Mayor TNI …", "Prof. Dr. …": an acronym or an abbreviation's dot after a kept title.
        else if (!((cls(k) === 'acronym' || words[k]!.text === '.') && kept(k - 1))) break;
      }
      // "dr …", "drg …": such a title written in lower case stands right before the run.
      // Titles before it stay too ("Prof drh …", "Prof dr …"), though the run before ends with them.
      if (spanFirst === first && first === runFirst && runFirst > 0 && keptTitle(words[runFirst - 1]!, core.length === 1) && !inQuestion(words[runFirst - 1]!)) {
        spanFirst = runFirst - 1;
        while (spanFirst > 0 && keptTitle(words[spanFirst - 1]!) && /^\p{Lu}/u.test(words[spanFirst - 1]!.text) && !inQuestion(words[spanFirst - 1]!)) spanFirst--;
      }
      // "Raja Lorem merupakan …": a title opening the sentence, left out of the run's names, is kept all the same.
      else if (spanFirst === first && first > runFirst && keptTitle(words[first - 1]!, core.length === 1)) spanFirst = first - 1;
      // A title or rank names a person's role; role words alone name an event or a body
      // ("Kejuaraan Nasional Renang", "Kebun Binatang …").
      const titledInRun = base.slice(0, coreFirst - first).some((c) => c === 'title' || c === 'rank');
      const rolesOnly = !titledInRun && base.slice(0, coreFirst - first).some((c) => c === 'role');
      const titled = titledInRun || run.titled;
      let evidence = known || titled ? 1 : run.spoken ? 0.9 : rolesOnly ? 0.4 : core.length >= 2 ? 0.8 : 0.5;
      // One capitalised word opening a sentence is a name only with something else saying so
      // ("Hal ini …" is not; "Darmawan secara resmi …" is when Darmawan is named elsewhere).
      // An initial before it makes two words of a name ("M Lorem").
      const initials = words.slice(coreFirst, coreLast + 1).filter((w, k) => !w.mark && cls(coreFirst + k) === 'initial').length;
      if (coreFirst === first && words[first]!.initial && core.length + initials === 1 && !known && !titled && !run.spoken) {
        if (!run.capitalisedElsewhere && !doesAsked(words, runLast, inQuestion)) continue;
        evidence = Math.min(evidence, 0.5);
      }
      if (asked > 0) evidence *= 0.7;
      // One name word after "di", "ke", "dari" is more likely a place ("di Lorem").
      if (core.length === 1 && !known && !titled && run.locative) evidence *= 0.5;
      // A place closing the run goes with the name ("Polonia Lorem", a club named for its town), unless the question names it.
      const tail = words.slice(coreLast + 1, runLast + 1);
      const placeTail = !known && !titled && tail.length > 0 && tail.every((w, k) => !w.mark && placed(coreLast + 1 + k) && !inQuestion(w));
      spans.push({ first: spanFirst, nameFirst: coreFirst, last: placeTail ? runLast : ownTail(words, coreLast, runLast, cls), kind: rolesOnly && !known && !titled ? 'organisation' : 'person', evidence });
      continue;
    }
    // No name: an organisation if it has an organisation word or an acronym ("Dewan Kota Lorem", "KPU").
    let orgFirst = first;
    let orgLast = runLast;
    while (orgFirst <= orgLast && (cls(orgFirst) === 'question' || cls(orgFirst) === 'title' || words[orgFirst]!.mark)) orgFirst++;
    // A country doing what the question asks ("the Lorem Union deployed its army" for "Who deployed …?") acts as a body.
    const verb = words[runLast + 1];
    const placeOnly = orgFirst <= runLast && words.slice(orgFirst, runLast + 1).every((w, k) => w.mark || (placed(orgFirst + k) && !inQuestion(w)));
    if (placeOnly && verb !== undefined && !verb.mark && !verb.cap && !lexicon.stopWords.has(verb.norm) && inQuestion(verb)) {
      spans.push({ first: orgFirst, last: runLast, kind: 'organisation', evidence: 0.5, government: true });
      continue;
    }
    // A place closing an organisation's name is part of it ("Majelis Tinggi Lorem"), unless the question names that place.
    const ownPlace = (i: number): boolean => placed(i) && cls(i) !== 'question' && base.slice(orgFirst - first, i - first).includes('organisation');
    // A body the article names whole keeps its last words, though the question uses them or they are common nouns
    // ("PT Lorem Konstruksi" for "Siapa yang membangun …?").
    const whole = words.slice(orgFirst, orgLast + 1).filter((w) => !w.mark).map((w) => w.norm).join(' ');
    if (!bodies.includes(whole)) while (orgLast >= orgFirst && (cls(orgLast) === 'question' || cls(orgLast) === 'other' || words[orgLast]!.mark) && !ownPlace(orgLast)) orgLast--;
    while (orgLast >= orgFirst && words[orgLast]!.mark) orgLast--;
    if (orgFirst > orgLast) continue;
    const inner = classes.slice(orgFirst - first, orgLast - first + 1);
    // An organisation the question names is not its answer ("Dewan Lorem" for "… Dewan Lorem?"); one
    // sharing a word or two with the question may be ("Mahkamah Kejahatan Perang" for "… kejahatan …?").
    const own = words.slice(first, runLast + 1).filter((w) => !w.mark);
    if (own.filter(inQuestion).length * 2 > own.length || (inner.includes('other') && !inner.includes('organisation'))) continue;
    if (!inner.includes('organisation') && !inner.includes('acronym')) continue;
    let allKnown = true;
    for (let i = orgFirst; i <= orgLast; i++) if (!words[i]!.mark && !placed(i)) allKnown = false;
    if (allKnown) continue;
    spans.push({ first: orgFirst, last: orgLast, kind: 'organisation', evidence: 0.5 });
    // "City Council (Rada Miasta)": a name in brackets after a body is that body's other name.
    nameEnds.add(runLast);
  }
  return joinPairs(words, joinBodies(words, runs, spans));
}

/** Copulas of the tables ("adalah", "merupakan", "is"): what follows one says what the word before it is. */
const copulas = new Set(allTables.flatMap((t) => t.answerWords?.copulas ?? []));

/**
 * "Lorem mendirikan …", "Lorem adalah raja … pertama", "Lorem was the first king": a capitalised word opening a sentence, right
 * before the question's own verb, or a copula and the question's word, is the one it is said of (a
 * name), though the article writes it nowhere else in mid-sentence.
 */
function doesAsked(words: readonly Word[], last: number, inQuestion: (w: Word) => boolean): boolean {
  const asked = (w: Word | undefined): boolean => w !== undefined && !w.mark && !w.cap && !lexicon.stopWords.has(w.norm) && inQuestion(w);
  const next = words[last + 1];
  if (next === undefined || next.mark || next.cap || next.sentence !== words[last]!.sentence) return false;
  if (asked(next)) return true;
  // Past a function word after the copula ("adalah seorang …", "was the …").
  const said = words[last + 2] !== undefined && !words[last + 2]!.mark && lexicon.stopWords.has(words[last + 2]!.norm) ? words[last + 3] : words[last + 2];
  return copulas.has(next.norm) && asked(said);
}

/** Is word i inside brackets opened right after the last word of a name (`nameEnds`), a few words back? */
function withinBracketsAfter(words: readonly Word[], i: number, nameEnds: ReadonlySet<number>): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 12; j--) {
    const t = words[j]!.text;
    if (t === ')') return false;
    if (t === '(') return nameEnds.has(j - 1);
  }
  return false;
}

/** What may go on a body's name after "dan": role and other words, no name, title or place first ("… dan Perikanan", "… dan Energi Provinsi Lorem"). */
const bodyTail = /^[lx][lgxaLGXA]*$/;

/**
 * "Departemen Kelautan dan Perikanan": a body's name opened by an organisation word, written on past
 * "dan" with words that name no one and open no body of their own, is one name, though the runs
 * stop at "dan". "Departemen Lorem dan Badan Ipsum" are two; "Dinas Lorem dan Budi Ipsum" a body and a person.
 */
function joinBodies(words: readonly Word[], runs: readonly NameRun[], spans: NameSpan[]): NameSpan[] {
  return spans.map((s) => {
    const and = words[s.last + 1];
    if (s.kind !== 'organisation' || s.government || !lexicon.organisationWords.has(words[s.first]!.norm) || and === undefined) return s;
    if (and.mark || !lexicon.listJoiners.has(and.norm) || !lexicon.connectors.has(and.norm)) return s;
    const run = runs.find((r) => r.runFirst === s.last + 2 && r.first === r.runFirst);
    if (run === undefined || !bodyTail.test(run.classes) || spans.some((o) => o.first >= run.runFirst && o.first <= run.runLast)) return s;
    let last = run.runLast;
    while (last > run.runFirst && words[last]!.mark) last--;
    return { ...s, last };
  });
}

/** "Andi … / Budi …": two people written as one pair are one answer. */
function joinPairs(words: readonly Word[], spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'person' && s.kind === 'person' && s.first === prev.last + 2 && words[prev.last + 1]!.text === '/') {
      out[out.length - 1] = { ...prev, last: s.last, evidence: Math.max(prev.evidence, s.evidence) };
    } else out.push(s);
  }
  return out;
}

/**
 * The list a person belongs to ("A, B, C, dan D"): first and last word of the whole list, or the
 * person alone. Members are persons separated by commas and connectors only.
 */
export function listAround(words: readonly Word[], spans: readonly NameSpan[], at: number): { first: number; last: number } {
  const people = spans.filter((s) => s.kind === 'person');
  const i = people.indexOf(spans[at]!);
  if (i < 0) return { first: spans[at]!.first, last: spans[at]!.last };
  const joined = (a: NameSpan, b: NameSpan): boolean => {
    const between = words.slice(a.last + 1, b.first);
    return between.length > 0 && between.length <= 2 && between.every((w) => w.text === ',' || lexicon.connectors.has(w.norm));
  };
  let lo = i;
  let hi = i;
  while (lo > 0 && joined(people[lo - 1]!, people[lo]!)) lo--;
  while (hi + 1 < people.length && joined(people[hi]!, people[hi + 1]!)) hi++;
  return { first: people[lo]!.first, last: people[hi]!.last };
}

/** Is the word after `last` a capitalised organisation word, no mark between ("… Sekolah", "… School"): the name before it names that body? */
export function namesBody(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return next !== undefined && !next.mark && next.cap && next.sentence === words[last]!.sentence && lexicon.organisationWords.has(next.norm);
}
