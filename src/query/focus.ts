// What an open who/when/where question is about: its content words (to find the passage), every word
// it uses (which is never the answer), the cues that shape the answer (a birth, a death, a start or
// an end, several people, a preposition such as "kepada siapa") and the ones a passage must agree
// with (a negation, the names typed).
import { allTables } from '../lang/index.js';
import { allSupportTables } from '../lang/support.js';
import { impliedOrdinals, isKeyWord, spanEndOf } from './concepts.js';
import { fold } from '../text/normalize.js';
import { termSimilarity } from '../text/similarity.js';
import { queryTerms, termsOf } from '../text/terms.js';
import { lexicon } from '../text/lexicon.js';
import { partsOf, type Word } from '../text/words.js';
import type { Language } from '../types.js';
import { languageOf } from './language.js';

export type OpenKind = 'who' | 'when' | 'where';

export interface QuestionFocus {
  readonly kind: OpenKind;
  /** Content words, folded, without question words or stop words. */
  readonly terms: readonly string[];
  /** Words the question writes with a capital past its first word (names the reader typed), folded. */
  readonly names: ReadonlySet<string>;
  /** Every word of the question, folded (hyphenated words also by their parts). */
  readonly words: ReadonlySet<string>;
  /** The question asks when someone was born / died. */
  readonly birth: boolean;
  readonly death: boolean;
  /** The question asks when something began or ended ("sejak kapan", "berakhir"): a span answers with that end. */
  readonly start: boolean;
  readonly end: boolean;
  /** Which end of a span of years answers it: a birth, a founding, a start ("pertama kali") or a death, an end. */
  readonly spanEnd?: 'start' | 'end';
  /** The question is negated ("tidak", "not"): only a passage saying so answers it. */
  readonly negated: boolean;
  /**
   * Words of the question's context: those of a phrase a preposition opens ("di Fukui, Jepang", "pada
   * tahun 2005"), up to the next verb or "yang". The rest — the role or the event asked about and who
   * or what it is about — is its core.
   */
  readonly context: ReadonlySet<string>;
  /** The verbs an English question asks about ("keep" of "When did Hamas keep …?"), folded. */
  readonly verbs: ReadonlySet<string>;
  /** Runs of words the question writes with capitals past its first word ("Charles Babbage"), folded. */
  readonly nameRuns: readonly NameRun[];
  /** The question asks for several people ("para ahli", "siapa saja"). */
  readonly plural: boolean;
  /** The preposition group of "kepada siapa" / "to whom", if the question word has one before it. */
  readonly preposition?: readonly string[];
  /** The language the question is written in, when its words tell (rules of one language's word order ask it). */
  readonly language?: Language;
  /** The question asks for a century ("abad berapa", "in what century": `askCentury` of the date tables). */
  readonly century?: boolean;
}

const answerWords = allTables.flatMap((t) => (t.answerWords ? [t.answerWords] : []));
const birthWords = new Set(answerWords.flatMap((w) => w.birthWords));
const deathWords = new Set(answerWords.flatMap((w) => w.deathWords));
const pluralPhrases = answerWords.flatMap((w) => w.pluralWords);
/** The plural phrases folded, a space on each side, as the question's words are searched for them. */
const pluralPadded = pluralPhrases.map((p) => ` ${fold(p)} `);
// "Abad berapa …?", "In what century …?": the unit asked for is a question word, not a word the answer's passage must say.
const askedUnitPhrases = allTables.flatMap((t) => t.dateWords?.askCentury ?? []).map((p) => fold(p).split(' '));
const prepositionGroups = answerWords.flatMap((w) => w.prepositionGroups);
const negations = new Set(allSupportTables.flatMap((t) => t.negations));
const startWords = new Set(allSupportTables.flatMap((t) => t.startWords));
const endWords = new Set(allSupportTables.flatMap((t) => t.endWords));
const contextOpeners = new Set(allSupportTables.flatMap((t) => t.contextWords));
const questionWords = new Set(
  allTables.flatMap((t) => Object.keys(t.questionWords)).flatMap((phrase) => (phrase.includes(' ') ? [] : [phrase])),
);
const whoWords = new Set(
  allTables.flatMap((t) => Object.entries(t.questionWords).filter(([p, k]) => k === 'who' && !p.includes(' ')).map(([p]) => p)),
);

/** A name the question types, its words folded, with the question's word right before it ("ke" of "ke Inggris"). */
export interface NameRun {
  readonly words: readonly string[];
  readonly before?: string;
  /** The word a name written possessive owns ("home" of "X's home venue"). */
  readonly owns?: string;
  /** The lower-case word right after the name ("of" of "University of X"). */
  readonly after?: string;
}

/** Does the text from `start` to `end` begin with a capital letter? (ASCII by its code, without a slice or a regex.) */
function capitalAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (end > start && c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(text.slice(start, end));
}

/** The focus of a question; `contentTerms`: its queryTerms, when the caller has them already. */
export function focusOf(question: string, kind: OpenKind, contentTerms: readonly string[] = queryTerms(question)): QuestionFocus {
  // A possessive is its name and "'s": "Korea's" is read as its part "korea", not also as a word "koreas".
  const tokens = termsOf(question).filter((t, i, all) => !(/['’]s$/iu.test(question.slice(t.start, t.end)) && all[i + 1]?.start === t.start));
  const norms = tokens.map((t) => t.norm);
  const words = new Set(norms);
  // A letter left by an apostrophe or a hyphen ("Turing's", "un-elected") is no word of the question.
  const padded = ` ${norms.join(' ')} `;
  const askedUnit = new Set(askedUnitPhrases.filter((p) => padded.includes(` ${p.join(' ')} `)).flatMap((p) => p));
  const century = askedUnit.size > 0;
  const terms = contentTerms.filter((t) => !questionWords.has(t) && !askedUnit.has(t) && !/^\p{L}$/u.test(t));
  const plural = pluralPadded.some((p) => padded.includes(p));
  // "Kepada siapakah …", "to whom …": the preposition right before a who-word.
  let preposition: readonly string[] | undefined;
  for (let i = 1; i < norms.length; i++) {
    if (!whoWords.has(norms[i]!)) continue;
    preposition = prepositionGroups.find((g) => g.includes(norms[i - 1]!));
    if (preposition) break;
  }
  // Month and day names are dates, not names ("pada bulan September").
  const capitalised = tokens.map((tk, i) => i > 0 && capitalAt(question, tk.start, tk.end) && !questionWords.has(tk.norm) && !lexicon.calendar.has(tk.norm));
  const names = new Set(tokens.filter((_, i) => capitalised[i]).map((tk) => tk.norm));
  const nameRuns: { words: string[]; before?: string; owns?: string; after?: string }[] = [];
  tokens.forEach((tk, i) => {
    if (!capitalised[i]) return;
    const joined = i > 0 && capitalised[i - 1] && /^[\s.]*$/.test(question.slice(tokens[i - 1]!.end, tk.start));
    if (joined) nameRuns[nameRuns.length - 1]!.words.push(tk.norm);
    else nameRuns.push({ words: [tk.norm], ...(i > 0 && { before: tokens[i - 1]!.norm }) });
    const next = tokens[i + 1];
    const gap = next === undefined || capitalised[i + 1] || next.start < tk.end ? undefined : /^(['’]s)?\s+$/u.exec(question.slice(tk.end, next.start));
    if (gap) nameRuns[nameRuns.length - 1]![gap[1] ? 'owns' : 'after'] = next!.norm;
  });
  const language = languageOf(question);
  const birth = norms.some((n) => birthWords.has(n));
  const death = norms.some((n) => deathWords.has(n));
  const start = norms.some((n, i) => startWords.has(n) && norms.slice(i + 1, i + 3).some((q) => questionWords.has(q)));
  const end = norms.some((n) => endWords.has(n));
  const ends = terms.map(spanEndOf);
  const spanEnd =
    (death && !birth) || end || (ends.includes('end') && !ends.includes('start'))
      ? 'end'
      : birth || start || ends.includes('start') || norms.some((n) => impliedOrdinals.has(n))
        ? 'start'
        : undefined;
  const context = new Set<string>();
  let inContext = false;
  tokens.forEach((tk, i) => {
    const n = tk.norm;
    if (contextOpeners.has(n) && !whoWords.has(norms[i + 1] ?? '')) inContext = true;
    else if (n === 'yang' || n === 'that' || n === 'which' || questionWords.has(n) || isKeyWord(n) && !/\p{N}/u.test(n) && !/^\p{Lu}/u.test(question.slice(tk.start, tk.end))) inContext = false;
    else if (inContext) context.add(n);
    if (/[,;]/.test(question.slice(tk.end, tokens[i + 1]?.start ?? tk.end)) && !capitalised[i + 1]) inContext = false;
  });
  return {
    kind,
    terms,
    context,
    verbs: verbsOf(question, tokens),
    names,
    words,
    birth,
    death,
    start,
    end,
    ...(spanEnd && { spanEnd }),
    // A negation of the question's own, not one inside a title it quotes ("Fish Don't Cry").
    negated: tokens.some((tk) => (negations.has(tk.norm) || tk.norm.endsWith("n't")) && !/^\p{Lu}/u.test(question.slice(tk.start, tk.end))),
    nameRuns,
    plural,
    ...(preposition && { preposition }),
    ...(language && { language }),
    ...(century && { century }),
  };
}

/** Auxiliaries after which an English question names its subject, then its verb ("When will the dam open?"). */
const auxiliaries = new Set(answerWords.flatMap((w) => w.questionAuxiliaries ?? []));
/** The auxiliaries that are a verb of their own before an article ("Who had the idea …?", "Who has the power …?"). */
const possession = new Set(answerWords.flatMap((w) => w.possessionVerbs ?? []));
const subjectPronouns = new Set(answerWords.flatMap((w) => w.subjectPronouns ?? []));
const participleBe = new Set(answerWords.flatMap((w) => w.participleBeForms ?? []));
const nounEndings = answerWords.flatMap((w) => w.nounEndings ?? []);
/** The forms of the irregular verbs ("build", "bought") and words in -ed: a verb in a run of lower-case words ("can visitors buy tickets"). */
const supportAuxiliaries = new Set(allSupportTables.flatMap((t) => t.auxiliaries));
const verbForms = new Set(allSupportTables.flatMap((t) => t.irregular.map((f) => f.split(' ')).filter((f) => !supportAuxiliaries.has(f[0]!)).flat()));
const irregularOrPast = (w: string): boolean => verbForms.has(w) || /^\p{L}{3,}ed$/u.test(w);
/** Shaped as a verb's bare form: no noun's ending ("tickets", "activity"). */
const bareShaped = (w: string): boolean => !nounEndings.some((e) => w.endsWith(e) && w.length > e.length + 2);

const modals = new Set(answerWords.flatMap((w) => w.modalAuxiliaries ?? []));

type Token = { readonly norm: string; readonly start: number; readonly end: number };

/**
 * The main verb of an English question, past an auxiliary and its subject: the participle after
 * "be" ("Where will the barrier be built?"), the word after a pronoun or a name ("When did Hamas keep
 * …", "When will they open …"), or the last word of the lower-case words right after the auxiliary
 * ("When did the war end?", "When will work start?"; of three or more, an irregular verb's form or
 * the first shaped as a bare verb past the first: "Where can visitors buy tickets?"): one word alone
 * there is the subject's noun, and the verb is the next word past its phrase ("When did the war in
 * Lorem end?"). After "who" the question word is the subject: the verb follows the auxiliary and a
 * negation ("Who will build …?", "Who did not sign …?").
 */
function verbsOf(question: string, all: readonly Token[]): ReadonlySet<string> {
  // A hyphenated word's parts ("self-generate": "self", "generate") are not words of their own here.
  const tokens = all.filter((tk, i) => i === 0 || tk.start >= all[i - 1]!.end);
  const at = tokens.findIndex((tk) => auxiliaries.has(tk.norm));
  if (at < 0) return new Set();
  if (!modals.has(tokens[at]!.norm)) return firstAfter(question, all, all.indexOf(tokens[at]!));
  const capital = (tk: Token): boolean => /^\p{Lu}/u.test(question.slice(tk.start, tk.end));
  const content = (tk: Token): boolean => !lexicon.stopWords.has(tk.norm) && !capital(tk) && !/['’]/.test(question.slice(tk.start, tk.end));
  const rest = tokens.slice(at + 1);
  const be = rest.findIndex((tk) => participleBe.has(tk.norm));
  const after = be < 0 ? undefined : rest.slice(be + 1).find(content);
  if (after) return new Set([after.norm]);
  // "Who will build …?", "Who did not adopt …?": the question word is the subject; the first word of content after the auxiliary.
  const next = rest.find((tk) => !negations.has(tk.norm));
  if (at > 0 && whoWords.has(tokens[at - 1]!.norm) && next !== undefined && !lexicon.determiners.has(next.norm) && !subjectPronouns.has(next.norm) && !capital(next)) {
    const verb = rest.find(content);
    return verb === undefined ? new Set() : new Set([verb.norm]);
  }
  let subject = false;
  let run: string[] = [];
  const ofRun = (): string =>
    run.length > 2 ? (run.slice(1).find(irregularOrPast) ?? run.slice(1).find(bareShaped) ?? run[1]!) : run[run.length - 1]!;
  for (const tk of rest) {
    const written = question.slice(tk.start, tk.end);
    const possessive = /^['’]/u.test(question.slice(tk.end, tk.end + 1)) || /['’]s?$/u.test(written);
    if (capital(tk) || possessive || subjectPronouns.has(tk.norm)) {
      if (run.length > 1) return new Set([ofRun()]);
      // "Lorem's team": the noun a possessive owns is still the subject's.
      subject = !possessive;
      run = [];
    } else if (lexicon.stopWords.has(tk.norm) || negations.has(tk.norm)) {
      if (run.length > 1) return new Set([ofRun()]);
      subject ||= run.length === 1;
      run = [];
    } else if (subject) return new Set([tk.norm]);
    else run.push(tk.norm);
  }
  return run.length > 0 ? new Set([ofRun()]) : new Set();
}

/** After "did", "does", "has": the first lower-case word past the auxiliary ("When did Hamas keep …"). */
function firstAfter(question: string, tokens: readonly Token[], at: number): ReadonlySet<string> {
  // "Who had the idea …?": a form of "have" before an article is the verb itself, which asks nothing.
  if (possession.has(tokens[at]!.norm) && lexicon.determiners.has(tokens[at + 1]?.norm ?? '')) return new Set();
  for (let i = at + 1; i < tokens.length; i++) {
    const tk = tokens[i]!;
    const written = question.slice(tk.start, tk.end);
    if (/^\p{Lu}/u.test(written) || lexicon.stopWords.has(tk.norm) || /['’]/.test(written)) continue;
    return new Set([tk.norm]);
  }
  return new Set();
}

/** Is this word one of the question's own words (as written, affixed, or with a small typo)? */
export function usesWord(focus: QuestionFocus, w: Word): boolean {
  if (w.mark) return false;
  const parts = partsOf(w.norm);
  if (parts.some((p) => focus.words.has(p))) return true;
  for (const q of focus.words) {
    if (q.length < 5) continue;
    if (parts.some((p) => p.length >= 5 && termSimilarity(q, p) >= 0.85)) return true;
  }
  return false;
}

const ranks = new Set(allTables.flatMap((t) => t.answerWords?.ranks ?? []).map((r) => fold(r)));

/**
 * Is this question word how the question addresses someone rather than what it asks ("dr." of
 * "Kapan dr. X lahir?")? An honorific always, but for one that is a kin word too, in lower case, in
 * a when or where question: "Kapan ibu X lahir?" asks of X's mother, where "Kapan Ibu X lahir?"
 * addresses X (a who question's kin word is the relation it asks, read by answer/relatives.ts); a
 * rank only written right before a name ("Kolonel X"), for "mayor" is a rank in Indonesian and an
 * office in "the mayor of X".
 */
export function addressesSomeone(focus: QuestionFocus, term: string): boolean {
  if (lexicon.honorifics.has(term)) return !lexicon.kinWords.has(term) || focus.kind === 'who' || focus.nameRuns.some((r) => r.words.includes(term));
  if (!ranks.has(term)) return false;
  return focus.nameRuns.some((r) => {
    const next = r.words[r.words.indexOf(term) + 1];
    return r.before === term || (r.words.includes(term) && next !== undefined && !lexicon.stopWords.has(next));
  });
}
