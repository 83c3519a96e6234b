// /check <text> (and the message context-menu command): each claim of a message against the
// article. A claim is a sentence that gives a name, a number, a date, a place or a quote
// (query/claims.ts). For each: the sentence of the article that bears on it (the one holding most of
// its words, names counting double; for a quote, where the article has those words), and a verdict:
//  - contradicted: the sentence gives a date, number, name, place, role or quoted word otherwise;
//  - supported: the sentence holds the claim's words (most of them in its paragraph), every name,
//    place, date, number and quoted word as the message gives them, and denies what it denies;
//  - unconfirmed: a sentence is about it but does not say it (or not all of it);
//  - not-in-article: nothing in the article bears on it.
// Strict on purpose: a wrong "supported" is worse than "unconfirmed".
import { highlightsOf, matchTerms, paragraphsWithAny } from '../index/search.js';
import type { LibraryEntry } from '../index/library.js';
import type { Scope } from '../index/scope.js';
import type { Claim } from '../query/claims.js';
import { withoutMarkup } from '../query/claims.js';
import type { Query } from '../query/query.js';
import { lexicon } from '../text/lexicon.js';
import { deniedWords } from '../text/negation.js';
import { termSimilarity } from '../text/similarity.js';
import { termsOf } from '../text/terms.js';
import { paragraphWords } from '../text/words.js';
import type { Citation, ClaimSaid, Difference, Finding, ParagraphRef } from '../findings.js';
import type { Paragraph, Sentence } from '../types.js';
import { entitiesOf, formsIn, knownForms, peopleIn, placesWhere, writes, type ClaimEntity, type Form } from './check-entities.js';
import { compareDates, compareNumbers, matchQuote, numberAsWritten, sentenceAt, type QuoteMatch } from './check-facts.js';
import { compareRoles } from './check-role.js';

/** Least weighted share of a claim's words a sentence must hold to bear on it. */
const BEARS = 0.5;
/** Least share of a claim's words its passage's paragraph must hold, and its sentence, to support it. */
const SUPPORTS_PARAGRAPH = 0.8;
const SUPPORTS_SENTENCE = 0.5;
/** Least share of a claim's words other than names its passage's sentence must hold to contradict it. */
const SAME_EVENT = 0.5;
/** Paragraphs read per claim, at most (those holding the most of its words). */
const CANDIDATES = 60;

interface Passage {
  readonly entry: LibraryEntry;
  readonly paragraph: Paragraph;
  readonly sentence: Sentence;
}

interface Checked {
  readonly said: ClaimSaid;
  readonly citations: readonly Citation[];
}

const wordsOfText = (text: string): string[] => termsOf(text).map((t) => t.norm);

/** Share of `terms` (weighted) that `words` hold, and how many. */
function cover(terms: readonly string[], words: readonly string[], weight: (t: string) => number): { share: number; matched: number } {
  let got = 0;
  let all = 0;
  let matched = 0;
  for (const t of terms) {
    all += weight(t);
    const best = Math.max(0, ...words.map((w) => termSimilarity(t, w)));
    if (best > 0) {
      got += weight(t) * best;
      matched++;
    }
  }
  return { share: all === 0 ? 0 : got / all, matched };
}

/** How much holding a number of the claimed kind, or a date, counts towards bearing on a claim that gives one. */
const NUMBER_SLOT = 2;
const DATE_SLOT = 1;
/** A word of the claim found in the sentence's paragraph but not in the sentence counts this much. */
const PARAGRAPH_SHARE = 0.5;

/**
 * The sentence of the scope that bears most on the claim: the one holding most of its words (names
 * counting double, words elsewhere in its paragraph half), and numbers of the kind the claim counts
 * and dates where the claim gives them.
 */
function bearingSentence(scope: Scope, claim: Claim, entities: readonly ClaimEntity[]): Passage | undefined {
  const terms = claim.terms;
  if (terms.length === 0) return undefined;
  const nameWords = new Set(entities.flatMap((e) => wordsOfText(e.typed)));
  const weight = (t: string) => (nameWords.has(t) ? 2 : 1);
  const units = claim.numbers.map((n) => n.unit).filter((u): u is string => u !== undefined);
  const total = terms.reduce((sum, t) => sum + weight(t), 0) + NUMBER_SLOT * units.length + (claim.dates.length > 0 ? DATE_SLOT : 0);
  // The same words come back paragraph after paragraph: each word's likeness to the terms, once.
  const seen = new Map<string, number[]>();
  const likenessTo = (word: string): number[] => {
    let likes = seen.get(word);
    if (!likes) seen.set(word, (likes = terms.map((t) => termSimilarity(t, word))));
    return likes;
  };
  let best: { passage: Passage; share: number } | undefined;
  for (const { entry, paragraph } of paragraphsWithAny(scope, terms, CANDIDATES)) {
    // Each term's best likeness in each sentence, from one pass over the paragraph's words.
    const likeness = paragraph.sentences.map(() => new Array<number>(terms.length).fill(0));
    for (const word of paragraphWords(paragraph)) {
      if (word.mark || lexicon.stopWords.has(word.norm)) continue;
      const row = likeness[word.sentence];
      if (!row) continue;
      const likes = likenessTo(word.norm.replace(/['’]/g, ''));
      for (let i = 0; i < terms.length; i++) if (likes[i]! > row[i]!) row[i] = likes[i]!;
    }
    const inParagraph = terms.map((_, i) => Math.max(...likeness.map((row) => row[i]!)));
    const numbers = (entry.understanding.numbers ?? []).filter((n) => n.paragraph === paragraph.n);
    const dates = entry.understanding.dates.filter((d) => d.paragraph === paragraph.n);
    paragraph.sentences.forEach((sentence, k) => {
      const row = likeness[k]!;
      const matched = row.filter((x) => x > 0).length;
      if (matched < Math.min(2, terms.length)) return;
      let got = terms.reduce((sum, t, i) => sum + weight(t) * Math.max(row[i]!, PARAGRAPH_SHARE * inParagraph[i]!), 0);
      const inside = (offset: number) => offset >= sentence.start && offset < sentence.end;
      for (const unit of units) if (numbers.some((n) => inside(n.offset) && n.unit !== undefined && termSimilarity(unit, n.unit) >= 0.8)) got += NUMBER_SLOT;
      if (claim.dates.length > 0 && dates.some((d) => inside(d.offset))) got += DATE_SLOT;
      const share = got / total;
      if (!best || share > best.share) best = { passage: { entry, paragraph, sentence }, share };
    });
  }
  return best && best.share >= BEARS ? best.passage : undefined;
}

/** The passage of a quote the article has (word for word or nearly). */
function quotePassage(match: QuoteMatch): Passage | undefined {
  const paragraph = match.entry.article.paragraphs[match.quote.paragraph - 1];
  if (!paragraph) return undefined;
  const at = paragraph.text.indexOf(match.quote.text.split('\n')[0]!);
  const sentence = sentenceAt(paragraph.sentences, Math.max(0, at));
  return sentence ? { entry: match.entry, paragraph, sentence } : undefined;
}

/** Does the sentence deny what the claim states, or state what the claim denies? */
function deniesOtherwise(claim: Claim, sentence: Sentence): boolean {
  const theirs = deniedWords(sentence.text);
  const words = wordsOfText(sentence.text);
  const similar = (a: string, list: readonly string[]) => list.some((b) => termSimilarity(a, b) >= 0.8);
  if (claim.denied.some((d) => similar(d, words) && !similar(d, theirs))) return true;
  return theirs.some((d) => similar(d, claim.terms) && !similar(d, claim.denied));
}

/** The passage's paragraph, the claim's words and what differs in bold. */
function citationOf(passage: Passage, highlights: readonly string[]): Citation {
  const excerpt = passage.paragraph.text;
  return { article: passage.entry.article.id, paragraph: passage.paragraph.n, excerpt, highlights: [...new Set(highlights.filter((h) => h !== '' && excerpt.includes(h)))] };
}

function checkClaim(scope: Scope, claim: Claim, forms: readonly Form[]): Checked | undefined {
  const entities = entitiesOf(claim, scope.entries, forms);
  if (claim.dates.length + claim.numbers.length + claim.quotes.length + entities.length === 0) return undefined;
  const quotes = claim.quotes.map((q) => ({ claimed: q, match: matchQuote(q, scope.entries) }));
  const quoted = quotes.find((q) => q.match !== undefined)?.match;
  const passage = (quoted && quotePassage(quoted)) ?? bearingSentence(scope, claim, entities);
  if (!passage) return { said: { claim: claim.text, verdict: 'not-in-article' }, citations: [] };

  const { entry, paragraph, sentence } = passage;
  const ref: ParagraphRef = { article: entry.article.id, paragraph: paragraph.n };
  const within = (p: number, offset: number) => p === paragraph.n && offset >= sentence.start && offset < sentence.end;
  const differences: Difference[] = [];
  const marks: string[] = [];
  let open = false;
  // A date, number, name or place the sentence gives otherwise contradicts the claim only when the
  // sentence tells of the same thing: most of the claim's words other than its names are in it.
  const nameWords = new Set(entities.flatMap((e) => wordsOfText(e.typed)));
  const eventWords = claim.terms.filter((t) => !nameWords.has(t));
  const sameEvent = eventWords.length === 0 || cover(eventWords, wordsOfText(sentence.text), () => 1).share >= SAME_EVENT;
  /** A difference of the sentence's own facts: recorded when it tells of the same thing, else only unsettled. */
  const differs = (difference: Difference, shown: readonly string[]) => {
    if (sameEvent) {
      differences.push(difference);
      marks.push(...shown);
    } else open = true;
  };

  for (const date of claim.dates) {
    // The sentence writes the very words of the date ("on Tuesday", "from January"): the same, placed or not.
    if (writes(sentence.text, [date.text])) continue;
    const c = compareDates(date, entry.understanding.dates.filter((d) => within(d.paragraph, d.offset)));
    if (c.outcome === 'differs') {
      differs({ what: 'date', article: c.mention.text, message: date.text, ref, date: c.mention }, [c.mention.text]);
    } else if (c.outcome === 'open') open = true;
  }
  for (const number of claim.numbers) {
    const c = compareNumbers(number, (entry.understanding.numbers ?? []).filter((n) => within(n.paragraph, n.offset)));
    if (c.outcome === 'differs') {
      const article = numberAsWritten(paragraph.text, c.number.offset, c.number.text.length);
      differs({ what: 'number', article, message: numberAsWritten(claim.text, number.start, number.text.length), ref }, [article]);
    } else if (c.outcome === 'open') open = true;
  }
  for (const { claimed, match } of quotes) {
    // Quoted words the sentence writes as they are, though not as a quote of someone ("stronger than ever").
    if (writes(sentence.text, [claimed.text])) marks.push(claimed.text);
    else if (!match || match.entry !== entry) open = true;
    else if (!match.exact) {
      differences.push({ what: 'quote', article: match.article!, message: match.message!, ref: { article: entry.article.id, paragraph: match.quote.paragraph } });
      marks.push(match.article!);
    } else marks.push(claimed.text);
  }

  // Names: each named in the sentence; someone else in their place is a different name.
  const people = entities.filter((e) => e.kind === 'person' || (e.kind === 'unknown' && !e.locative));
  const speaker = quoted?.entry === entry ? quoted.quote.speaker : undefined;
  const claimsPerson = (name: string) => people.some((e) => formsIn(e, entry).includes(name));
  // The speaker of the quote the claim gives is named by the quote's attribution, wherever it stands.
  const isSpeaker = (e: ClaimEntity) => speaker !== undefined && formsIn(e, entry).includes(speaker);
  const missing = entities.filter((e) => !isSpeaker(e) && !writes(sentence.text, formsIn(e, entry)));
  // A name the article writes but did not class ("Felixstowe") is there all the same; one it does not write is not.
  if (missing.length > 0) open = true;
  if (speaker !== undefined && people.length > 0 && !claimsPerson(speaker)) {
    differences.push({ what: 'name', article: speaker, message: people.map((e) => e.typed).join(', '), ref });
    marks.push(speaker);
  } else if (speaker === undefined) {
    const absent = missing.filter((e) => people.includes(e));
    const others = peopleIn(entry, sentence).filter((p) => !claimsPerson(p.name));
    if (absent.length > 0 && others.length > 0) {
      differs({ what: 'name', article: others.map((p) => p.name).join(', '), message: absent.map((e) => e.typed).join(', '), ref }, others.flatMap((p) => [p.name, ...p.aliases]));
    }
  }
  const placesClaimed = entities.filter((e) => e.kind === 'place' || (e.kind === 'unknown' && e.locative));
  const placeMissing = missing.filter((e) => placesClaimed.includes(e) && e.locative);
  if (placeMissing.length > 0) {
    const elsewhere = placesWhere(entry, paragraph, sentence).filter((p) => !placesClaimed.some((e) => writes(p, formsIn(e, entry))));
    if (elsewhere.length > 0) {
      differs({ what: 'place', article: elsewhere.join(', '), message: placeMissing.map((e) => e.typed).join(', '), ref }, elsewhere);
    }
  }
  const roleCitations: Citation[] = [];
  for (const role of compareRoles(claim, entities, entry)) {
    if (role.outcome === 'open') open = true;
    if (role.outcome !== 'differs' || role.ref === undefined || role.role === undefined) continue;
    differences.push({ what: 'role', article: `${role.person.name} — ${role.role}`, message: role.claimed, ref: role.ref });
    const text = entry.article.paragraphs[role.ref.paragraph - 1]?.text;
    if (text !== undefined && role.ref.paragraph !== paragraph.n) {
      roleCitations.push({ article: entry.article.id, paragraph: role.ref.paragraph, excerpt: text, highlights: [role.role].filter((h) => text.includes(h)) });
    } else marks.push(role.role);
  }

  // The claim's own words: most of them in the paragraph, half of them in the sentence (a quote's words counted by the quote).
  // A quote the article has word for word stands for its words, its speaker's name and the verb that says it.
  const exactQuote = quotes.some((q) => q.match?.exact);
  const quoteWords = new Set([
    ...quotes.flatMap((q) => (q.match?.exact ? wordsOfText(q.claimed.text) : [])),
    ...entities.filter(isSpeaker).flatMap((e) => wordsOfText(e.typed)),
  ]);
  const words = claim.terms.filter((t) => !quoteWords.has(t) && !(exactQuote && lexicon.speechVerbs.has(t)));
  const inSentence = cover(words, wordsOfText(sentence.text), () => 1);
  const inParagraph = cover(words, wordsOfText(paragraph.text), () => 1);
  const wordsHeld = words.length === 0 || (inParagraph.share >= SUPPORTS_PARAGRAPH && inSentence.share >= SUPPORTS_SENTENCE);
  const highlights = [...highlightsOf(paragraph.text, matchTerms(claim.terms, termsOf(sentence.text)).spans.map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }))), ...marks];

  const verdict: ClaimSaid['verdict'] =
    differences.length > 0 ? 'contradicted' : !open && wordsHeld && !deniesOtherwise(claim, sentence) ? 'supported' : 'unconfirmed';
  return {
    said: { claim: claim.text, verdict, ref, ...(differences.length > 0 && { differences }) },
    citations: [citationOf(passage, highlights), ...roleCitations],
  };
}

export function answerCheck(scope: Scope, query: Query): Finding {
  const base = { command: 'check', query: query.text } as const;
  const forms = knownForms(scope.entries);
  const checked = (query.claims ?? []).map((claim) => checkClaim(scope, claim, forms)).filter((c): c is Checked => c !== undefined);
  if (checked.length === 0) {
    return { ...base, found: false, citations: [], said: { kind: 'nothing-to-check', empty: withoutMarkup(query.text).trim() === '' } };
  }
  const found = checked.some((c) => c.said.verdict !== 'not-in-article');
  const citations: Citation[] = [];
  for (const c of checked) {
    for (const citation of c.citations) {
      const same = citations.find((x) => x.article === citation.article && x.paragraph === citation.paragraph);
      if (same) (same.highlights as string[]).push(...(citation.highlights ?? []).filter((h) => !same.highlights?.includes(h)));
      else citations.push({ ...citation, highlights: [...(citation.highlights ?? [])] });
    }
  }
  return { ...base, found, citations, said: { kind: 'check', claims: checked.map((c) => c.said), multi: scope.entries.length > 1 } };
}
