// /ask: a question in Indonesian or English goes to the answerer its question word asks for. A
// who/when question about a passage ("Siapa menteri yang bertemu X?") is answered with the name or
// date of the passage; one that only names a person or an event goes to /who or /when. A miss stays
// a miss: no fallback that could trade "no answer" for a wrong one.
import { isNameWord, type Scope } from '../index/scope.js';
import { amountWords, frameWords } from '../query/concepts.js';
import { reread, type Query } from '../query/query.js';
import { resolvePerson } from '../text/name-match.js';
import type { Finding } from '../findings.js';
import { answerQuestion, isOpenQuestion } from './question.js';
import { otherOffice, roleContradicts } from './roles.js';
import { answerSaidBy } from './said-by.js';
import { answerSearch } from './search.js';
import { answerQuote } from './quote.js';
import { answerWhen } from './when.js';
import { answerWhere } from './where.js';
import { answerWhereSpoken } from './where-spoken.js';
import { answerOwner } from './owner.js';
import { answerWho } from './who.js';
import { withOfficeHolder } from './office-holder.js';
import { countScoreOf, durationAsked, durationScoreOf } from './counts.js';
import { moneyAsked, moneyScoreOf } from './money.js';
import { definitionAsked, withDefinition } from './definition.js';
import { isFunctionWord, lexicon } from '../text/lexicon.js';
import { paragraphWords, wordsOf, type Word } from '../text/words.js';
import { writesName } from './written.js';
import { tableWord } from './name-slots.js';
import { termsAsWritten } from './other-language.js';
import { eventsByOrdinal } from './ordinal-events.js';

const routes = { who: answerWho, when: answerWhen, where: answerWhere } as const;

/**
 * The short form of an open question's answer, said the way /who and /when say it: a person with
 * their role (unless the answer writes the role itself: "Kepala Dinas Budi"), a date resolved.
 */
function described(scope: Scope, found: Finding, kind: 'who' | 'when' | 'where'): Finding {
  const top = found.citations[0];
  if (!found.found || found.value === undefined || !top || found.said.kind === 'people') return found;
  if (kind === 'where') return { ...found, said: { kind: 'place', place: found.value, paragraph: top.paragraph } };
  const entry = scope.library.get(top.article);
  if (!entry) return found;
  const value = found.value;
  if (kind === 'who') {
    const role = resolvePerson(entry.understanding.people, value)?.role;
    return { ...found, said: { kind: 'answer', value, ...(role !== undefined && !value.includes(role) && { role }), paragraph: top.paragraph } };
  }
  const mention = entry.understanding.dates.find((d) => d.paragraph === top.paragraph && (d.text.includes(value) || value.includes(d.text)));
  return { ...found, said: { kind: 'answer', value, ...(mention && { date: mention }), paragraph: top.paragraph } };
}

/**
 * Does the paragraph cited write every capitalised name word the question types, in some spelling
 * (writesName: a typo or another spelling passes)? "Siapakah Ani Dolor?" is not answered by "Ani
 * Lorem adalah penyanyi …", nor "Who is Ani Lorem of Ipsum?" by a paragraph without Ipsum. A word
 * of the tables capitalised as a title or a relative ("Raden", "Ibunda", "Wife") is no name. The
 * description an open question is told (definitionAsked) is only found where its words are written.
 */
function namesWritten(scope: Scope, query: Query, found: Finding): boolean {
  const name = (w: Word): boolean => w.cap && !w.mark && !isFunctionWord(w) && !tableWord(w.norm) && !lexicon.kinWords.has(w.norm);
  const names = wordsOf(query.subject.defined ?? query.subject.text).filter(name);
  if (!found.found || names.length === 0) return true;
  const words = found.citations.flatMap((c) => {
    const paragraph = scope.library.get(c.article)?.article.paragraphs[c.paragraph - 1];
    return paragraph ? paragraphWords(paragraph) : [];
  });
  return names.every((w) => writesName(w.norm, words));
}

const refused = (query: Query, answerer: Finding['answerer']): Finding => ({ command: 'ask', query: query.text, found: false, citations: [], said: { kind: 'not-found', query: query.text }, answerer });

/** "Siapakah Lorem?": the profile of the one named, said by the description the article gives them; without one, the description alone. */
function whoIs(scope: Scope, query: Query): Finding {
  const profile = withDefinition(scope, query, answerWho(scope, query));
  const found = profile.found ? profile : (definitionAsked(scope, query, true) ?? profile);
  return namesWritten(scope, query, found) ? found : refused(query, 'who');
}

/**
 * Does the question tell of one event and nothing else: past the words any event is asked with, one
 * word, not a name, and no name or title written (capitalised) past its first word ("Kapan album
 * Lorem Ipsum dirilis?" asks of a thing it names, whose words the terms may not keep)?
 */
function namesOneEvent(scope: Scope, query: Query): boolean {
  const told = (query.focus?.terms ?? []).filter((t) => !frameWords.has(t));
  return told.length === 1 && !isNameWord(scope, told[0]!) && !/\s["'“‘(]?\p{Lu}/u.test(query.text.trim());
}

export function answerAsk(scope: Scope, query: Query): Finding {
  const found = askOnce(scope, query);
  // "Kapan kebakaran terjadi?" of an article telling a first and a second fire: both, each with its date.
  return (found.asks ?? query.kind) === 'when' ? (eventsByOrdinal(scope, query, found) ?? found) : found;
}

function askOnce(scope: Scope, query: Query): Finding {
  const kind = query.kind;
  // "Siapa yang mengatakan bahwa …?": the speaker of the statement that says it.
  const said = answerSaidBy(scope, query);
  if (said) return described(scope, said, 'who');
  // "Siapa yang dimaksud dengan X?": what the passage says X is.
  const defined = kind === 'who' && query.subject.defined !== undefined ? definitionAsked(scope, query, false) : undefined;
  if (defined) return { ...defined, answerer: 'who' };
  // "Aset siapa …?", "Whose assets …?": the thing's owner, not whoever its passage names.
  const owner = kind === 'who' ? answerOwner(scope, query) : undefined;
  if (owner) return owner;
  // "Di mana X berbicara?", "Where did X speak?": where X spoke, never a place of what X said.
  const spoken = kind === 'where' ? answerWhereSpoken(scope, query) : undefined;
  if (spoken) return spoken;
  if (query.focus !== undefined && isOpenQuestion(query, scope)) {
    // "Siapakah dewa Lorem?" of "Lorem adalah salah satu dewa …": a description in lower case, not a name beside it.
    const told = query.focus.kind === 'who' ? definitionAsked(scope, query, true) : undefined;
    if (told) return { ...told, answerer: 'who' };
    const found = withOfficeHolder(scope, query, answerQuestion(scope, query, query.focus));
    // "Siapa presiden Amerika?" is not answered by the article's "Presiden Rusia".
    if (query.focus.kind === 'who' && found.found && found.value !== undefined) {
      const entry = found.citations[0] && scope.library.get(found.citations[0].article);
      const role = entry && resolvePerson(entry.understanding.people, found.value)?.role;
      if (roleContradicts(role, query, query.focus.context) || otherOffice(role, query)) return refused(query, 'question');
    }
    // "Kapan kebakaran terjadi?", "When did the fire happen?": one noun of the event is too little to
    // score an answer beside it; the date of the passage telling of it answers, as /when gives it.
    if (!found.found && found.said.kind === 'not-found' && query.focus.kind === 'when' && namesOneEvent(scope, query)) {
      const dated = answerWhen(scope, query, { ofSubject: true });
      if (dated.found) return { ...described(scope, dated, 'when'), command: 'ask', asks: 'when', answerer: 'when' };
    }
    const shaped = described(scope, found, query.focus.kind);
    return { ...shaped, command: 'ask', answerer: 'question' };
  }
  // "Apa jabatan X?", "What is X's job?": who X is, with the role the article gives them.
  const office = query.roleAsked;
  if (office !== undefined && scope.entries.some((e) => resolvePerson(e.understanding.people, office) !== undefined)) {
    const who = answerWho(scope, reread(query, office));
    if (who.found) return { ...who, command: 'ask', asks: 'who', answerer: 'who' };
  }
  // "Apa kata X?", "What did X say?": X's quotes, as /quote X gives them, where the article quotes X
  // (not only a quote told to X, or relayed by X).
  const asked = query.quoteAsked;
  const speakers = asked === undefined ? [] : scope.entries.flatMap((e) => resolvePerson(e.understanding.people, asked)?.name ?? []);
  if (asked !== undefined && speakers.length > 0) {
    const quoted = answerQuote(scope, reread(query, asked));
    const quotes = quoted.said.kind === 'quotes' ? quoted.said.quotes.filter((q) => q.speaker !== undefined && speakers.includes(q.speaker)) : [];
    if (quoted.found && quoted.said.kind === 'quotes' && quotes.length > 0) {
      const cited = (c: { article: string; paragraph: number }): boolean => quotes.some((q) => q.refs.some((r) => r.article === c.article && r.paragraph === c.paragraph));
      const said = { ...quoted.said, quotes };
      return { ...quoted, citations: quoted.citations.filter(cited), said, command: 'ask', ...(kind && { asks: kind }), answerer: 'quote' };
    }
  }
  // "Berapa lama …?", "How long …?": a number of days, months or years, scored on the other words as the articles write them.
  const duration = kind === 'howmany' || kind === 'how' ? durationAsked(query.text) : undefined;
  if (duration !== undefined) {
    const timed = answerSearch(scope, query, 0.5, durationScoreOf(termsAsWritten(scope, query.terms.filter((t) => !duration.includes(t)), query.language)));
    // "How long" also asks a length ("How long is the bridge?"): a passage with no time in it answers as a how-question.
    if (timed.found || kind === 'howmany') return { ...timed, command: 'ask', asks: kind, answerer: 'search' };
  }
  // "Berapa pendapatan …?", "How much did … earn?": a sentence writing a sum of money, not a count;
  // the money word asked is often not the one written ("pendapatan" of "meraih US$ …"), so a quarter of the words is enough.
  const money = kind === 'howmany' ? moneyAsked(query.terms) : [];
  if (money.length > 0) {
    const sum = answerSearch(scope, query, 0.25, moneyScoreOf(money, termsAsWritten(scope, query.terms, query.language)));
    return { ...sum, command: 'ask', asks: kind, answerer: 'search' };
  }
  // The counted word as the articles write it ("How many soldiers …?" of one writing "tentara").
  const counted = kind === 'howmany' ? termsAsWritten(scope, query.terms, query.language) : [];
  // "Berapa jumlah pengunjung …?": the amount's noun is not what is counted.
  const countedWord = counted.find((t) => !amountWords.has(t)) ?? counted[0];
  const routed =
    kind === 'who'
      ? // "Siapakah Lorem Ipsum?": who they are, as the article says it ("pelukis Indonesia"), not their name again.
        whoIs(scope, query)
      : kind === 'when' || kind === 'where'
      ? routes[kind](scope, query)
      : // What, why, how: the passages that hold the question's words; a question often has one
        // word the article does not use ("isi", "content"), so half of its words are enough.
        answerSearch(scope, query, kind === undefined ? undefined : 0.5, countedWord !== undefined ? countScoreOf(countedWord, counted) : undefined);
  return { ...routed, command: 'ask', ...(kind && { asks: kind }), answerer: kind === 'who' || kind === 'when' || kind === 'where' ? kind : 'search' };
}
