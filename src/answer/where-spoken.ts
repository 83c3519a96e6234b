// "Di mana X berbicara?", "Where did X speak?": the place of the saying, never a place inside what was
// said. A place phrase of a sentence where X says something ("kata X di Tokyo", "X said in Tokyo",
// "X mengatakan kepada wartawan di Tokyo bahwa …"), outside the quote and before what is reported
// ("bahwa", "that"); else, where X speaks in the lede or right after it (the report's own event), the
// dateline's city; else the article does not say.
import { allTables } from '../lang/index.js';
import type { LibraryEntry } from '../index/library.js';
import type { Scope } from '../index/scope.js';
import { frameWords } from '../query/concepts.js';
import type { Query } from '../query/query.js';
import { findAll } from '../text/find.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { paragraphWords, type ParagraphWord as Word } from '../text/words.js';
import type { Finding } from '../findings.js';
import type { Person } from '../types.js';
import { paragraphCitation } from './citations.js';
import { likelyArticles } from './lookup.js';
import { whereCandidates } from './where-candidates.js';

const speakingWords = new Set(allTables.flatMap((t) => [...(t.answerWords?.speakingWords ?? []), ...(t.answerWords?.saidVerbs ?? [])]));
const reportedOpeners = new Set(allTables.flatMap((t) => t.answerWords?.reportedOpeners ?? []));
const atWords = new Set(allTables.flatMap((t) => t.answerWords?.atWords ?? []));
/** Quote marks a saying clause stops at: what stands past one is said. */
const QUOTE = /["“”„«»]/u;

/** The name a where-question asks of speaking ("Di mana Suga berbicara?": "suga"), if it asks that and names no more. */
function speakerNameAsked(query: Query): string | undefined {
  const focus = query.focus;
  if (focus?.kind !== 'where' || focus.nameRuns.length !== 1) return undefined;
  const run = focus.nameRuns[0]!.words;
  const terms = focus.terms.filter((t) => !frameWords.has(t));
  if (!terms.some((t) => speakingWords.has(t))) return undefined;
  const other = (t: string): boolean => !speakingWords.has(t) && !run.includes(t) && !lexicon.titleWords.has(t) && !lexicon.titles.has(t) && !lexicon.stopWords.has(t);
  return terms.some(other) ? undefined : run.join(' ');
}

/** Does the text between two offsets of a paragraph hold a quote mark? */
const quoteBetween = (text: string, from: number, to: number): boolean => QUOTE.test(text.slice(Math.min(from, to), Math.max(from, to)));

/**
 * The spans of a paragraph where the person says something: from their name or the speech verb
 * beside it, whichever comes first, to the end of the sentence, a quote mark or what is reported.
 */
function sayingSpans(text: string, words: readonly Word[], person: Person): { start: number; end: number }[] {
  const named = [person.name, ...person.aliases].flatMap((form) => findAll(text, form));
  const spans: { start: number; end: number }[] = [];
  words.forEach((verb, v) => {
    if (verb.mark || !lexicon.speechVerbs.has(verb.norm)) return;
    const sentence = words.filter((w) => w.sentence === verb.sentence);
    const from = sentence[0]!.start;
    const to = sentence[sentence.length - 1]!.end;
    // The name on the verb's side of any quote: "…," kata X; X mengatakan …; never X of the quote.
    const name = named.find((at) => at >= from && at < to && !quoteBetween(text, at, verb.start));
    if (name === undefined) return;
    let end = to;
    for (let k = v + 1; k < words.length && words[k]!.sentence === verb.sentence; k++) {
      const w = words[k]!;
      if ((w.mark && QUOTE.test(w.text)) || (!w.mark && reportedOpeners.has(w.norm))) {
        end = w.start;
        break;
      }
    }
    spans.push({ start: Math.min(name, verb.start), end });
  });
  return spans;
}

/** The answer of a where-question about the person's speaking in one article, or false where it asks that and the article does not say. */
function placeOfSaying(entry: LibraryEntry, query: Query, person: Person): Finding | false {
  const focus = query.focus!;
  const lede = entry.article.meta.lede ?? 1;
  // Said in the lede or right after it: the report's own event, told where its dateline is.
  let spokeInLead = false;
  for (const n of person.paragraphs) {
    const paragraph = entry.article.paragraphs[n - 1];
    if (!paragraph) continue;
    const words = paragraphWords(paragraph);
    const spans = sayingSpans(paragraph.text, words, person);
    if (spans.length === 0) continue;
    if (n <= lede + 1) spokeInLead = true;
    // A place right after a locative of being somewhere ("di", "in", "at"; not "dikutip dari Antara"),
    // inside a saying span and with no quote mark between.
    const at = (c: { start: number }): boolean => {
      const k = words.findIndex((w) => w.start === c.start);
      return k > 0 && !words[k - 1]!.mark && atWords.has(words[k - 1]!.norm);
    };
    const place = whereCandidates(entry, n, words, focus).find(
      (c) => c.prior >= 0.8 && at(c) && spans.some((s) => c.start >= s.start && c.end <= s.end && !quoteBetween(paragraph.text, s.start, c.start)),
    );
    if (place) return found(entry, query, n, paragraph.text.slice(place.start, place.end));
  }
  const city = entry.article.meta.city;
  if (spokeInLead && city !== undefined && entry.article.paragraphs[lede - 1]?.text.includes(city)) return found(entry, query, lede, city);
  return false;
}

function found(entry: LibraryEntry, query: Query, paragraph: number, place: string): Finding {
  const citation = paragraphCitation(entry, paragraph, [place])!;
  return { command: 'ask', query: query.text, found: true, value: place, citations: [citation], said: { kind: 'place', place, paragraph }, asks: 'where', answerer: 'where' };
}

/**
 * "Di mana Suga berbicara?", "Where did Suga speak?" over the articles that name the person: the place
 * of the saying (see above), or the article does not say; undefined where the question asks no such thing.
 */
export function answerWhereSpoken(scope: Scope, query: Query): Finding | undefined {
  const name = speakerNameAsked(query);
  if (name === undefined) return undefined;
  let asked = false;
  for (const entry of likelyArticles(scope, name)) {
    const person = resolvePerson(entry.understanding.people, name);
    if (!person) continue;
    asked = true;
    const place = placeOfSaying(entry, query, person);
    if (place) return place;
  }
  if (!asked) return undefined;
  // Said of the person and the speaking, past an auxiliary the question opened with ("did Lorem speak").
  const words = query.subject.text.split(/\s+/);
  const from = words.findIndex((w) => !lexicon.stopWords.has(w.toLowerCase()));
  const subject = words.slice(Math.max(0, from)).join(' ');
  return { command: 'ask', query: query.text, found: false, citations: [], said: { kind: 'not-said', asks: 'where', query: subject }, asks: 'where', answerer: 'where' };
}
