// Does a passage say what a question says? An answer is given only where it does: every content
// word of the question is found in the answer's sentence or the sentence before it — as written,
// affixed, misspelt, or as a word of the same concept from the language tables ("didirikan" ~
// "berdiri", "born" ~ "lahir") — and every name the question types is found in the paragraph (a
// long name may lose a part: "Robert Kevin Rose" is the passage's "Kevin Rose"). A negated question
// needs a negation there too. Words that only frame a question ("letak", "nama", "located") and the
// first of an ordinal ("pertama kali") need no support. What is missing is reported, so that the
// refusal can say what the passage does not.
import { allTables } from '../lang/index.js';
import { writtenNumber } from '../text/numbers.js';
import { addressesSomeone, type NameRun, type QuestionFocus } from '../query/focus.js';
import { affixedForm, alternativesOf, exclusionWords, frameWords, impliedOrdinals, laterOrdinals, lightVerbs, oppositesOf, otherInstances, personWords, roleConceptWords, roleModifiers, tableWordOf, wordKind } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { earlierAtAnswer, opposedAtAnswer, opposedBeside, otherInSlot, otherInstanceAtAnswer, otherNamesAtAnswer, otherOrdinals } from './agreement.js';
import { beginningToldOtherwise } from './beginnings.js';
import { supportedDespite, type Gap } from './gaps.js';
import { numberWordsSaid } from './number-phrases.js';
import { ownEvent, pastVerb, verbShaped } from './own-event.js';
import { reportedAtAnswer } from './reported.js';
import { namesBack } from './relatives.js';
import { baseAtAnswer } from './base-place.js';
import { rootWritten } from './roots.js';
import { namesSupported } from './support-names.js';
import { shortenedWords } from './acronyms.js';
import { referencesTo, type Reference } from './subject-references.js';
import { kindOfNameSaid } from './kind-nouns.js';
import { dropTopics } from './topic-words.js';
import { fieldsApart } from './title-field.js';
import { otherClauseEvent } from './date-clause.js';
import { titleAddresses } from './title-address.js';
import { ordinalOutOfPlace } from './ordinal-place.js';
import { deniedElsewhere, negatesAQuestionWord } from './negation.js';
import { joinedInWindow, ordinalOrRoman, writtenOtherwise } from './variants.js';
import { outside, partsOfWord, sameOrTypo, says, windowOf, writesPhrase } from './written.js';

export { LONG, OMIT_SHARE, SHORT, supportedDespite, type Gap, type GapKind } from './gaps.js';

export interface Support {
  /** The window says what the question says. */
  readonly ok: boolean;
  /** Question words (folded) that neither the window nor, for names, the paragraph holds. */
  readonly missing: readonly string[];
  readonly gaps: readonly Gap[];
  /** Units of the question that need support: each name, each other word past the framing ones. */
  readonly units: number;
  /** The question is negated and the window is not, or the window (or, where the window leaves the word unsaid, the paragraph) negates what the question says. */
  readonly negation: boolean;
  /** Said only with the sentence after the answer's read as well (SupportOptions.after). */
  readonly after?: boolean;
}

export interface SupportOptions {
  /** Question words the answer itself says (a life span answers "lahir"; a span of years "berakhir"). */
  readonly implied?: (term: string) => boolean;
  /** Read the sentence after the answer's as well (a news lead and the sentence that tells what it dates). */
  readonly after?: boolean;
  /** The paragraph's references to the question's names, when the caller has read them (subject-references.ts referencesTo). */
  readonly references?: readonly Reference[];
  readonly topics?: boolean; // in a short question, a plain noun the paragraph writes elsewhere is said (topic-words.ts)
}

/** The names a question sets aside: "Selain X, siapa …?", "Who besides X …?", "Other than X, who …?". */
const excludedRuns = (focus: QuestionFocus): readonly NameRun[] =>
  focus.nameRuns.filter((r) => r.before !== undefined && (exclusionWords.has(r.before) || (r.before === 'than' && focus.terms.includes('other'))));

/** A name set aside is never the answer: the answer's words writing it are a contradiction. */
function excludedAnswer(excluded: readonly NameRun[], words: readonly Word[], first: number, last: number): Gap[] {
  const answer = words.slice(first, last + 1);
  return excluded
    .filter((run) => run.words.some((n) => n.length > 1 && !lexicon.stopWords.has(n) && answer.some((w) => partsOfWord(w).some((p) => sameOrTypo(n, p)))))
    .map((run) => ({ term: run.words.join(' '), kind: 'name', contradicted: true }));
}

/**
 * Question words that a two-word phrase of the tables says together, said by the window in another
 * word of the phrase's concept or one that tells it one way: "wali kota" by "mayor", "luar negeri"
 * by "foreign", "orang tua" by "ayahnya".
 */
function saidAsPhrases(terms: readonly string[], window: readonly Word[], asked: ReadonlySet<string>): ReadonlySet<string> {
  const said = new Set<string>();
  const writes = (phrase: string): boolean => alternativesOf(phrase).some((alt) => writesPhrase(alt, window));
  for (let i = 0; i + 1 < terms.length; i++) if (writes(`${terms[i]} ${terms[i + 1]}`)) said.add(terms[i]!).add(terms[i + 1]!);
  // A phrase opening with a function word the terms leave out ("dalam negeri" ~ "home affairs").
  const functionWords = [...asked].filter((w) => lexicon.stopWords.has(w));
  for (const term of terms) if (functionWords.some((w) => writes(`${w} ${term}`))) said.add(term);
  return said;
}

/**
 * Where the office begins when window[i] writes the title `term` after a word that makes it another
 * office: right before it, or before the role words between ("Calon Wakil Gubernur", "former finance
 * minister"). Undefined when window[i] is not the title, or is the title alone.
 */
function officeStart(term: string, window: readonly Word[], i: number): number | undefined {
  const w = window[i]!;
  if (w.mark || !(w.norm === term || says(term, [w]))) return undefined;
  let j = i - 1;
  for (let k = 0; k < 2 && j > 0 && !window[j]!.mark && !roleModifiers.has(window[j]!.norm) && lexicon.roleWords.has(window[j]!.norm); k++) j--;
  const before = window[j];
  return before !== undefined && !before.mark && roleModifiers.has(before.norm) ? j : undefined;
}

/**
 * Is a title the question asks for ("gubernur") written in the window only as another office, after
 * a word the question does not have ("Calon Wakil Gubernur", "deputy governor", "former minister")?
 */
function modifiedTitle(term: string, window: readonly Word[], focus: QuestionFocus): boolean {
  if (!lexicon.titleWords.has(term)) return false;
  let written = 0;
  for (let i = 0; i < window.length; i++) {
    const w = window[i]!;
    if (w.mark || !(w.norm === term || says(term, [w]))) continue;
    const start = officeStart(term, window, i);
    if (start === undefined || focus.words.has(window[start]!.norm)) return false;
    written++;
  }
  return written > 0;
}

/**
 * Does the passage around the answer (words[first..last] of a paragraph) say what the question
 * says? The answer's own words never count as support.
 */
export function supportOf(focus: QuestionFocus, words: readonly Word[], first: number, last: number, options: SupportOptions = {}): Support {
  const window = windowOf(words, first, last, options.after);
  const paragraph = outside(words, first, last);
  // A sentence opening with a reference to a name the question types ("Pulau ini terletak …") tells of that name there.
  const names = namesSupported(focus, words, first, last, window, options.references ?? referencesTo(words, focus));
  const excluded = excludedRuns(focus);
  const gaps = [...names.gaps, ...excludedAnswer(excluded, words, first, last)];
  let units = names.runs;
  const phrases = saidAsPhrases(focus.terms, window, focus.words);
  // The answer's own sentence (and the one after, when read): where the question's verb must be, unless that sentence points back.
  const own = window.filter((w) => w.sentence >= words[first]!.sentence);
  const joined = joinedInWindow(focus.terms, window);
  // The question's words the window writes shortened ("Menkes"), read once, where a word needs it.
  let short: ReadonlySet<string> | undefined;
  const shortened = (): ReadonlySet<string> => (short ??= shortenedWords(focus.terms, window));
  // A number of several words written in digits, or the other way round ("dua puluh lima" ~ "25"): one unit, said.
  const { words: numbers, count } = numberWordsSaid(focus.terms, window);
  units += count;
  for (const term of focus.terms) {
    // "Pertama" need not be said (what happened is mostly told the first time), unless the passage tells a later one ("terakhir").
    if (impliedOrdinals.has(term)) {
      // Only in the answer's own sentence, and only where the passage does not write the first as well.
      const sentence = words[first]!.sentence;
      const later = !says(term, window) && window.find((w) => w.sentence === sentence && laterOrdinals.has(w.norm) && !focus.words.has(w.norm));
      if (later) {
        units++;
        gaps.push({ term, kind: 'order', contradicted: true, context: false });
      }
      continue;
    }
    // Honorifics and ranks are how the question addresses someone, not what it asks ("Kapan dr. X lahir?").
    if (names.covered.has(term) || frameWords.has(term) || addressesSomeone(focus, term)) continue;
    if (options.implied?.(term) || numbers.has(term)) continue;
    // "Selain X, siapa …?", "Who besides X …?": the passage names X beside the answer; it need not write "besides".
    if ((exclusionWords.has(term) || (term === 'other' && excluded.length > 0)) && focus.nameRuns.length > 0) continue;
    // A misspelt word of the tables is read as the word it misspells ("menmukan", "leteak").
    const read = tableWordOf(term);
    if (frameWords.has(read)) continue;
    // A light verb before the word it is said with ("go missing", "take place"): the passage tells it by that word alone ("hilang").
    if (lightVerbs.has(term) && complementSaid(focus.terms, term, window)) continue;
    units++;
    if (modifiedTitle(term, window, focus)) {
      gaps.push({ term, kind: 'role', contradicted: true, context: false });
      continue;
    }
    // "Kapan X terakhir dirilis?" of a "terakhir" that numbers another thing of the sentence: said nowhere by the answer.
    if (ordinalOutOfPlace(term, focus, words, first, last, window)) {
      gaps.push({ term, kind: 'order', contradicted: false, context: false });
      continue;
    }
    if (saidIn(term, read, window) || phrases.has(term) || numberWrittenOtherwise(term, focus, window)) {
      // Said only in the sentence before, while the answer's sentence tells another event of its own: of another thing.
      if (verbShaped(term, focus) && !saidIn(term, read, own) && !phrases.has(term) && ownEvent(own, focus, words.slice(last + 1), pastVerb(term))) gaps.push({ term, kind: 'event', contradicted: false, context: focus.context.has(term) });
      // A relative's word said only in the sentence before ("… bersama istrinya. Kanselir X …") is another's, unless the answer's points back ("Namanya X").
      else if (lexicon.kinWords.has(term) && !saidIn(term, read, own) && !namesBack(own.filter((w) => w.sentence === words[first]!.sentence))) gaps.push({ term, kind: 'role', contradicted: false, context: false });
      continue;
    }
    // Another form of the word: spelt otherwise, derived, misspelt under a suffix, joined or split ("orangtua"), a title's shortened ("Menkes").
    if (joined.has(term) || writtenOtherwise(term, window) || titleAddresses(focus, term) || shortened().has(term)) continue;
    // Another form of its root or an old spelling ("peraih" ~ "diraih", "penangkapan" ~ "ditangkap", "tjari" ~ "cari").
    if (rootWritten(term, window)) continue;
    // A name written in lower case ("aristoteles") is found like a name: anywhere in the paragraph.
    if (paragraph.some((w) => w.cap && partsOfWord(w).some((p) => sameOrTypo(term, p)))) continue;
    // A word before a name the paragraph writes, saying only what kind it is ("anjing Hachikō"): kind-nouns.ts.
    if (kindOfNameSaid(term, focus, names.gaps, paragraph)) continue;
    gaps.push({ ...gapOf(term, window, focus, paragraph), context: focus.context.has(term) });
  }
  if (options.topics === true) dropTopics(gaps, units, names.runs, focus, paragraph);
  // A thing's beginning, all the passage leaves out, told by another of its beginnings ("Kapan X didirikan?" of "X mulai mengudara pada …").
  if (gaps.length === 1 && gaps[0]!.kind === 'origin' && !gaps[0]!.contradicted && beginningToldOtherwise(gaps[0]!.term, focus, window)) gaps.pop();
  // "Vice president", "wakil ketua", "mantan karakter utama": the window writes the title or the noun alone, another office or one than the one asked.
  for (const [at, gap] of gaps.entries()) {
    const title = focus.terms[focus.terms.indexOf(gap.term) + 1];
    if (!gap.contradicted && roleModifiers.has(gap.term) && title !== undefined && !roleModifiers.has(title) && says(title, window)) gaps[at] = { ...gap, kind: 'role', contradicted: true };
  }
  // The passage tells the opposite event at the answer, writes another ordinal where the question has one, or another of the asked event's kind.
  // An ordinal the answer itself says (the second date of a list) is not told otherwise by another one beside the noun ("putaran pertama").
  const ordinals = otherOrdinals(focus, words, first).filter((t) => options.implied?.(t) !== true);
  for (const term of [...opposedAtAnswer(focus, words, first, last), ...ordinals, ...otherInstanceAtAnswer(focus, words, first), ...earlierAtAnswer(focus, words, first), ...otherInSlot(focus, words, first, last), ...opposedBeside(focus, words, first, last), ...otherClauseEvent(focus, words, first, last)]) {
    const at = gaps.findIndex((g) => g.term === term);
    if (at >= 0) gaps[at] = { ...gaps[at]!, contradicted: true };
    else gaps.push({ ...gapOf(term, window, focus, paragraph), contradicted: true, context: focus.context.has(term) });
  }
  if (numbers.size > 0) for (let at = gaps.length - 1; at >= 0; at--) if (numbers.has(gaps[at]!.term)) gaps.splice(at, 1);
  // "Siapa kepala ekonomi?" of "Ketua Partai X … rencana ekonomi": the office's field written apart from its title is another office.
  for (const term of fieldsApart(focus, window, words)) gaps.push({ term, kind: 'role', contradicted: true, context: false });
  // "When did X die?" of "Y died in 1803", "Siapa yang menembak?" of "X mengatakan pasukan menembak": another did the asked thing.
  for (const term of [...otherNamesAtAnswer(focus, words, first, last), ...reportedAtAnswer(focus, words, first, last)]) gaps.push({ term, kind: 'name', contradicted: true, context: false });
  // "Where will the barrier be built?" of "… a firm based in Leeds": the firm's base, not where it builds.
  for (const term of baseAtAnswer(focus, words, first)) gaps.push({ term, kind: 'event', contradicted: true, context: false });
  // "Di mana pendiri X?", "Where is X's mother?": a person asked where, with no event or place word, is told by no place the passage names.
  const asksWhereSomeoneIs = focus.kind === 'where' && focus.terms.some((t) => personWords.has(t)) && focus.terms.every((t) => names.covered.has(t) || frameWords.has(t) || personWords.has(t) || lexicon.titleWords.has(t));
  if (asksWhereSomeoneIs) gaps.push({ term: focus.terms.find((t) => personWords.has(t))!, kind: 'role', contradicted: false, asked: true });
  // Read with the answer's words in place: "but not EU taxes" negates no "taxes" once "EU" is left out.
  const whole = words.filter((w) => w.sentence >= words[first]!.sentence - 1 && w.sentence <= words[last]!.sentence + (options.after ? 1 : 0));
  // A negation of the asked word elsewhere in the paragraph, where these sentences do not write it: the answer is read from a weaker passage.
  const negation = focus.negated ? !negatesAQuestionWord(focus, whole, true) : negatesAQuestionWord(focus, whole) || deniedElsewhere(focus, words, whole) !== undefined;
  return { ok: supportedDespite(gaps, units, negation), missing: gaps.map((g) => g.term), gaps, units, negation };
}

/** The question word after a light verb, said by the window ("missing" of "go missing", said by "hilang"). */
function complementSaid(terms: readonly string[], verb: string, window: readonly Word[]): boolean {
  const next = terms[terms.indexOf(verb) + 1];
  return next !== undefined && !lightVerbs.has(next) && (says(next, window) || writtenOtherwise(next, window));
}

/** Is a question word (or the table word it misspells, `read`) said in these words? */
const saidIn = (term: string, read: string, words: readonly Word[]): boolean => says(term, words) || (read !== term && says(read, words));

const months = new Set(allTables.flatMap((t) => Object.keys(t.months)));

/** A number of one or two digits, written out ("satu", "one": 1), as an ordinal ("pertama", "first") or a Roman numeral ("II"). */
const numberOf = (norm: string): number | undefined => (/^\d{1,2}$/.test(norm) ? Number(norm) : (writtenNumber(norm) ?? ordinalOrRoman(norm)));

/**
 * Is a number of the question written the other way — in words for digits, in one language for the
 * other — beside the same word ("Formula 1" of "Formula Satu", "Formula one" of "Formula Satu")?
 */
function numberWrittenOtherwise(term: string, focus: QuestionFocus, window: readonly Word[]): boolean {
  const n = numberOf(term);
  if (n === undefined) return false;
  const k = focus.terms.indexOf(term);
  const before = focus.terms[k - 1];
  const after = focus.terms[k + 1];
  const beside = (w: Word | undefined, t: string | undefined): boolean => w !== undefined && t !== undefined && !w.mark && sameOrTypo(t, w.norm);
  return window.some((w, i) => !w.mark && w.norm !== term && numberOf(w.norm) === n && (beside(window[i - 1], before) || beside(window[i + 1], after)));
}
const isYear = (norm: string): boolean => /^(1\d{3}|20\d{2})$/.test(norm);

/** What kind of word the passage leaves unsaid, and whether it says another in its stead. */
function gapOf(term: string, window: readonly Word[], focus: QuestionFocus, paragraph: readonly Word[]): Gap {
  // A year the passage leaves out may be the article's own; a year it writes otherwise is another time.
  if (isYear(term)) return { term, kind: 'year', contradicted: window.some((w) => isYear(w.norm) && w.norm !== term) || (!paragraph.some((w) => w.norm === term) && paragraph.some((w) => isYear(w.norm))) };
  // A month or a day likewise: another one written there is another time.
  if (lexicon.calendar.has(term)) return { term, kind: 'year', contradicted: window.some((w) => lexicon.calendar.has(w.norm) && w.norm !== term && months.has(w.norm) === months.has(term)) };
  const kind = wordKind(term);
  // The relative a question asks of ("Siapa adik X?", "Kapan ibu X meninggal?") is whom it asks about: a passage telling another is no answer.
  const asked = (focus.verbs.has(term) && kind !== 'number' && !lightVerbs.has(term)) || lexicon.kinWords.has(term);
  // The passage writes the opposite where the question's word is missing: "Western" for "Eastern", "barat" for "timur".
  const contradicted = oppositesOf(term).some((o) => window.some((w) => w.norm === o || w.norm === `${o}nya` || w.norm === `${o}s`)) || (kind === 'number' && otherNumberInSlot(term, focus, window));
  return { term, kind: kind === 'other' && focus.verbs.has(term) ? 'event' : kind, contradicted, ...(asked && { asked }) };
}

/**
 * Does the window write another number where the question writes this one, beside the same word
 * ("32nd most liveable" for "22nd most liveable", "Channel 4 documentary" for "Channel 8 …")?
 */
function otherNumberInSlot(term: string, focus: QuestionFocus, window: readonly Word[]): boolean {
  const k = focus.terms.indexOf(term);
  const before = focus.terms[k - 1];
  const after = focus.terms[k + 1];
  return window.some((w, i) => {
    if (w.mark) return false;
    const slot = after !== undefined && sameOrTypo(after, w.norm) ? window[i - 1] : before !== undefined && sameOrTypo(before, w.norm) ? window[i + 1] : undefined;
    return slot !== undefined && !slot.mark && /\p{N}/u.test(slot.norm) && !isYear(slot.norm) && slot.norm !== term;
  });
}

/**
 * The word the passage writes where the question has a gap, verbatim, when one plainly stands there:
 * another event ("dikembangkan" for "ditinggalkan"), another ordinal ("pertama" for "terakhir"),
 * another year. Undefined when none does.
 */
export function contrastFor(gap: Gap, focus: QuestionFocus, words: readonly Word[], first: number, last: number): string | undefined {
  // Another office: the title as the passage writes it, with the word that makes it another ("Wakil Gubernur").
  if (gap.kind === 'role' && gap.contradicted) {
    const window = windowOf(words, first, last);
    for (let i = 0; i < window.length; i++) {
      const start = officeStart(gap.term, window, i);
      if (start !== undefined) return window.slice(start, i + 1).map((w) => w.text).join(' ');
    }
  }
  // Another of its kind: the words as the passage writes them ("banjir serupa", "previous offer").
  if (gap.contradicted) {
    const window = windowOf(words, first, last);
    for (let i = 0; i < window.length; i++) {
      const w = window[i]!;
      if (w.mark || !(w.norm === gap.term || affixedForm(gap.term, w.norm))) continue;
      const next = window[i + 1];
      const prev = window[i - 1];
      if (next !== undefined && !next.mark && otherInstances.has(next.norm)) return `${w.text} ${next.text}`;
      if (prev !== undefined && !prev.mark && otherInstances.has(prev.norm)) return `${prev.text} ${w.text}`;
    }
  }
  // A word of a title ("finance" of "finance minister") is no event: no verb of the passage stands in its stead.
  if (gap.kind !== 'role' && roleConceptWords.has(gap.term)) return undefined;
  // Only an event stands in for an event: a noun the question names ("disaster") has no verb in its stead.
  if (eventLikeGap(gap) && !['event', 'origin', 'reversal'].includes(wordKind(gap.term))) return undefined;
  const eventLike = (k: string): boolean => k === 'event' || k === 'origin' || k === 'reversal';
  const fits = (w: Word): boolean => {
    // "said", "mengatakan" report; they never tell what happened instead.
    if (w.mark || w.cap || lexicon.stopWords.has(w.norm) || frameWords.has(w.norm) || focus.words.has(w.norm) || lexicon.speechVerbs.has(w.norm) || roleConceptWords.has(w.norm)) return false;
    if (gap.kind === 'year') return isYear(w.norm) && w.norm !== gap.term;
    if (gap.kind === 'order') return wordKind(w.norm) === 'order' || impliedOrdinals.has(w.norm);
    return eventLike(gap.kind) && eventLike(wordKind(w.norm)) && !says(w.norm, wordsOfTerms(focus.terms));
  };
  const window = windowOf(words, first, last);
  let best: { w: Word; d: number } | undefined;
  for (const w of window) {
    if (!fits(w)) continue;
    const i = words.indexOf(w);
    const d = i < first ? first - i : i - last;
    if (!best || d < best.d) best = { w, d };
  }
  return best?.w.text;
}

const eventLikeGap = (gap: Gap): boolean => gap.kind === 'event' || gap.kind === 'origin' || gap.kind === 'reversal';

/** The question's words as words of a text, to ask whether a passage word says one of them. */
const wordsOfTerms = (terms: readonly string[]): Word[] =>
  terms.map((t, i) => ({ text: t, norm: t, start: i, end: i, mark: false, cap: false, acronym: false, sentence: 0, initial: false }));
