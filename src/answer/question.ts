// /ask for an open who/when question ("Siapa yang meresmikan pelabuhan …?", "Kapan X terjadi?"): find
// where the passage says what the question says, then take the answer of the asked type closest
// to those words — a person (or, failing one, an organisation) for who, a date for when. The
// question's own words are never the answer. Nothing close enough is found:false, not a guess.
import { paragraphsWithAny } from '../index/search.js';
import { isNameWord, sentenceCount, type Scope } from '../index/scope.js';
import type { OpenKind, QuestionFocus } from '../query/focus.js';
import type { Query } from '../query/query.js';
import { lexicon } from '../text/lexicon.js';
import { paragraphWords, type ParagraphWord as Word } from '../text/words.js';
import type { Citation, Finding } from '../findings.js';
import { questionSettings, score, similarity, weightsOf, whenCandidates, whoCandidates, type Candidate, type Scored } from './candidates.js';
import { shortAnswer } from './short-answer.js';
import { clauseMates, listValue } from './clause.js';
import { supportOf, type Support } from './support.js';
import { nearMiss } from './near-miss.js';
import { resolvePerson } from '../text/name-match.js';
import { otherOffice, roleContradicts } from './roles.js';
import { withSetting } from './setting.js';
import { holdsTitle, outlived } from './title-holder.js';
import { conceptsOf, conceptWordsOf, hasTranslation } from '../query/concepts.js';
import { whereCandidates } from './where-candidates.js';
import { titleFormWords } from './acronyms.js';
import { datesAnotherName } from './dated-names.js';
import { leastScore } from './least-score.js';
import { answerAfter, newsLead } from './news-lead.js';
import { referencesTo } from './subject-references.js';
import { kindReferencesTo } from './kind-references.js';
import { impliedWithNameYear } from './name-year.js';
import { pairedOfficeHolder } from './paired-offices.js';
import { withOwnTitle } from './titled-answer.js';
import { pointingAfter, withSentenceBefore } from './told-before.js';
import { peopleListed } from './office-list.js';

export { questionSettings } from './candidates.js';

function notFound(query: Query, kind: OpenKind): Finding {
  return { command: 'ask', query: query.text, found: false, citations: [], said: { kind: 'not-found', query: query.text }, asks: kind };
}

/**
 * Should /ask send this question to answerQuestion? Yes for a who/when question whose words, past
 * the question words, say more than a name the articles know: "Siapa yang meresmikan pelabuhan …?",
 * "Siapa Presiden X?", "Kapan Y ditandatangani?". No for a name alone, known to the articles or typed
 * with capitals ("Siapa Budi?", "Who is Jane Doe?", "Kapan Budi?": a profile or an event
 * look-up for the /who and /when answerers), nor for other kinds of question.
 */
export function isOpenQuestion(query: Query, scope: Scope): boolean {
  if (query.focus === undefined) return false;
  const { terms, names } = query.focus;
  if (terms.length === 0) return false;
  // A role, or a title's short form ("Siapa Kajati?"), is a question ("Siapa Presiden X?"); a name alone, known or not, is a look-up ("Siapa Budi?").
  if (terms.some((t) => lexicon.titleWords.has(t) || lexicon.shortTitleForms.has(t))) return true;
  // A word of a concept typed in capitals ("KTT", a summit) asks of an event, not of a name; a Roman numeral ("Boleslaw II") numbers the name.
  const eventWord = (t: string): boolean => conceptsOf(t).length > 0 && !/^[ivxlc]+$/.test(t);
  return terms.some((t) => (!names.has(t) || eventWord(t)) && !isNameWord(scope, t));
}

/** A possible answer with its score, best first: what answerQuestion chooses from. */
export interface RankedAnswer {
  readonly value: string;
  readonly article: string;
  readonly paragraph: number;
  readonly score: number;
  /** Share of the question's words found in the answer's sentence and the ones beside it. */
  readonly coverage: number;
}

/** Paragraphs read per question, at most: those holding the most question words. */
const MAX_PARAGRAPHS = 30;

/**
 * The paragraphs holding a question word, and the words they were found by. A word of a title that
 * no paragraph holds is looked for by the words of the same concept: a question in one language
 * about an article in the other ("Who is the foreign minister?" of an article writing "Menteri Luar
 * Negeri", "Who is the police chief?" of one writing "Kapolres") shares no word with it.
 */
function passagesFor(scope: Scope, focus: QuestionFocus): { found: ReturnType<typeof paragraphsWithAny>; by: readonly string[]; forms?: readonly string[] } {
  // Asked in the other language, any word of a concept is looked for by its other words too
  // ("meet" by "bertemu"); asked in the articles' language, only a title is: a verb no paragraph writes
  // is a question the articles may not answer.
  const acrossLanguages = focus.language !== undefined && scope.entries.some((e) => e.article.meta.language !== focus.language);
  const isWritten = (t: string): boolean => paragraphsWithAny(scope, [t], 1).length > 0;
  const translatable = (t: string): boolean => lexicon.titleWords.has(t) || (acrossLanguages && conceptWordsOf(t).length > 0);
  const untranslated = focus.terms.filter((t) => translatable(t) && !isWritten(t));
  // An event verb alone ("Who said that?") names nothing to look for: it is looked for in the other
  // language only beside a word that names a thing, a title or a word the question shares with the text.
  const names = (t: string): boolean => lexicon.titleWords.has(t) || hasTranslation(t) || (!untranslated.includes(t) && isWritten(t));
  const unwritten = untranslated.length === 0 || focus.terms.some(names) ? untranslated : untranslated.filter((t) => lexicon.titleWords.has(t));
  // A phrasal verb no paragraph writes ("take off") is looked for by the words of its translation ("lepas landas").
  const phrasal = acrossLanguages ? focus.terms.slice(1).map((t, i) => [focus.terms[i]!, t] as const).filter(([a, b]) => !isWritten(a) && conceptWordsOf(`${a} ${b}`).length > 0) : [];
  // A title written by its short form, or spelt out where the question types the short form ("Menkes" ~ "Menteri Kesehatan").
  const titleForms = titleFormWords(focus.terms, isWritten);
  if (unwritten.length === 0 && phrasal.length === 0 && titleForms.length === 0) return { found: paragraphsWithAny(scope, focus.terms, MAX_PARAGRAPHS), by: focus.terms };
  // A title of several words ("wali kota") is looked for by its first word that is no function word;
  // the support check reads the whole title afterwards.
  const keyWord = (a: string): string | undefined => a.split(' ').find((w) => !lexicon.stopWords.has(w));
  const alternatives = unwritten.flatMap((t) => conceptWordsOf(t).flatMap((a) => keyWord(a) ?? []));
  const phraseWords = phrasal.flatMap(([a, b]) => conceptWordsOf(`${a} ${b}`).flatMap((alt) => alt.split(' ').filter((w) => !lexicon.stopWords.has(w))));
  const inPhrase = new Set(phrasal.flat());
  const by = [...new Set([...focus.terms.filter((t) => !unwritten.includes(t) && !inPhrase.has(t)), ...alternatives, ...phraseWords, ...titleForms])];
  return { found: paragraphsWithAny(scope, by, MAX_PARAGRAPHS), by, forms: titleForms };
}

/** The ranked answers, best first, and the least score one needs, as the passage's word weights allow (least-score.ts). */
export function ranking(scope: Scope, focus: QuestionFocus): { ranked: Scored[]; least: number } {
  if (focus.terms.length === 0) return { ranked: [], least: questionSettings.minScore };
  // Only paragraphs holding a question word can score; the inverted index finds them without
  // reading the rest of the corpus. Term weights count sentences within them, which is exact:
  // a sentence holding a term lies in a paragraph holding it.
  const { found, by, forms = [] } = passagesFor(scope, focus);
  const paragraphs = found.map(({ entry, paragraph: p }) => ({ entry, p, words: paragraphWords(p) }));
  const sentences = paragraphs.flatMap(({ words }) => {
    const by = new Map<number, Word[]>();
    for (const w of words) {
      const list = by.get(w.sentence);
      if (list) list.push(w);
      else by.set(w.sentence, [w]);
    }
    return [...by.values()];
  });
  // Found by the same title in the other language: the passages are scored on the words of it they write.
  const written = by === focus.terms ? by : by.filter((t) => focus.terms.includes(t) || paragraphs.some(({ words }) => words.some((w) => w.norm === t)));
  // A title's other form looked up for the question's ("Menkes" for "Menteri Kesehatan") is the question's word, kept out of the answer.
  const scoring = by === focus.terms ? focus : { ...focus, terms: written, ...(forms.length > 0 && { words: new Set([...focus.words, ...forms]) }) };
  const weights = weightsOf(scoring, sentences, sentenceCount(scope));
  const scored: Scored[] = [];
  // A paragraph after a found one that opens pointing back ("Itu dilangsungkan …") may tell when or where its event was: read with the sentence before.
  const pointing = (focus.kind === 'who' ? [] : pointingAfter(found)).map(({ entry, paragraph: p }) => ({ entry, p, words: paragraphWords(p), readBefore: true }));
  for (const { entry, p, words, readBefore } of [...paragraphs.map((x) => ({ ...x, readBefore: false })), ...pointing]) {
    if (!readBefore && !words.some((w) => scoring.terms.some((t) => similarity(t, w) > 0))) continue;
    const candidates =
      focus.kind === 'who' ? whoCandidates(entry, p.n, words, scoring) : focus.kind === 'when' ? whenCandidates(entry, p.n, words, scoring) : whereCandidates(entry, p.n, words, scoring);
    // References are read on the paragraph's own words: none for one read with the sentence before.
    const references = readBefore ? [] : [...referencesTo(words, focus), ...kindReferencesTo((n) => (n === p.n ? words : entry.article.paragraphs[n - 1] && paragraphWords(entry.article.paragraphs[n - 1]!)), p.n, focus)];
    for (const c of candidates) {
      const read = readBefore ? withSentenceBefore(c) : undefined;
      if (readBefore && read === undefined) continue;
      const own = read ? { ...c, ...read } : c;
      scored.push(score(references.length > 0 ? { ...own, references } : own, scoring, weights));
    }
  }
  return { ranked: scored.sort((a, b) => b.score - a.score), least: leastScore(weights) };
}

const rank = (scope: Scope, focus: QuestionFocus): Scored[] => ranking(scope, focus).ranked;


/** Every possible answer with its score, best first (for the eval's misses and for tests). */
export function rankAnswers(scope: Scope, query: Query): RankedAnswer[] {
  if (query.focus === undefined) return [];
  const focus = query.focus;
  return rank(scope, focus).map(({ candidate: c, score, coverage }) => ({
    value: shortAnswer(c, focus).value,
    article: c.entry.article.id,
    paragraph: c.paragraph,
    score,
    coverage,
  }));
}

/** The role the article gives the person a candidate names, if any. */
const roleOf = (c: Candidate, focus: QuestionFocus): string | undefined => resolvePerson(c.entry.understanding.people, shortAnswer(c, focus).value)?.role;

/** Candidates read for support, best first, at most: past these, an answer would be a guess. */
const MAX_TRIED = 8;

/** Does the passage around a candidate say what the question says? */
export function candidateSupport(c: Candidate, focus: QuestionFocus, topics = false): Support {
  // Its context told by the paragraph before, which tells the same thing, is said, one paragraph up;
  // in a news lead, what the sentence after it tells is said too (news-lead.ts).
  const implied = impliedWithNameYear(c, focus);
  const options = { ...(implied && { implied }), references: c.references ?? [], ...(topics && { topics }) };
  const own = withSetting(c, focus, supportOf(focus, c.words, c.first, c.last, options));
  // A paragraph opening "Itu dilangsungkan …", "It was held …": the event is told at the end of the paragraph before.
  const across = own.ok ? undefined : withSentenceBefore(c);
  const before = across && supportOf(focus, across.words, across.first, across.last, { ...(implied && { implied }), ...(topics && { topics }) });
  const support = before?.ok === true ? before : own;
  if (support.ok || !newsLead(c)) return support;
  const wide = withSetting(c, focus, supportOf(focus, c.words, c.first, c.last, { ...options, after: true }));
  return wide.ok ? { ...wide, after: true } : support;
}

/** What each gap of a supported answer's passage takes off its score when the answer is chosen. */
const GAP_DISCOUNT = 0.7;

/** What a year the passage leaves out counts for, against another gap: it may be the article's own year, left unsaid. */
const YEAR_GAP = 0.5;

/**
 * How many gaps lower a supported answer's score: a year the answer itself writes none ("Kapan …
 * tahun 2003?" answered "28 Agustus 2003": the passage need not say the year twice), another
 * year half a gap.
 */
function discounted(c: Candidate, support: Support): number {
  const own = c.words.slice(c.first, c.last + 1).map((w) => w.norm);
  return support.gaps.reduce((n, g) => n + (g.kind !== 'year' ? 1 : own.includes(g.term) ? 0 : YEAR_GAP), 0);
}

/**
 * The best supported answer among the ranked ones — its score lowered for each word of the question
 * its passage leaves out, so a passage saying more of the question wins unless the other answer
 * stands much closer to the question's words — else the closest unsupported one.
 */
export function chosen(ranked: readonly Scored[], focus: QuestionFocus, query?: Query, least: number = questionSettings.minScore, topics = false): { best?: Scored; closest?: { scored: Scored; support: Support } } {
  let closest: { scored: Scored; support: Support } | undefined;
  let best: { scored: Scored; value: number } | undefined;
  for (const scored of ranked.slice(0, MAX_TRIED)) {
    if (scored.score < least) break;
    // "Siapa Presiden Amerika?" is not answered by a "Presiden Venezuela" named beside the one asked about.
    const role = focus.kind === 'who' ? roleOf(scored.candidate, focus) : undefined;
    if (query !== undefined && focus.kind === 'who' && roleContradicts(role, query, focus.context)) continue;
    // "Siapa Presiden Uzbekistan?" is answered by the one the passage writes beside that title.
    if (!holdsTitle(scored.candidate, focus, role)) continue;
    // "almarhum Presiden Lorem A" gives way to "Presiden Lorem B", who holds it now.
    if (focus.kind === 'who' && outlived(scored.candidate, focus, ranked.slice(0, MAX_TRIED).map((r) => r.candidate), (o) => holdsTitle(o, focus, roleOf(o, focus)))) continue;
    const support = candidateSupport(scored.candidate, focus, topics);
    if (!support.ok) {
      closest ??= { scored, support };
      continue;
    }
    // What the sentence after a lead tells may be said of another answer it names ("Konferensi dibuka oleh Menteri X").
    if (support.after === true && answerAfter(scored.candidate, ranked)) continue;
    // "Siapa Wakil Gubernur Lorem?" is not answered by "Gubernur Lorem X" whose sentence writes the deputy too.
    if (query !== undefined && focus.kind === 'who' && otherOffice(role, query)) continue;
    const gaps = discounted(scored.candidate, support);
    const value = scored.score * GAP_DISCOUNT ** gaps;
    if (!best || value > best.value) best = { scored, value };
    // Those ranked lower score less, and no discount can lift them past an answer without gaps.
    if (gaps === 0) break;
  }
  if (best && focus.kind === 'when') best = ownDate(ranked, focus, best, least);
  return { ...(best && { best: best.scored }), ...(closest && { closest }) };
}

/** Least share of the chosen date's value that another date needs to take its place. */
const OWN_DATE_SHARE = 0.5;

/**
 * A date in brackets after another name than the question's ("film Lorem (1974), Ipsum (1975)"
 * for "… film Ipsum?") gives way to a supported date that is not, unless that one scores much less.
 */
function ownDate(ranked: readonly Scored[], focus: QuestionFocus, best: { scored: Scored; value: number }, least: number): { scored: Scored; value: number } {
  const another = (s: Scored): boolean => datesAnotherName(s.candidate.words, s.candidate.first, focus);
  if (!another(best.scored)) return best;
  for (const scored of ranked.slice(0, MAX_TRIED)) {
    if (scored.score < least) break;
    if (scored === best.scored || another(scored)) continue;
    const support = candidateSupport(scored.candidate, focus);
    const value = scored.score * GAP_DISCOUNT ** discounted(scored.candidate, support);
    if (support.ok && value >= OWN_DATE_SHARE * best.value) return { scored, value };
  }
  return best;
}

/** The first ranked answers with what their passages support (for tuning and tests). */
export function rankedSupport(scope: Scope, query: Query, count = MAX_TRIED): { value: string; score: number; support: Support }[] {
  if (query.focus === undefined) return [];
  const focus = query.focus;
  return rank(scope, focus)
    .slice(0, count)
    .map((s) => ({ value: shortAnswer(s.candidate, focus).value, score: s.score, support: candidateSupport(s.candidate, focus) }));
}

/** What the closest answer's passage does not say (for the eval's misses and for tests). */
export function explainSupport(scope: Scope, query: Query): Support | undefined {
  if (query.focus === undefined) return undefined;
  const { ranked, least } = ranking(scope, query.focus);
  const { best, closest } = chosen(ranked, query.focus, undefined, least);
  return best ? candidateSupport(best.candidate, query.focus) : closest?.support;
}

/** Several people of one clause as the answer, each with the role the article gives them, as /who says them. */
function peopleOf(query: Query, focus: QuestionFocus, list: readonly Candidate[]): Finding {
  const c = list[0]!;
  const paragraph = c.entry.article.paragraphs[c.paragraph - 1]!;
  const answers = list.map((m) => shortAnswer(m, focus));
  const people = answers.map(({ value }) => {
    const role = resolvePerson(c.entry.understanding.people, value)?.role;
    return { name: value, ...(role !== undefined && { role }) };
  });
  const citation = { article: c.entry.article.id, paragraph: c.paragraph, excerpt: paragraph.text, highlights: answers.map((a) => a.written) };
  return { ...peopleListed('ask', query, citation, people, listValue(list, people.map((p) => p.name))), asks: 'who' };
}

/**
 * A day written without its year ("setiap tanggal 4 Juli") that the same paragraph writes again with
 * it ("pada 4 Juli 1776") is said in full: the same day, its year told.
 */
function withYear(c: Candidate, ranked: readonly Scored[], focus: QuestionFocus): Candidate {
  const value = shortAnswer(c, focus).value;
  if (/\d{3}/.test(value) || !/^\d{1,2}\s+\p{L}+$/u.test(value)) return c;
  const fuller = ranked.find(
    ({ candidate: o }) => o.entry === c.entry && o.paragraph === c.paragraph && new RegExp(`^${value}\\s+\\d{3,4}$`, 'u').test(shortAnswer(o, focus).value),
  );
  return fuller?.candidate ?? c;
}

/** The best answer of the asked type to an open question, over every passage of the given articles. */
export function answerQuestion(scope: Scope, query: Query, focus: QuestionFocus): Finding {
  const kind = focus.kind;
  const { ranked, least } = ranking(scope, focus);
  // Where no passage says every word, one leaving out only a noun its paragraph writes elsewhere answers (topic-words.ts).
  const strict = chosen(ranked, focus, query, least);
  const { best } = strict.best ? strict : chosen(ranked, focus, query, least, true);
  const { closest } = strict;
  if (!best) return (closest && nearMiss(scope, query, focus, closest)) ?? notFound(query, kind);
  let c = best.candidate;
  const paragraph = c.entry.article.paragraphs[c.paragraph - 1]!;
  if (kind === 'who') {
    const roles = focus.terms.filter((t) => lexicon.titleWords.has(t));
    const list = clauseMates(c, ranked.map((r) => r.candidate), (m) => candidateSupport(m, focus).ok, roles, focus.terms);
    // "Bupati-Wakil Bupati Lorem, A / B" for "Siapa Wakil Bupati Lorem?": the one holding the asked office of the pair.
    const holder = pairedOfficeHolder(list, focus);
    if (holder === undefined && list.length > 1) return peopleOf(query, focus, list);
    // The one of its list written with the asked role ("Gubernur A dan Wali Kota B" for "Siapa Wali Kota …?").
    c = holder ?? list[0] ?? c;
  }
  if (kind === 'when') c = withYear(c, ranked, focus);
  const { value: short, written } = shortAnswer(c, focus);
  const sentence = paragraph.sentences.find((s) => s.start <= c.start && c.start < s.end) ?? paragraph.sentences[0];
  const citation: Citation = { article: c.entry.article.id, paragraph: c.paragraph, excerpt: paragraph.text, highlights: [written] };
  return {
    command: 'ask',
    query: query.text,
    found: true,
    value: kind === 'who' ? withOwnTitle(c, focus, short) : short,
    citations: [citation],
    said: { kind: 'passage', text: sentence?.text ?? paragraph.text },
    asks: kind,
  };
}
