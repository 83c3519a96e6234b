// The one place where a name is decided. Every run of capitalised words of an article is read once,
// each word classed as a name word, an initial, a rank, a title, a role word, an organisation word,
// an acronym or something else ("Menteri Luar Negeri <Country> <Given> <Family>" → t l l x n n),
// and every word inside a known place, an outlet, a demonym, the dateline, a run standing where
// only a place or a thing can stand ("di …", "desa …", "band …") or the region of a head's title
// (head-regions.ts) is marked as never a person. People (people.ts) are the name words this finds,
// kept where a cue says they are a person's; the answerers cut who-answers from the same runs
// (NameRun, spelled by name-runs.ts; answer/name-answers.ts). name-blocks.ts cuts a person's name from the classes.
import { tables } from '../lang/index.js';
import { givenNamesOnlyIn } from '../lang/given-names.js';
import { hasRoleAffix, isActiveVerb, isFunctionWord, lexicon, titleLength } from '../text/lexicon.js';
import { PhraseSet } from '../text/phrases.js';
import { fold } from '../text/normalize.js';
import { paragraphWords, type ParagraphWord as Word } from '../text/words.js';
import type { Article, Language, Place } from '../types.js';
import { casingOf, commonOpener, foreignWorkTitle, stopWordsOf, isCapitalised, knownSpansOf, listGoesOn, placeOrThingBefore, residentsBefore, schoolYears, type Casing, type Span } from './name-context.js';
import { foreignPlaceWordAsSurname, foreignPlaceWordOpening, placeKindAsSurname, placeNamedHolder } from './place-word-names.js';
import { capitalInitials, initialsOrAcronyms, isRoman } from './initials.js';
import type { WordClass } from './word-classes.js';
import { brandShaped, learnThingNames } from './thing-names.js';
import { learnHeadRegions } from './head-regions.js';
import { namesNoOne, roleGoesOn } from './no-one-runs.js';

export { datelineEnd, wordBefore } from './name-context.js';
export { WORD_CLASSES, type WordClass } from './word-classes.js';

// Ranks by the article's language: Indonesian "Mayor" is a rank, English "Mayor" a job.
export const ranksOf: Readonly<Record<Language, PhraseSet>> = {
  id: new PhraseSet(tables.id.answerWords?.ranks ?? []),
  en: new PhraseSet(tables.en.answerWords?.ranks ?? []),
};
const { nameParticles: particles } = lexicon;
// Connectors by the article's language: a capitalised "Dan" inside an English sentence is a given name, not "and".
const connectorsOf: Readonly<Record<Language, ReadonlySet<string>>> = {
  id: new Set((tables.id.nameWords?.connectors ?? []).map(fold)),
  en: new Set((tables.en.nameWords?.connectors ?? []).map(fold)),
};
const ownGivenNames: Readonly<Record<Language, ReadonlySet<string>>> = { id: new Set(givenNamesOnlyIn.id.map(fold)), en: new Set(givenNamesOnlyIn.en.map(fold)) };
/** A run of capitalised words, classed from its first word that may name someone. */
export interface ClassedRun {
  /** First and last word of the run. */
  readonly runFirst: number;
  readonly runLast: number;
  /** Its first word after common words opening the sentence ("Rupanya", "Sementara"). */
  readonly first: number;
}

/** One paragraph as the recogniser read it. Word indexes count the words of text/words.ts `paragraphWords`. */
export interface ReadParagraph {
  readonly n: number;
  readonly text: string;
  readonly words: readonly Word[];
  readonly runs: readonly ClassedRun[];
  /** The class of each word from a run's `first` to its last word; undefined elsewhere. */
  readonly classes: readonly (WordClass | undefined)[];
  /** Words that are never a person: a known place, outlet, demonym, the dateline, a place the article names, a run after "di". */
  readonly known: readonly boolean[];
}

/** An article as the recogniser read it. */
export interface ReadNames {
  readonly paragraphs: readonly ReadParagraph[];
  /** Lower-case and capitalised words of the whole article. */
  readonly casing: Casing;
  readonly language: Language;
}

const overlaps = (w: Word, spans: readonly Span[]): boolean => spans.some((s) => w.start < s.end && w.end > s.start);

/** Runs of capitalised words: [first, last] word indexes. Particles and initials' dots join a run. */
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
      } else if (!w.mark && particles.has(w.norm) && next && !next.mark && particles.has(next.norm) && words[j + 2] && isCapitalised(words[j + 2]!)) {
        // "Willem van de Velde", "Johannes van den Bosch": two particles
        j++;
      } else break;
      j++;
    }
    runs.push([i, last]);
    i = last + 1;
  }
  return runs;
}

/** An Indonesian stop word opening a sentence of an English article: "Dan <Surname>" there is a given name (Indonesian articles quote English, so not the other way). */
const otherLanguageOnly = (w: Word, language: Language): boolean =>
  language === 'en' && w.initial && stopWordsOf.id.has(w.norm) && !stopWordsOf.en.has(w.norm) && !connectorsOf.en.has(w.norm) &&
  !lexicon.pronouns.has(w.norm) && !lexicon.leadWords.has(w.norm) && !lexicon.calendar.has(w.norm) && !lexicon.speechVerbs.has(w.norm);

/** The class of one word of a run, before the rules that look at its neighbours. */
function wordClass(w: Word, known: boolean, language: Language): WordClass {
  const parts = w.norm.split('-');
  if (known || lexicon.calendar.has(w.norm)) return 'other';
  // "Tim Cook" in English text: a given name there, though the other language's word for a team.
  if (ownGivenNames[language].has(w.norm)) return 'name';
  // A word shaped like a brand's ("PayPal", thing-names.ts) is a body's name, as a word for one is.
  if (parts.some((p) => lexicon.organisationWords.has(p)) || lexicon.organisationSuffixes.has(w.norm) || brandShaped(w.text)) return 'organisation';
  if (parts.some((p) => lexicon.roleOrPlaceWords.has(p) || lexicon.titles.has(p) || hasRoleAffix(p))) return 'role';
  if (/\p{N}/u.test(w.text)) return 'other';
  if (/^[\p{Lu}\p{N}]{2,}$/u.test(w.text) && !isRoman(w.text)) return w.text.length <= 2 ? 'initial' : 'acronym';
  if (/^\p{Lu}$/u.test(w.text) || isRoman(w.text)) return 'initial';
  // A capitalised function word is one only where it opens a sentence or joins ("Dan"); inside a name it is a name ("… Dong").
  if (lexicon.personalPronouns.has(w.norm) || (isFunctionWord(w) && !lexicon.honorifics.has(w.norm) && (w.initial || connectorsOf[language].has(w.norm)) && !otherLanguageOnly(w, language))) return 'other';
  if (lexicon.nameSuffixes.has(w.norm)) return 'initial';
  if (lexicon.commonNouns.has(w.norm) || lexicon.instruments.has(w.norm)) return 'other';
  return 'name';
}

/** What each word of words[first..last] is. */
function classify(words: readonly Word[], first: number, last: number, language: Language, known: readonly boolean[]): WordClass[] {
  const classes: WordClass[] = [];
  for (let i = first; i <= last; i++) {
    const w = words[i]!;
    if (w.mark || particles.has(w.norm)) {
      classes.push('initial');
      continue;
    }
    const r = ranksOf[language].matchAt(words, i, last);
    if (r > 0 && !known[i] && !(/^\p{Lu}$/u.test(w.text) && classes.at(-1) === 'name')) { // "<Name> H. <Name>": an initial, not Haji
      for (let k = 0; k < r; k++) classes.push('rank');
      i += r - 1;
      continue;
    }
    const ti = titleLength(words, i, last);
    if (ti === 1 && !known[i] && capitalInitials(words, i, last, language)) {
      classes.push('initial');
      continue;
    }
    if (ti > 0 && !known[i]) {
      for (let k = 0; k < ti; k++) classes.push('title');
      i += ti - 1;
      continue;
    }
    // "I Made …", "Ni Luh …": the Balinese name's first word.
    const balinese = (w.text === 'I' || w.text === 'Ni') && i < last && lexicon.balineseNameWords.has(words[i + 1]!.norm);
    classes.push(balinese || (i === first && !known[i] && foreignPlaceWordOpening(w, language)) ? 'name' : wordClass(w, known[i]!, language));
  }
  // A title ends no name: one after a name word is a name word itself ("… Hakim", "… Bishop"), so is one after a name
  // particle after a name word ("<Name> al Hakim", "<Name> bin Sultan"); not one whose role goes on in lower case ("<Name> Sekretaris desa <Name>").
  const afterParticle = (k: number): boolean => k > 1 && particles.has(words[first + k - 1]!.norm) && !words[first + k - 1]!.cap && classes[k - 2] === 'name';
  for (let k = classes.length - 1; k > 0 && (classes[k] === 'title' || classes[k] === 'rank') && !roleGoesOn(words, first + k, last); k--) {
    if (classes[k - 1] === 'name' || afterParticle(k)) {
      for (let j = k; j < classes.length; j++) classes[j] = 'name';
      break;
    }
  }
  // "Jun Ishikawa", "Geum Jan Di", "Jan van <Name>": a short month's name between or before name words, with no number beside it, is a name word.
  const besideNumber = (i: number): boolean => [words[i - 1], words[i + 1]].some((x) => x !== undefined && /^\p{N}/u.test(x.text));
  classes.forEach((c, k) => {
    const nameNext = classes[k + 1] === 'name' || (particles.has(words[first + k + 1]?.norm ?? '') && classes[k + 2] === 'name');
    if (c === 'other' && nameNext && !known[first + k] && words[first + k]!.norm.length <= 3 && lexicon.calendar.has(words[first + k]!.norm) && !besideNumber(first + k)) classes[k] = 'name';
  });
  hyphenatedGivenNames(words, classes, first, known);
  initialsOrAcronyms(words, classes, first, language);
  placeKindAsSurname(words, classes, first, last, language);
  foreignPlaceWordAsSurname(words, classes, first, last, language);
  return classes;
}

/**
 * "Park Min-jae", "Kim Yo-jong", "Park Sang-woo": a short family name written first, then a given name of the East Asian
 * hyphenated shape (two short parts, not a doubled word like "Anak-anak"), is a name whole, though the family name may
 * be a place's word ("Park") or a part of the given name a title ("Sang").
 */
function hyphenatedGivenNames(words: readonly Word[], classes: WordClass[], first: number, known: readonly boolean[]): void {
  const nameOrRole = (k: number): boolean => (classes[k] === 'name' || classes[k] === 'role') && !known[first + k];
  for (let k = 0; k + 1 < classes.length; k++) {
    const [family, given] = [words[first + k]!, words[first + k + 1]!];
    const parts = /^(\p{Lu}\p{Ll}{1,4})-(\p{Ll}{2,5})$/u.exec(given.text);
    if (!parts || fold(parts[1]!) === parts[2] || !/^\p{Lu}\p{Ll}{1,4}$/u.test(family.text) || !nameOrRole(k) || !nameOrRole(k + 1)) continue;
    classes[k] = 'name';
    classes[k + 1] = 'name';
  }
}

function readParagraph(article: Article, paragraph: number, places: readonly Place[], casing: Casing): ReadParagraph {
  const p = article.paragraphs[paragraph - 1]!;
  const words = paragraphWords(p);
  const spans = knownSpansOf(p.text, paragraph, places);
  const known = words.map((w) => overlaps(w, spans));
  const classes: (WordClass | undefined)[] = words.map(() => undefined);
  const runs: ClassedRun[] = [];
  let thingEnd = -1;
  for (const [runFirst, runLast] of capitalisedRuns(words)) {
    let first = runFirst;
    // Common words opening a sentence are not a name, nor a level of school after a word of time ("Sejak SMP <Name> …").
    while (first <= runLast && (commonOpener(words[first]!, casing, article.meta.language) || words[first]!.mark || schoolYears(words, first))) first++;
    if (first > runLast) continue;
    if (namesNoOne(words, first, runLast)) for (let i = first; i <= runLast; i++) known[i] = true; // "tokoh Katolik", "Marxisme"
    let runClasses = classify(words, first, runLast, article.meta.language, known);
    placeNamedHolder(words, runClasses, first, runLast, known, article.meta.language);
    // After "di", "desa", "band" …: a place's or a thing's name, unless it names an organisation or a titled person.
    // A function word of another language in or before the run makes it a work's title ("… Is Dead"); so are the next members of a list of things ("band seperti <A>, <B>").
    // "Di <Place>, …", "Dari <Place> …", "Warga <Village> …": a locative or a word for residents opening the sentence says so too.
    const opener = words[first - 1];
    const possessive = /['’]s$/u.test(words[runLast]!.text) || /^['’]s?$/u.test(words[runLast + 1]?.text ?? ''); // "In <Name>'s view"
    const locativeOpener = first === runFirst + 1 && opener !== undefined && ((opener.initial && lexicon.placeMarkers.has(opener.norm) && !possessive) || residentsBefore(words, first));
    const thingBefore = (first === runFirst && placeOrThingBefore(words, runFirst, article.meta.language)) || locativeOpener || listGoesOn(words, thingEnd, runFirst);
    if (foreignWorkTitle(words, first, runFirst, runLast, article.meta.language) || (thingBefore && runClasses.every((c) => c === 'name' || c === 'initial' || c === 'role' || c === 'other'))) {
      // "di <Place> <Name> aktif …", "ke <Place> <Name> membuka …": one name word after a known place, before a person's act, is the sentence's subject.
      const after = words[runLast + 1];
      const subject = runLast > first && known[runLast - 1]! && !known[runLast] && runClasses.at(-1) === 'name' && after !== undefined && !after.cap && !after.mark && (isActiveVerb(after) || lexicon.predicates.has(after.norm));
      thingEnd = subject ? runLast - 1 : runLast;
      for (let i = runFirst; i <= thingEnd; i++) known[i] = true;
      runClasses = runClasses.map((c, k) => (first + k <= thingEnd ? 'other' : c));
    }
    runClasses.forEach((c, k) => (classes[first + k] = c));
    runs.push({ runFirst, runLast, first });
  }
  return { n: paragraph, text: p.text, words, runs, classes, known };
}

/** The length of the block of name words starting at word i of a run. */
function nameWordsFrom(p: ReadParagraph, i: number, last: number): number {
  let k = i;
  while (k <= last && p.classes[k] === 'name') k++;
  return k - i;
}

/**
 * One-word names of organisations, learnt from the article: the name word right after a word for an
 * organisation, when it ends the run ("Partai Lorem") or three or more name words follow the word for
 * the organisation ("Partai Lorem Budi Santoso"). Elsewhere in the article that word, before another
 * name word or closing a role, is the organisation's too ("Sekjen Lorem Budi Santoso").
 */
function learnOrganisationNames(paragraphs: readonly ReadParagraph[]): void {
  const learnt = new Set<string>();
  for (const p of paragraphs) {
    for (const { first, runLast } of p.runs) {
      for (let i = first; i < runLast; i++) {
        // "PT Lorem Tbk <Name>": a suffix ends the company's name; the name after it is no part of it.
        if (p.classes[i] !== 'organisation' || p.classes[i + 1] !== 'name' || lexicon.organisationSuffixes.has(p.words[i]!.norm)) continue;
        const n = nameWordsFrom(p, i + 1, runLast);
        if ((n === 1 && i + 1 === runLast) || n >= 3) learnt.add(p.words[i + 1]!.norm);
      }
    }
  }
  if (learnt.size === 0) return;
  for (const p of paragraphs) {
    const classes = p.classes as (WordClass | undefined)[];
    for (const { first, runLast } of p.runs) {
      for (let i = first; i <= runLast; i++) {
        if (classes[i] !== 'name' || !learnt.has(p.words[i]!.norm)) continue;
        const before = classes[i - 1];
        const closesRole = i === runLast && (before === 'title' || before === 'organisation' || before === 'role');
        if (classes[i + 1] === 'name' || closesRole) classes[i] = 'organisation';
      }
    }
  }
}

/** Read every capitalised run of an article (with the places it names, when they are known). */
export function readNames(article: Article, places: readonly Place[] = []): ReadNames {
  const casing = casingOf(article.paragraphs.map((p) => paragraphWords(p)), article.meta.language);
  const paragraphs = article.paragraphs.map((p) => readParagraph(article, p.n, places, casing));
  learnThingNames(paragraphs);
  learnHeadRegions(paragraphs);
  learnOrganisationNames(paragraphs);
  return { paragraphs, casing, language: article.meta.language };
}
