// Who-answers in a paragraph: runs of capitalised words split into role, rank and name. The short
// answer is the name with the ranks and honorifics written right before it ("Kolonel …",
// "Haji …"), without the job title ("Presiden", "Menteri …"), and without any word the question
// itself used ("Siapa Kepala Dinas X?" → the name after "Kepala Dinas X", never those words).
import { allTables, tables } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import type { Language } from '../types.js';
import { PhraseSet } from '../text/phrases.js';
import type { ParagraphWord as Word } from '../text/words.js';

const isCapitalised = (w: Word): boolean => !w.mark && w.cap;

export type NameKind = 'person' | 'organisation';

export interface NameSpan {
  /** Word indexes of the span, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly kind: NameKind;
  /** 0–1: how sure this is a name of its kind (a title before it, a speech verb beside it, two name words …). */
  readonly evidence: number;
}

export interface NameContext {
  /** The article's language: which ranks apply. */
  readonly language: Language;
  /** Is this word one the question used? Such words are never part of the answer. */
  readonly inQuestion: (word: Word) => boolean;
  /** Offsets of known places, outlets and the dateline: never a person. */
  readonly notNames: readonly { readonly start: number; readonly end: number }[];
  /** Full names of the people the article's understanding names, folded, words single-spaced. */
  readonly people: readonly string[];
  /** Folded words written in lower case somewhere in the article (common words, not names). */
  readonly common: ReadonlySet<string>;
  /** Folded words written with a capital inside a sentence somewhere in the article (names). */
  readonly capitalised: ReadonlySet<string>;
}

const t = allTables;
// Ranks by the article's language: Indonesian "Mayor" is a rank, English "Mayor" a job.
const ranksOf: Readonly<Record<Language, PhraseSet>> = {
  id: new PhraseSet(tables.id.answerWords?.ranks ?? []),
  en: new PhraseSet(tables.en.answerWords?.ranks ?? []),
};
const titles = new PhraseSet(t.flatMap((x) => x.titles));
const roleWords = new Set(t.flatMap((x) => [...(x.nameWords?.roleWords ?? []), ...(x.nameWords?.placeWords ?? [])]));
const organisationWords = new Set(t.flatMap((x) => x.nameWords?.organisationWords ?? []));
const roleAffixes = t.flatMap((x) => x.nameWords?.roleAffixes ?? []);
const leadWords = new Set(t.flatMap((x) => x.nameWords?.leadWords ?? []));
const locatives = new Set(t.flatMap((x) => x.nameWords?.locatives ?? []));
const stopWords = new Set(t.flatMap((x) => x.stopWords));
// Particles inside names ("bin", "van"); one that is also a function word ("di") joins no name.
const particles = new Set(t.flatMap((x) => x.quoteWords?.nameParticles ?? []).filter((p) => !stopWords.has(p)));
const personalPronouns = new Set(t.flatMap((x) => x.answerWords?.personalPronouns ?? []));
const agentMarkers = new Set(t.flatMap((x) => x.answerWords?.agentMarkers ?? []));
const passivePrefixes = t.flatMap((x) => x.answerWords?.passivePrefixes ?? []);
const connectors = new Set(t.flatMap((x) => x.nameWords?.connectors ?? []));
const calendarWords = new Set(t.flatMap((x) => [...Object.keys(x.months), ...Object.keys(x.weekdays)]));
const speechVerbs = new Set(t.flatMap((x) => [...x.speechVerbs, ...x.pronounSpeechVerbs.filter((v) => !v.includes(' '))]));

type WordClass = 'name' | 'initial' | 'rank' | 'title' | 'role' | 'organisation' | 'acronym' | 'other' | 'question';

function hasRoleAffix(norm: string): boolean {
  return roleAffixes.some(([pre, suf]) => norm.length >= pre.length + suf.length + 3 && norm.startsWith(pre) && norm.endsWith(suf));
}

function overlaps(w: Word, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => w.start < s.end && w.end > s.start);
}

/** Runs of capitalised words: [first, last] word indexes. Particles, initials' dots join a run. */
function capitalisedRuns(words: readonly Word[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i]!)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < words.length) {
      const w = words[j]!;
      const next = words[j + 1];
      if (isCapitalised(w)) last = j;
      else if (next && isCapitalised(next) && ((!w.mark && particles.has(w.norm)) || (w.text === '.' && words[j - 1]!.text.length <= 3))) {
        // "Ahmad bin Said", "Dr. Lestari", "J. Smith"
      } else break;
      j++;
    }
    runs.push([i, last]);
    i = last + 1;
  }
  return runs;
}

/**
 * What each word of a run is. A role or title word the question used becomes 'question'; a name
 * word the question used stays a name word (a surname shared with the question is still a name).
 */
function classify(words: readonly Word[], first: number, last: number, ctx: NameContext): { classes: WordClass[]; base: WordClass[] } {
  const classes: WordClass[] = [];
  for (let i = first; i <= last; i++) {
    const w = words[i]!;
    if (w.mark || particles.has(w.norm)) {
      classes.push('initial');
      continue;
    }
    const r = ranksOf[ctx.language].matchAt(words, i, last);
    if (r > 0) {
      for (let k = 0; k < r; k++) classes.push('rank');
      i += r - 1;
      continue;
    }
    const ti = titles.matchAt(words, i, last);
    if (ti > 0) {
      for (let k = 0; k < ti; k++) classes.push('title');
      i += ti - 1;
      continue;
    }
    const parts = w.norm.split('-');
    if (overlaps(w, ctx.notNames) || calendarWords.has(w.norm)) classes.push('other');
    else if (parts.some((p) => organisationWords.has(p))) classes.push('organisation');
    else if (parts.some((p) => roleWords.has(p) || titles.has(p) || hasRoleAffix(p))) classes.push('role');
    else if (/\p{N}/u.test(w.text)) classes.push('other');
    else if (/^[\p{Lu}\p{N}]{2,}$/u.test(w.text) && !/^[IVX]+$/.test(w.text)) classes.push(w.text.length <= 2 ? 'initial' : 'acronym');
    else if (/^\p{Lu}$/u.test(w.text) || /^[IVX]+$/.test(w.text)) classes.push('initial');
    else if (personalPronouns.has(w.norm)) classes.push('other');
    else classes.push('name');
  }
  // A title ends no name: one after a name word is a name word itself ("… Hakim", "… Bishop").
  for (let k = classes.length - 1; k > 0 && (classes[k] === 'title' || classes[k] === 'rank'); k--) {
    if (classes[k - 1] === 'name') {
      for (let j = k; j < classes.length; j++) classes[j] = 'name';
      break;
    }
  }
  // A lone letter or a Roman numeral after a role or organisation word is a number ("Komisi V"),
  // and two capitals not followed by a name are an acronym ("AS", "RI").
  for (let k = 0; k < classes.length; k++) {
    if (classes[k] !== 'initial' || words[first + k]!.mark || particles.has(words[first + k]!.norm)) continue;
    const prev = classes[k - 1];
    const next = classes[k + 1];
    if (prev === 'role' || prev === 'organisation' || prev === 'acronym') classes[k] = 'acronym';
    else if (next !== 'name' && next !== 'initial') classes[k] = 'acronym';
  }
  const base = [...classes];
  for (let k = 0; k < classes.length; k++) {
    const c = classes[k]!;
    if (c !== 'name' && c !== 'initial' && ctx.inQuestion(words[first + k]!)) classes[k] = 'question';
  }
  return { classes, base };
}

/** A capitalised word that opens a sentence but is a common word ("Rupanya", "Sementara", "Lalu"). */
function commonOpener(w: Word, ctx: NameContext): boolean {
  if (leadWords.has(w.norm)) return true;
  return w.initial && (stopWords.has(w.norm) || ctx.common.has(w.norm) || /(nya|lah|kah)$/.test(w.norm));
}

function isSpeechVerb(w: Word | undefined): boolean {
  return w !== undefined && !w.mark && speechVerbs.has(w.norm);
}

/** "oleh X", "by X", "dipugar X": the word before names the doer of an action. */
function marksAgent(w: Word | undefined): boolean {
  if (w === undefined || w.mark || !/^\p{Ll}/u.test(w.text)) return false;
  if (agentMarkers.has(w.norm)) return true;
  return passivePrefixes.some((p) => w.norm.startsWith(p) && w.norm.length >= p.length + 4 && !stopWords.has(w.norm));
}

/** The word before index i, skipping up to `marks` punctuation marks. */
function wordBefore(words: readonly Word[], i: number, marks = 1): Word | undefined {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0 && words[j]!.mark && skipped < marks) {
    j--;
    skipped++;
  }
  const w = words[j];
  return w && !w.mark ? w : undefined;
}

/** Does a title stand before this run, across the rest of its role ("Menteri Pemuda dan …")? */
function titleBefore(words: readonly Word[], i: number, ranks: PhraseSet): boolean {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
    const w = words[j]!;
    if (w.mark) {
      if (/^[()]$/.test(w.text)) continue;
      return false;
    }
    if (titles.has(w.norm) || ranks.has(w.norm)) return true;
    if (!isCapitalised(w) && !connectors.has(w.norm)) return false;
  }
  return false;
}

/** Persons and organisations of a paragraph, in order of appearance. */
export function nameSpans(words: readonly Word[], ctx: NameContext): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [runFirst, runLast] of capitalisedRuns(words)) {
    let first = runFirst;
    // Common words opening a sentence, and words of the question, are not the answer.
    while (first <= runLast && (commonOpener(words[first]!, ctx) || words[first]!.mark)) first++;
    if (first > runLast) continue;
    const { classes, base } = classify(words, first, runLast, ctx);
    const cls = (i: number): WordClass => classes[i - first]!;
    // A name in brackets right after a person is a second name of that person ("Budi (Ucok)").
    const opener = words[runFirst - 1];
    const previous = spans[spans.length - 1];
    if (opener?.text === '(' && previous?.kind === 'person' && previous.last === runFirst - 2) continue;
    // The name: the last block of name words (with initials and particles inside it).
    const inName = (i: number): boolean => cls(i) === 'name' || cls(i) === 'initial';
    let coreLast = runLast;
    while (coreLast >= first && !(inName(coreLast) && !words[coreLast]!.mark)) coreLast--;
    let coreFirst = coreLast;
    while (coreFirst - 1 >= first && inName(coreFirst - 1)) coreFirst--;
    while (coreFirst < coreLast && (words[coreFirst]!.mark || particles.has(words[coreFirst]!.norm))) coreFirst++;
    // Question words opening the name belong to what the question named ("Siapa Ketua Yayasan X?").
    while (coreFirst < coreLast && (words[coreFirst]!.mark || ctx.inQuestion(words[coreFirst]!))) coreFirst++;
    const core = words.slice(coreFirst, coreLast + 1).filter((w, k) => !w.mark && cls(coreFirst + k) === 'name');
    // A person the article's understanding names, written in full here.
    const coreText = words.slice(coreFirst, coreLast + 1).filter((w) => !w.mark).map((w) => w.norm).join(' ');
    const known = core.length > 0 && ctx.people.some((name) => name === coreText || ` ${coreText} `.includes(` ${name} `));
    // Name words right after an organisation word name the organisation ("Partai Lorem …", "Badan …").
    const ofOrganisation = !known && coreFirst > first && cls(coreFirst - 1) === 'organisation';
    // "Partai …" opens an organisation's name in Indonesian, "… Organization" ends one in English.
    const startsAsOrganisation =
      (cls(first) === 'organisation' && !classes.includes('title') && !classes.includes('rank')) || base[runLast - first] === 'organisation';
    // A name the question itself wrote is not the answer to it.
    const asked = core.filter((w) => ctx.inQuestion(w)).length;
    if (core.length > 0 && asked === core.length) continue;
    if (core.length > 0 && !ofOrganisation && (!startsAsOrganisation || known)) {
      // Ranks and honorifics right before the name stay with it ("Mayor Jenderal TNI …", "Haji …").
      let spanFirst = coreFirst;
      for (let k = coreFirst - 1; k >= first; k--) {
        if (cls(k) === 'rank') spanFirst = k;
        else if (!(cls(k) === 'acronym' && k - 1 >= first && cls(k - 1) === 'rank')) break;
      }
      const before = wordBefore(words, runFirst, 2);
      // A title or rank names a person's role; role words alone name an event or a body
      // ("Kejuaraan Nasional Renang", "Kebun Binatang …").
      const titledInRun = base.slice(0, coreFirst - first).some((c) => c === 'title' || c === 'rank');
      const rolesOnly = !titledInRun && base.slice(0, coreFirst - first).some((c) => c === 'role');
      const titled =
        titledInRun ||
        titleBefore(words, runFirst, ranksOf[ctx.language]) ||
        (before !== undefined && (titles.has(before.norm) || ranksOf[ctx.language].has(before.norm))) ||
        [2, 3].some((n) => {
          const w = wordBefore(words, runFirst - n + 1, 2);
          return w !== undefined && titles.has(w.norm);
        });
      const spoken = isSpeechVerb(wordBefore(words, runFirst)) || isSpeechVerb(words[coreLast + 1]) || marksAgent(words[runFirst - 1]);
      let evidence = known || titled ? 1 : spoken ? 0.9 : rolesOnly ? 0.4 : core.length >= 2 ? 0.8 : 0.5;
      // One capitalised word opening a sentence is a name only with something else saying so
      // ("Hal ini …" is not; "Darmawan secara resmi …" is when Darmawan is named elsewhere).
      if (coreFirst === first && words[first]!.initial && core.length === 1 && !known && !titled && !spoken) {
        if (!ctx.capitalised.has(words[first]!.norm)) continue;
        evidence = Math.min(evidence, 0.5);
      }
      if (asked > 0) evidence *= 0.7;
      // One name word after "di", "ke", "dari" is more likely a place ("di Lorem").
      const locative = wordBefore(words, runFirst, 0);
      if (core.length === 1 && !known && !titled && locative && locatives.has(locative.norm)) evidence *= 0.5;
      spans.push({ first: spanFirst, last: coreLast, kind: rolesOnly && !known && !titled ? 'organisation' : 'person', evidence });
      continue;
    }
    // No name: an organisation if it has an organisation word or an acronym ("Dewan Kota Lorem", "KPU").
    let orgFirst = first;
    let orgLast = runLast;
    while (orgFirst <= orgLast && (cls(orgFirst) === 'question' || cls(orgFirst) === 'title' || words[orgFirst]!.mark)) orgFirst++;
    while (orgLast >= orgFirst && (cls(orgLast) === 'question' || cls(orgLast) === 'other' || words[orgLast]!.mark)) orgLast--;
    if (orgFirst > orgLast) continue;
    const inner = classes.slice(orgFirst - first, orgLast - first + 1);
    // An organisation the question names, even in part, is not its answer ("Lorem …" for "Lorem").
    if (classes.includes('question') || (inner.includes('other') && !inner.includes('organisation'))) continue;
    if (!inner.includes('organisation') && !inner.includes('acronym')) continue;
    if (words.slice(orgFirst, orgLast + 1).every((w) => overlaps(w, ctx.notNames) || w.mark)) continue;
    spans.push({ first: orgFirst, last: orgLast, kind: 'organisation', evidence: 0.5 });
  }
  return joinPairs(words, spans);
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
    return between.length > 0 && between.length <= 2 && between.every((w) => w.text === ',' || connectors.has(w.norm));
  };
  let lo = i;
  let hi = i;
  while (lo > 0 && joined(people[lo - 1]!, people[lo]!)) lo--;
  while (hi + 1 < people.length && joined(people[hi]!, people[hi + 1]!)) hi++;
  return { first: people[lo]!.first, last: people[hi]!.last };
}
