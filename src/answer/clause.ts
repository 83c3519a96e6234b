// The people of the clause that answers an open who-question: "Menteri Luar Negeri Korea Utara A dan
// Menteri Luar Negeri Rusia B bertemu di Moskow" answers "Siapa yang bertemu di Moskow?" with both,
// as /who does — people written side by side, joined by commas and "dan"/"and" with only their
// roles between them. A question that names a role ("Siapa Wakil Presiden?") takes from the list
// only those written with that role; an appositive ("A, general secretary of the B union") is no list.
import { affixedForm } from '../query/concepts.js';
import { allTables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { spouseBeside } from './relatives.js';

/** Words that join the members of a list: conjunctions, not the connectors inside a name ("of", "the", "untuk"). */
export const joiners: ReadonlySet<string> = new Set(['dan', 'serta', 'maupun', 'and', '&']);

/** A title or a role word ("Kepala", "Menteri"): in brackets after a name, the person's role, not another name. */
const roleWord = (w: Word): boolean => lexicon.titleWords.has(w.norm) || lexicon.roleWords.has(w.norm);

/** "dari", "of": the realm or house a person is of ("Louis dari Lorem dan Conrad dari Ipsum"). */
const originWords = new Set(allTables.flatMap((t) => t.answerWords?.originWords ?? []));

/**
 * Are these words, between two people, only the list's joints and the second one's role? What the
 * first one is of ("dari Lorem"), their other name or years in brackets ("(1920–1980)") are theirs,
 * not the list's. With `apposed`, what the first one is, set off by commas, may stand before the
 * conjunction ("A, pendiri …, dan B").
 */
function joint(between: readonly Word[], apposed = false): boolean {
  if (between.length === 0) return false;
  if (apposed && apposedThenJoined(between)) return true;
  const said: Word[] = [];
  for (let i = 0; i < between.length; i++) {
    const w = between[i]!;
    const close = w.text === '(' ? between.findIndex((v, k) => k > i && v.text === ')') : -1;
    // Another name or years in brackets ("(Lorem)", "(1920–1980)"); a role there ("(vokal)") is the person's own.
    if (close > i && between.slice(i + 1, close).every((v) => v.mark || (v.cap && !roleWord(v)) || /^\p{N}/u.test(v.norm))) {
      i = close;
    } else if (!w.mark && originWords.has(w.norm) && between[i + 1]?.cap) {
      // "Louis dari Lorem dan Conrad …": the realm, then the list's conjunction.
      let j = i + 1;
      while (between[j + 1]?.cap) j++;
      if (!joiners.has(between[j + 1]?.norm ?? '')) return false;
      i = j;
    } else said.push(w);
  }
  if (said.length === 0 || said.length > 8) return false;
  let joined = false;
  for (const w of said) {
    if (w.mark) {
      if (!/^[,;/]$/.test(w.text)) return false;
      joined = true;
    } else if (joiners.has(w.norm)) joined = true;
    else if (!w.cap && !lexicon.titleWords.has(w.norm) && !lexicon.roleWords.has(w.norm)) return false;
  }
  return joined;
}

/**
 * ", pendiri agensi Lorem, dan", ", a founder of Lorem, and": what the first is, set off by commas
 * and opened in lower case as a description is, then the list's conjunction: the list goes on.
 */
function apposedThenJoined(between: readonly Word[]): boolean {
  const n = between.length;
  if (n < 4 || n > 14 || between[0]!.text !== ',' || between[n - 2]!.text !== ',' || !joiners.has(between[n - 1]!.norm)) return false;
  const apposition = between.slice(1, n - 2);
  return /^\p{Ll}/u.test(apposition[0]!.text) && apposition.every((w) => !w.mark || w.text === '-');
}

/** "B, drum": a lower-case apposition right after the person ("A, vokal, dan B, drum" gives each their own role). */
const apposedAfter = (c: Candidate): boolean => c.words[c.last + 1]?.text === ',' && /^\p{Ll}/u.test(c.words[c.last + 2]?.text ?? '');

/** The folded words of the brackets written right after a person's name ("(Founder of Jeffalytics)"), if any. */
function bracketAfter(c: Candidate): string[] {
  if (c.words[c.last + 1]?.text !== '(') return [];
  const inside: string[] = [];
  for (let i = c.last + 2; i < c.words.length && i - c.last <= 16; i++) {
    const w = c.words[i]!;
    if (w.text === ')') return inside;
    if (!w.mark) inside.push(w.norm);
  }
  return [];
}

/** Does this run of words hold a title ("menteri", "ketua")? */
const titled = (role: readonly string[]): boolean => role.some((w) => lexicon.titleWords.has(w));

/**
 * The role written right before a name ("Menteri Luar Negeri" of "… dan Menteri Luar Negeri B"),
 * folded; or before the comma that sets the name off as its appositive ("Ketua Partai Lorem, B"),
 * unless another person's name ends there (`nameEnds`) after an office written with a capital:
 * "Presiden Lorem A, B" gives B no role, "dewan juri A, B" gives B the role of A.
 */
function roleBefore(words: readonly Word[], first: number, nameEnds: ReadonlySet<number> = new Set()): string[] {
  const wordsBefore = (end: number): string[] => {
    const role: string[] = [];
    for (let i = end - 1; i >= 0 && end - i <= 8; i--) {
      const w = words[i]!;
      if (w.mark || joiners.has(w.norm) || (!w.cap && !lexicon.titleWords.has(w.norm) && !lexicon.roleWords.has(w.norm))) break;
      role.unshift(w.norm);
    }
    return role;
  };
  const role = wordsBefore(first);
  if (role.length > 0 || words[first - 1]?.text !== ',') return role;
  const set = wordsBefore(first - 1);
  // "Presiden Lorem A, B": a title written with a capital before another's name is that one's office; "juri A, B" a role they share.
  const office = words.slice(first - 1 - set.length, first - 1).some((w) => w.cap && lexicon.titleWords.has(w.norm));
  if (office && nameEnds.has(first - 2)) return role;
  return titled(set) ? set : role;
}

/**
 * The other people written in one list with the chosen answer, in the order the paragraph writes
 * them, the answer among them; only those `accepted` (the passage supports them too) and, when the
 * question names a role (`roles`, folded title words), not written with another role.
 */
export function clauseMates(best: Candidate, others: readonly Candidate[], accepted: (c: Candidate) => boolean, roles: readonly string[] = [], asked: readonly string[] = []): Candidate[] {
  if (!best.person) return [best];
  // Where the other people of the paragraph end: a role read back past one is theirs.
  const nameEnds = new Set(others.filter((c) => c.person && c.entry === best.entry && c.paragraph === best.paragraph).map((c) => c.last));
  const roleOf = (c: Candidate): readonly string[] => roleBefore(c.words, c.first, nameEnds);
  // The question's other words that the answer's own role holds ("luar", "negeri", "rusia" of "Siapa
  // Menteri Luar Negeri Rusia?"): a mate must hold them too, so "Menteri Luar Negeri Korea Utara B" is not one.
  const qualifiers = roles.length === 0 ? [] : asked.filter((t) => !roles.includes(t) && roleOf(best).some((w) => affixedForm(t, w)));
  const holds = (c: Candidate): boolean => {
    const role = roleOf(c);
    return [...roles, ...qualifiers].every((r) => role.some((w) => affixedForm(r, w)));
  };
  // The question's words that the answer's own brackets hold ("jeffalytics" of "B (Founder of
  // Jeffalytics)" for "Siapa pendiri Jeffalytics?"): in "A (…), B (…), C (…)" each person has their
  // own, so a mate is one only where its brackets hold them too.
  const bestBracket = bracketAfter(best);
  const ownWords = asked.filter((t) => bestBracket.some((w) => affixedForm(t, w)));
  const sharesOwn = (c: Candidate): boolean => {
    if (ownWords.length === 0) return true;
    const bracket = bracketAfter(c);
    return ownWords.every((t) => bracket.some((w) => affixedForm(t, w)));
  };
  // Where the answer is written after the asked role, each person of the list is written after their
  // own: only those written with the asked one answer. Elsewhere a mate written with a role of its
  // own must hold the asked one; one written without shares the list's.
  const strict = roles.length > 0 && holds(best);
  const holdsRole = (c: Candidate): boolean => holds(c) || (!strict && !titled(roleOf(c)));
  // "putra A, …, dan B istrinya" for "Siapa ayah …?": a name written as a spouse is another relative than the one asked.
  const kin = asked.filter((t) => lexicon.kinWords.has(t));
  const otherRelative = (c: Candidate): boolean => kin.length > 0 && !kin.some((k) => spouseBeside(c.words, c.first, c.last)?.startsWith(k) ?? true);
  const fits = (c: Candidate): boolean => accepted(c) && holdsRole(c) && sharesOwn(c) && !otherRelative(c);
  const sentence = best.words[best.first]!.sentence;
  // The answer may be written as its whole list already ("didirikan oleh A dan B", coordinated.ts): its mates are outside it.
  const bestFirst = best.words.findIndex((w) => w.start === best.start);
  const bestLast = best.words.findIndex((w) => w.end === best.end);
  const mates = others.filter(
    (c) => c !== best && c.person && c.entry === best.entry && c.paragraph === best.paragraph && c.words[c.first]!.sentence === sentence && c.first === c.words.findIndex((w) => w.start === c.start) && !(best.start <= c.start && c.end <= best.end),
  );
  // The same name written twice ("Lorem Ipsum, (Kota, 2008) Lorem Ipsum …") is one person.
  const nameOf = (c: Candidate): string => c.words.slice(c.first, c.last + 1).map((w) => w.norm).join(' ');
  const list = [best];
  // Grow the list from the answer outwards while the neighbour is joined to it.
  for (let grown = true; grown; ) {
    grown = false;
    const head = list[0]!;
    const tail = list[list.length - 1]!;
    const listed = (c: Candidate): boolean => list.includes(c) || list.some((m) => nameOf(m) === nameOf(c));
    const headFirst = head === best && bestFirst >= 0 ? Math.min(bestFirst, best.first) : head.first;
    const tailLast = tail === best && bestLast >= 0 ? Math.max(bestLast, best.last) : tail.last;
    const before = mates.find((c) => !listed(c) && c.last < headFirst && joint(best.words.slice(c.last + 1, headFirst), !apposedAfter(head)) && fits(c));
    if (before) {
      list.unshift(before);
      grown = true;
    }
    const after = mates.find((c) => !listed(c) && c.first > tailLast && joint(best.words.slice(tailLast + 1, c.first), !apposedAfter(c)) && fits(c));
    if (after) {
      list.push(after);
      grown = true;
    }
  }
  // "Gubernur A dan Wali Kota B" for "Siapa Wali Kota …?": only those written with the asked role, when some are.
  const holders = roles.length > 0 ? list.filter(holds) : [];
  if (holders.length > 0) return holders;
  // "A (5) dan B (27)" for "… dalam usia 27 tahun?": only those whose brackets hold a word of the question, when some do.
  const bracketed = list.filter((c) => asked.some((t) => bracketAfter(c).some((w) => affixedForm(t, w))));
  return bracketed.length > 0 ? bracketed : list;
}

/**
 * The names of a list said as the passage joins them: "A, B dan C" where it writes "dan" before the
 * last, "A and B" in English; commas alone where it writes no conjunction.
 */
export function listValue(list: readonly Candidate[], names: readonly string[]): string {
  if (list.length < 2) return names.join(', ');
  const before = list[list.length - 2]!;
  const last = list[list.length - 1]!;
  const joiner = before.words.slice(before.last + 1, last.first).find((w) => !w.mark && joiners.has(w.norm));
  if (joiner === undefined) return names.join(', ');
  return `${names.slice(0, -1).join(', ')} ${joiner.text} ${names[names.length - 1]}`;
}
