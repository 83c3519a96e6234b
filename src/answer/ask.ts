// /ask: a question in Indonesian or English goes to the answerer its question word asks for. A
// who/when question about a passage ("Siapa menteri yang bertemu X?") is answered with the name or
// date of the passage; one that only names a person or an event goes to /who or /when. A miss stays
// a miss: no fallback that could trade "no answer" for a wrong one.
import type { Scope } from '../index/scope.js';
import { reread, type Query } from '../query/query.js';
import { resolvePerson } from '../text/name-match.js';
import { wordsOf } from '../text/words.js';
import { says } from './written.js';
import type { Finding } from '../findings.js';
import { answerQuestion, isOpenQuestion } from './question.js';
import { otherOffice, roleContradicts } from './roles.js';
import { answerSaidBy } from './said-by.js';
import { answerSearch } from './search.js';
import { answerWhen } from './when.js';
import { answerWhere } from './where.js';
import { answerOfficeHolder, answerWho, officeOnly } from './who.js';
import { countScoreOf } from './counts.js';
import { definitionAsked, withDefinition } from './definition.js';

/** Does a role as the article writes it say every word of the office asked ("Kepala Kepolisian …" says "kepala polisi")? */
const holdsOffice = (role: string | undefined, query: Query): boolean => {
  const written = role === undefined ? [] : wordsOf(role).map((w) => ({ ...w, sentence: 0, initial: false }));
  return written.length > 0 && (query.focus?.terms ?? []).every((t) => says(t, written));
};

/**
 * "Siapa kepala polisi?" answered by one person whose role the article writes and who does not hold
 * that office ("Panglima TNI … Ahmad Lorem", named right before "Kepala Kepolisian … Budi
 * Ipsum"), while one other person of the paragraph has a role that says it, in either language
 * ("Who is the police chief?"): that one answers.
 */
function otherOfficeHolder(scope: Scope, query: Query, found: Finding): Finding {
  const top = found.citations[0];
  const entry = top && scope.library.get(top.article);
  // The answer as written may carry ranks before the name ("Jenderal TNI Ahmad Lorem").
  const value = found.value ?? '';
  const person = entry && (resolvePerson(entry.understanding.people, value) ?? entry.understanding.people.find((p) => value.includes(p.name)));
  if (!entry || !person || holdsOffice(person.role, query)) return found;
  const holders = entry.understanding.people.filter((p) => p !== person && p.paragraphs.includes(top.paragraph) && holdsOffice(p.role, query));
  const other = holders.length === 1 ? holders[0]! : undefined;
  if (!other) return found;
  const said = { kind: 'answer' as const, value: other.name, ...(other.role !== undefined && { role: other.role }), paragraph: top.paragraph };
  return { ...found, value: other.name, citations: [{ ...top, highlights: [other.name] }], said };
}

/** The one member of a list the article gives a role that says every word of the office asked, if one. */
function memberHolding(scope: Scope, query: Query, found: Finding, members: readonly string[]): string | undefined {
  const entry = found.citations[0] && scope.library.get(found.citations[0].article);
  if (!entry) return undefined;
  const holding = entry.understanding.people.filter((p) => holdsOffice(p.role, query) && members.some((m) => m.includes(p.name)));
  return holding.length === 1 ? holding[0]!.name : undefined;
}

/** The members of a list as written ("A, B dan C", "A and B"). */
const membersOf = (value: string): string[] => value.split(/\s*,\s*|\s+(?:dan|serta|and|&)\s+/u).filter((m) => m !== '');

/**
 * "Siapa Kapolri?" of "… Kapolri Jenderal Pol. Budi Ipsum dan Kepala BIN Candra Dolor": a
 * who-question that asks nothing but an office, answered by a list of holders of several offices, is
 * answered by the one member the article gives that office as /who reads it, as written in the list;
 * /ask and /who then agree. The answer as found otherwise.
 */
function officeHolderOfList(scope: Scope, query: Query, found: Finding): Finding {
  if (!found.found || found.value === undefined || query.focus?.kind !== 'who' || !officeOnly(query.subject.text)) return found;
  const members = membersOf(found.value);
  if (members.length < 2) return otherOfficeHolder(scope, query, found);
  // As /who reads roles; asked in the other language ("the head of the intelligence agency" of "Kepala
  // Badan Intelijen Negara"), the one member whose role says every word asked through the tables.
  const holder = answerOfficeHolder(scope, reread(query, query.subject.text))?.value ?? memberHolding(scope, query, found, members);
  if (holder === undefined) return found;
  const mine = members.filter((m) => m.includes(holder) || holder.includes(m));
  if (mine.length !== 1) return found;
  const citations = found.citations.map((c) => ({ ...c, highlights: (c.highlights ?? []).filter((h) => mine[0]!.includes(h) || h.includes(mine[0]!)) }));
  const entry = found.citations[0] && scope.library.get(found.citations[0].article);
  const role = entry && resolvePerson(entry.understanding.people, holder)?.role;
  const people = [{ name: mine[0]!, ...(role !== undefined && { role }) }];
  const said = found.said.kind === 'people' ? { ...found.said, people } : found.said;
  return { ...found, value: mine[0]!, citations, said };
}

const routes = { who: answerWho, when: answerWhen, where: answerWhere } as const;

/** The short form of an open question's answer, said the way /who and /when say it: a person with their role, a date resolved. */
function described(scope: Scope, found: Finding, kind: 'who' | 'when' | 'where'): Finding {
  const top = found.citations[0];
  if (!found.found || found.value === undefined || !top || found.said.kind === 'people') return found;
  if (kind === 'where') return { ...found, said: { kind: 'place', place: found.value, paragraph: top.paragraph } };
  const entry = scope.library.get(top.article);
  if (!entry) return found;
  const value = found.value;
  if (kind === 'who') {
    const role = resolvePerson(entry.understanding.people, value)?.role;
    return { ...found, said: { kind: 'answer', value, ...(role !== undefined && { role }), paragraph: top.paragraph } };
  }
  const mention = entry.understanding.dates.find((d) => d.paragraph === top.paragraph && (d.text.includes(value) || value.includes(d.text)));
  return { ...found, said: { kind: 'answer', value, ...(mention && { date: mention }), paragraph: top.paragraph } };
}

/** "Siapakah Lorem?": the profile of the one named, said by the description the article gives them; without one, the description alone. */
function whoIs(scope: Scope, query: Query): Finding {
  const found = withDefinition(scope, query, answerWho(scope, query));
  return found.found ? found : (definitionAsked(scope, query, true) ?? found);
}

export function answerAsk(scope: Scope, query: Query): Finding {
  const kind = query.kind;
  // "Siapa yang mengatakan bahwa …?": the speaker of the statement that says it.
  const said = answerSaidBy(scope, query);
  if (said) return said;
  // "Siapa yang dimaksud dengan X?": what the passage says X is.
  const defined = kind === 'who' && query.subject.defined !== undefined ? definitionAsked(scope, query, false) : undefined;
  if (defined) return { ...defined, answerer: 'who' };
  if (query.focus !== undefined && isOpenQuestion(query, scope)) {
    // "Siapakah dewa Lorem?" of "Lorem adalah salah satu dewa …": a description in lower case, not a name beside it.
    const told = query.focus.kind === 'who' ? definitionAsked(scope, query, true) : undefined;
    if (told) return { ...told, answerer: 'who' };
    const found = officeHolderOfList(scope, query, answerQuestion(scope, query, query.focus));
    // "Siapa presiden Amerika?" is not answered by the article's "Presiden Rusia".
    if (query.focus.kind === 'who' && found.found && found.value !== undefined) {
      const entry = found.citations[0] && scope.library.get(found.citations[0].article);
      const role = entry && resolvePerson(entry.understanding.people, found.value)?.role;
      if (roleContradicts(role, query, query.focus.context) || otherOffice(role, query)) return { command: 'ask', query: query.text, found: false, citations: [], said: { kind: 'not-found', query: query.text }, answerer: 'question' };
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
  const routed =
    kind === 'who'
      ? // "Siapakah Lorem Ipsum?": who they are, as the article says it ("pelukis Indonesia"), not their name again.
        whoIs(scope, query)
      : kind === 'when' || kind === 'where'
      ? routes[kind](scope, query)
      : // What, why, how: the passages that hold the question's words; a question often has one
        // word the article does not use ("isi", "content"), so half of its words are enough.
        answerSearch(scope, query, kind === undefined ? undefined : 0.5, kind === 'howmany' && query.terms[0] !== undefined ? countScoreOf(query.terms[0], query.terms) : undefined);
  return { ...routed, command: 'ask', ...(kind && { asks: kind }), answerer: kind === 'who' || kind === 'when' || kind === 'where' ? kind : 'search' };
}
