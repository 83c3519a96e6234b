// What kind of word a word is, according to the language tables of both languages (articles and
// questions mix them): a title, a role word, a speech verb, a function word … Read by the
// extractors, the question reader and the answerers alike.
import { allTables } from '../lang/index.js';
import { gazetteer } from '../lang/places.js';
import { fold } from './normalize.js';
import { PhraseSet } from './phrases.js';
import type { Word } from './words.js';

const lower = (list: readonly string[]): Set<string> => new Set(list.map((s) => fold(s)));
const nameWords = allTables.flatMap((t) => (t.nameWords ? [t.nameWords] : []));
const quoteWords = allTables.flatMap((t) => (t.quoteWords ? [t.quoteWords] : []));
const oneWordPronounVerbs = allTables.flatMap((t) => t.pronounSpeechVerbs.filter((v) => !v.includes(' ')));
const answerWords = allTables.flatMap((t) => (t.answerWords ? [t.answerWords] : []));
const stopWords = lower(allTables.flatMap((t) => t.stopWords));

export const lexicon = {
  titles: new PhraseSet(allTables.flatMap((t) => t.titles)),
  /** Every word of a title ("menteri", "luar", "negeri" of "menteri luar negeri"): a question holding one asks about a role. */
  titleWords: lower(allTables.flatMap((t) => t.titles.flatMap((title) => title.split(' ')))),
  /** One-word titles, with those a speaker's role writes in lower case ("drh", "hakim"): they stand before a name, never in it. */
  speakerTitles: lower([...allTables.flatMap((t) => t.titles), ...quoteWords.flatMap((q) => q.titles ?? [])].filter((w) => !w.includes(' '))),
  speechVerbs: new PhraseSet([...allTables.flatMap((t) => t.speechVerbs), ...oneWordPronounVerbs]),
  /** One-word speech verbs that carry their own speaker ("katanya", "menurutnya"): the name before them is not the one speaking. */
  pronounSpeechVerbs: lower(oneWordPronounVerbs),
  /** A title's one-word short form and the words it stands for ("menlu" → "menteri luar negeri", "pm" → "prime minister"). */
  shortTitleForms: new Map(
    quoteWords.flatMap((q) =>
      (q.titleForms ?? []).flatMap((forms) =>
        forms
          .filter((f) => !f.includes(' '))
          // "chancellor of the exchequer" is no spelling out of "chancellor": a longer title holding the word.
          .map((short) => [fold(short), forms.filter((f) => f.includes(' ') && !f.split(' ').includes(short))] as const)
          .filter(([, long]) => long.length > 0),
      ),
    ),
  ),
  accordingTo: new PhraseSet([...allTables.flatMap((t) => t.relayPhrases), ...quoteWords.flatMap((q) => q.accordingTo)]),
  stopWords,
  pronouns: lower(quoteWords.flatMap((q) => q.pronouns)),
  fillers: lower(quoteWords.flatMap((q) => q.fillers)),
  particles: lower(quoteWords.flatMap((q) => q.nameParticles)),
  determiners: lower(quoteWords.flatMap((q) => q.determiners)),
  calendar: lower(allTables.flatMap((t) => [...Object.keys(t.months), ...Object.keys(t.weekdays)])),
  roleWords: lower(nameWords.flatMap((n) => n.roleWords)),
  roleAffixes: nameWords.flatMap((n) => n.roleAffixes),
  connectors: lower(nameWords.flatMap((n) => n.connectors)),
  organisationWords: new PhraseSet(nameWords.flatMap((n) => n.organisationWords)),
  organisationSuffixes: lower(nameWords.flatMap((n) => n.organisationSuffixes ?? [])),
  lawWords: lower(nameWords.flatMap((n) => n.lawWords ?? [])),
  deceasedMarkers: lower(nameWords.flatMap((n) => n.deceasedMarkers ?? [])),
  placeWords: new PhraseSet(nameWords.flatMap((n) => n.placeWords)),
  namedEventWords: new PhraseSet(nameWords.flatMap((n) => n.namedEventWords ?? [])),
  polityWords: lower(nameWords.flatMap((n) => n.polityWords ?? [])),
  locatives: lower(nameWords.flatMap((n) => n.locatives)),
  boundLocatives: lower(nameWords.flatMap((n) => n.boundLocatives ?? [])),
  leadWords: lower(nameWords.flatMap((n) => n.leadWords)),
  compass: lower(nameWords.flatMap((n) => n.compass)),
  sideWords: lower(nameWords.flatMap((n) => n.sideWords ?? [])),
  listIntroducers: new PhraseSet(nameWords.flatMap((n) => n.listIntroducers ?? [])),
  exampleWords: new PhraseSet(nameWords.flatMap((n) => n.exampleWords ?? [])),
  listJoiners: lower(nameWords.flatMap((n) => n.listJoiners ?? [])),
  instruments: lower(nameWords.flatMap((n) => n.instruments ?? [])),
  placePredicates: lower(nameWords.flatMap((n) => n.placePredicates ?? [])),
  /** Possessive suffixes ("nya"): "drummernya <Name>" is a title before a name. */
  possessives: [...lower(quoteWords.flatMap((q) => q.possessives ?? []))],
  playsOn: lower(nameWords.flatMap((n) => n.playsOn ?? [])),
  peopleWords: lower(nameWords.flatMap((n) => n.peopleWords ?? [])),
  companionWords: lower(nameWords.flatMap((n) => n.companionWords ?? [])),
  withWords: lower(nameWords.flatMap((n) => n.withWords ?? [])),
  playsAs: lower(nameWords.flatMap((n) => n.playsAs ?? [])),
  characterWords: lower(nameWords.flatMap((n) => n.characterWords ?? [])),
  subjectAdverbs: new PhraseSet(nameWords.flatMap((n) => n.subjectAdverbs ?? [])),
  playsIn: lower(nameWords.flatMap((n) => n.playsIn ?? [])),
  namingWords: lower(nameWords.flatMap((n) => n.namingWords ?? [])),
  callingVerbs: lower(nameWords.flatMap((n) => n.callingVerbs ?? [])),
  recipientVerbs: lower(nameWords.flatMap((n) => n.recipientVerbs ?? [])),
  doerPassiveEnds: nameWords.flatMap((n) => n.doerPassiveEnds ?? []),
  titlesInName: lower(nameWords.flatMap((n) => n.titlesInName ?? [])),
  balineseNameWords: lower(nameWords.flatMap((n) => n.balineseNameWords ?? [])),
  ageWords: lower(nameWords.flatMap((n) => n.ageWords ?? [])),
  memberWords: lower(nameWords.flatMap((n) => n.memberWords ?? [])),
  ownerWords: lower(nameWords.flatMap((n) => n.ownerWords ?? [])),
  clubPrefixes: [...lower(nameWords.flatMap((n) => n.clubPrefixes ?? []))],
  thingClassifiers: lower(nameWords.flatMap((n) => n.thingClassifiers ?? [])),
  teamCues: new PhraseSet(nameWords.flatMap((n) => n.teamCues ?? [])),
  placeMarkers: lower(nameWords.flatMap((n) => n.placeMarkers)),
  thingWords: new PhraseSet(nameWords.flatMap((n) => n.thingWords)),
  honorifics: lower(nameWords.flatMap((n) => n.honorifics)),
  titlePrefixes: lower(nameWords.flatMap((n) => n.titlePrefixes)),
  bodyAcronyms: lower(nameWords.flatMap((n) => n.bodyAcronyms ?? [])),
  nameSuffixes: lower(nameWords.flatMap((n) => n.nameSuffixes)),
  commonNouns: lower(nameWords.flatMap((n) => n.commonNouns)),
  personMarkers: lower(nameWords.flatMap((n) => n.personMarkers)),
  personPredicates: new PhraseSet(nameWords.flatMap((n) => n.personPredicates)),
  predicates: lower(nameWords.flatMap((n) => n.predicates)),
  verbPrefixes: nameWords.flatMap((n) => n.verbPrefixes),
  demonyms: new Set(gazetteer.flatMap((g) => g.demonyms)),
  /** Particles inside a name ("bin", "van"); one that is also a function word ("di") joins no name. */
  nameParticles: new Set([...lower(quoteWords.flatMap((q) => q.nameParticles))].filter((p) => !stopWords.has(p))),
  /** Role words and words for a kind of place: never a person's name. */
  roleOrPlaceWords: lower(nameWords.flatMap((n) => [...n.roleWords, ...n.placeWords])),
  personalPronouns: lower(answerWords.flatMap((a) => a.personalPronouns)),
  /** Function words ("our", "the", "kami"): a capital at a sentence's start makes none of them a name. */
  functionWords: lower([
    ...allTables.flatMap((t) => t.stopWords),
    ...answerWords.flatMap((a) => a.personalPronouns),
    ...nameWords.flatMap((n) => n.workTitleWords ?? []),
  ]),
  agentMarkers: lower(answerWords.flatMap((a) => a.agentMarkers)),
  /** Numbers and amounts written as words ("dua", "ratusan", "thousands"); not "a"/"an", nor the question's own "berapa". */
  countWords: lower(
    allTables.flatMap((t) => (t.dateWords ? [...Object.keys(t.dateWords.numbers), ...t.dateWords.quantifiers] : [])).filter((w) => w.length > 2 && w !== 'berapa'),
  ),
  /** Words that count one of the noun right after them ("seorang pilot", "a pilot", "a single pilot"). */
  oneOf: lower(allTables.flatMap((t) => t.dateWords?.oneOf ?? [])),
  passivePrefixes: answerWords.flatMap((a) => a.passivePrefixes),
  /** Words for a relative ("ayah", "istri"; "father", "wife"). */
  kinWords: lower(answerWords.flatMap((a) => a.kinWords ?? [])),
  /** Titles of a regional unit's head ("kapolda", "pangdam"): the capitalised words after one name the region. */
  regionalHeads: lower(allTables.flatMap((t) => t.regionalHeads ?? [])),
  caseTitles: lower(allTables.flatMap((t) => t.caseTitles ?? [])),
  /** Armed forces and police written after a rank or a title ("tni", "polri"): the office's, not the rank's. */
  forces: lower(allTables.flatMap((t) => t.forces ?? [])),
  /** Ranks of one word ("akbp", "kombes", "jenderal"): how a holder is addressed, never the office nor a body. */
  rankWords: lower(answerWords.flatMap((a) => a.ranks).filter((r) => !r.includes(' '))),
  /** One-word plural markers ("para"): what follows is a group of people. */
  pluralWords: lower(answerWords.flatMap((a) => a.pluralWords).filter((w) => !w.includes(' '))),
  beForms: lower(answerWords.flatMap((a) => a.beForms ?? [])),
  passiveAuxiliaries: lower(answerWords.flatMap((a) => a.passiveAuxiliaries ?? [])),
  betweenDoerAndVerb: lower(answerWords.flatMap((a) => a.betweenDoerAndVerb ?? [])),
  /** Adjectives of a faith or a people ("katolik", "yahudi"; "catholic"). */
  peopleAdjectives: lower(answerWords.flatMap((a) => a.peopleAdjectives ?? [])),
};

/**
 * A word ending in a particle or possessive ("Katanya", "Inilah", "Apakah"): a common word when it opens a sentence.
 * The stem must be a word of three letters or more ("Sonya" is a name), and "…llah" is a name ("Abdullah", "Fadlillah").
 */
export function hasParticleSuffix(lowerWord: string, suffixes: readonly string[] = ['nya', 'lah', 'kah']): boolean {
  if (/llah$/.test(lowerWord)) return false;
  return suffixes.some((s) => lowerWord.endsWith(s) && lowerWord.length >= s.length + 3);
}

/** A common noun by its affixes: "Perekonomian", "Kepolisian", "Department". */
export function hasRoleAffix(lowerWord: string): boolean {
  if (lowerWord.length < 7) return false;
  // A suffix alone is weaker evidence than a prefix and a suffix: it needs a stem of four letters
  // ("Government", "Department"), so a name like "Clement" is no role.
  return lexicon.roleAffixes.some(([pre, suf]) => lowerWord.startsWith(pre) && lowerWord.endsWith(suf) && lowerWord.length > pre.length + suf.length + (pre === '' ? 3 : 2));
}

/**
 * Words of the title starting at words[i] (0 if none, none past `end`): a title of the tables, or one
 * joined to a prefix by a hyphen ("co-chairman", "ex-chief").
 */
export function titleLength(words: readonly Word[], i: number, end = words.length - 1): number {
  const n = lexicon.titles.matchAt(words, i, end);
  if (n > 0) return n;
  const w = words[i];
  if (w === undefined || w.mark) return 0;
  if (lexicon.honorifics.has(w.norm)) return 1;
  const dash = w.norm.indexOf('-');
  return dash > 0 && lexicon.titlePrefixes.has(w.norm.slice(0, dash)) && lexicon.titles.has(w.norm.slice(dash + 1)) ? 1 : 0;
}

/** A lower-case active verb by its prefix ("mendirikan", "bergabung"), not a title or a role word ("menteri"). */
export function isActiveVerb(w: Word): boolean {
  if (w.mark || w.cap || w.norm.length < 6 || lexicon.titles.has(w.norm) || lexicon.roleWords.has(w.norm) || lexicon.stopWords.has(w.norm)) return false;
  return lexicon.verbPrefixes.some((p) => w.norm.startsWith(p));
}

/** A word that belongs in a role or an institution's name, never in a person's name. */
export function isRoleWord(w: Word): boolean {
  return (
    lexicon.roleWords.has(w.norm) ||
    lexicon.titles.has(w.norm) ||
    hasRoleAffix(w.norm) ||
    lexicon.demonyms.has(w.text) ||
    w.acronym ||
    /^[IVX]+$/.test(w.text)
  );
}

/** Never part of a name: function words, pronouns, calendar words, speech verbs. */
export function isFunctionWord(w: Word): boolean {
  return isFunctionNorm(w.norm);
}

/** The same test of a normalised word alone (a question's word, which is no word of a text). */
export function isFunctionNorm(norm: string): boolean {
  return (
    lexicon.stopWords.has(norm) ||
    lexicon.pronouns.has(norm) ||
    lexicon.leadWords.has(norm) ||
    lexicon.calendar.has(norm) ||
    lexicon.speechVerbs.has(norm) ||
    lexicon.connectors.has(norm)
  );
}
