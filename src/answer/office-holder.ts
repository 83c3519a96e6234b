// The holder of an office asked alone ("Siapa Kapolri?", "Who is the police chief?") among the
// people an open question's answer names: the answer is checked against the roles extract/ gave the
// article's people, so /ask names the one /who names — or the several it lists, where the paragraph
// writes more than one holder of the office together (office-list.ts).
import type { LibraryEntry } from '../index/library.js';
import type { Scope } from '../index/scope.js';
import { reread, type Query } from '../query/query.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import type { Finding } from '../findings.js';
import { answerOfficeHolder, officeOnly } from './who.js';
import { roleSaysAll } from './roles.js';

type Citation = Finding['citations'][number];

/** Does a role as the article writes it say every word of the office asked ("Kepala Kepolisian …" says "kepala polisi")? */
const holdsOffice = (role: string | undefined, query: Query): boolean => roleSaysAll(role, query.focus?.terms ?? []);

/**
 * "Siapa kepala polisi?" answered by one person whose role the article writes and who does not hold
 * that office ("Panglima TNI … Ahmad Lorem", named right before "Kepala Kepolisian … Budi
 * Ipsum"), while one other person of the paragraph has a role that says it, in either language
 * ("Who is the police chief?"): that one answers.
 */
function otherOfficeHolder(entry: LibraryEntry, query: Query, found: Finding, top: Citation): Finding {
  // The answer as written may carry ranks before the name ("Jenderal TNI Ahmad Lorem").
  const value = found.value ?? '';
  const person = resolvePerson(entry.understanding.people, value) ?? entry.understanding.people.find((p) => value.includes(p.name));
  if (!person || holdsOffice(person.role, query)) return found;
  const holders = entry.understanding.people.filter((p) => p !== person && p.paragraphs.includes(top.paragraph) && holdsOffice(p.role, query));
  const other = holders.length === 1 ? holders[0]! : undefined;
  if (!other) return found;
  const said = { kind: 'answer' as const, value: other.name, ...(other.role !== undefined && { role: other.role }), paragraph: top.paragraph };
  return { ...found, value: other.name, citations: [{ ...top, highlights: [other.name] }], said };
}

/** The one member of a list the article gives a role that says every word of the office asked, if one. */
function memberHolding(entry: LibraryEntry, query: Query, members: readonly string[]): string | undefined {
  const holding = entry.understanding.people.filter((p) => holdsOffice(p.role, query) && members.some((m) => m.includes(p.name)));
  return holding.length === 1 ? holding[0]!.name : undefined;
}

/** The members of a list as written ("A, B dan C", "A and B"), split at commas and the tables' list joiners. */
const memberSplit = new RegExp(`\\s*,\\s*|\\s+(?:${[...lexicon.listJoiners].join('|')})\\s+`, 'u');
const membersOf = (value: string): string[] => value.split(memberSplit).filter((m) => m !== '');

/**
 * "Siapa Kapolri?" of "… Kapolri Jenderal Pol. Budi Ipsum dan Kepala BIN Candra Dolor": a
 * who-question that asks nothing but an office, answered by a list of holders of several offices, is
 * answered by the one member the article gives that office as /who reads it, as written in the list
 * (/ask and /who then agree); answered by one person of another office, by the one who holds it
 * (otherOfficeHolder). Where /who lists several holders written together in the paragraph cited
 * ("Menlu Lorem A dan Menlu Ipsum B"), by that list, in either language. The answer as found otherwise.
 */
export function withOfficeHolder(scope: Scope, query: Query, found: Finding): Finding {
  if (!found.found || found.value === undefined || query.focus?.kind !== 'who' || !officeOnly(query.subject.text)) return found;
  const top = found.citations[0];
  const entry = top && scope.library.get(top.article);
  if (!top || !entry) return found;
  const members = membersOf(found.value);
  const asWho = answerOfficeHolder(scope, reread(query, query.subject.text));
  // /who lists the holders the paragraph cited writes together ("Menteri Luar Negeri Lorem A dan
  // Menteri Luar Negeri Ipsum B"): /ask gives that list, as it found it where it names the same people.
  if (asWho?.said.kind === 'people' && asWho.citations[0]?.article === top.article && asWho.said.paragraph === top.paragraph) {
    const holders = asWho.said.people;
    const same = members.length === holders.length && members.every((m) => holders.some((h) => m.includes(h.name) || h.name.includes(m)));
    return same ? found : { ...asWho, command: 'ask', asks: 'who' };
  }
  if (members.length < 2) return otherOfficeHolder(entry, query, found, top);
  // As /who reads roles; asked in the other language ("the head of the intelligence agency" of "Kepala
  // Badan Intelijen Negara"), the one member whose role says every word asked through the tables.
  const holder = asWho?.value ?? memberHolding(entry, query, members);
  if (holder === undefined) return found;
  const mine = members.filter((m) => m.includes(holder) || holder.includes(m));
  if (mine.length !== 1) return found;
  const citations = found.citations.map((c) => ({ ...c, highlights: (c.highlights ?? []).filter((h) => mine[0]!.includes(h) || h.includes(mine[0]!)) }));
  const role = resolvePerson(entry.understanding.people, holder)?.role;
  const people = [{ name: mine[0]!, ...(role !== undefined && { role }) }];
  const said = found.said.kind === 'people' ? { ...found.said, people } : found.said;
  return { ...found, value: mine[0]!, citations, said };
}
