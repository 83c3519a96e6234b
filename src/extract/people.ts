// People an article names. A name is a run of capitalised words that are not role words, places,
// organisations or function words, found by its cues:
//   - after a title or role:  "Menteri Luar Negeri <Country> <Name>", "pemimpin <Country> <Name>",
//     "<Demonym> Foreign Minister <Name>", "Panglima … (ACR) Jenderal ACR <Name>";
//   - beside a speech verb:   "kata <Name>", "ujar <Name>", "<Name> mengatakan", "<Name> said";
//   - in apposition:          "<Name>, Wakil Presiden …,", "<Name>, direktur eksekutif …",
//                             "mantan kepala keamanan Gaza, <Name>,".
// Later mentions by surname or first name ("Wijaya" for "Andi Wijaya") are linked to the full name;
// a name in brackets after a name is a nickname ("Andi Wijaya (Anwi)"). The role is kept as written.
import { fold } from '../text/normalize.js';
import type { Article, Person } from '../types.js';
import { outletSpans, placeSpans } from '../text/known-names.js';
import { findAll } from '../text/find.js';
import { isFunctionWord, isRoleWord, lexicon } from '../text/lexicon.js';
import { articleWords, opensSentence, type ArticleWords, type ParagraphWords } from './words.js';
import type { Word } from '../text/words.js';

interface Mention {
  readonly paragraph: number;
  /** Offsets of the name in its paragraph. */
  readonly start: number;
  readonly end: number;
  /** The name as written. */
  readonly name: string;
  /** Folded parts of the name, hyphenated parts split ("lee", "min", "ho"). */
  readonly parts: readonly string[];
  /** The role as written, if the cue gave one. */
  readonly role?: string;
  /** Only links to a person found otherwise (a lone capitalised word opening a sentence). */
  readonly weak: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A paragraph with what each word is, for the name rules. */
interface Context extends ParagraphWords {
  /** Word indexes inside a gazetteer place or a news outlet. */
  readonly known: ReadonlySet<number>;
  readonly common: ReadonlySet<string>;
}

const partsOf = (name: string): string[] =>
  fold(name)
    .replace(/[.]/g, ' ')
    .split(/[\s\-‐–]+/)
    .filter((s) => s.length > 0);

function knownWords(p: ParagraphWords): Set<number> {
  const spans = [...placeSpans(p.text), ...outletSpans(p.text)];
  const set = new Set<number>();
  p.words.forEach((w, i) => {
    if (spans.some((s) => w.start < s.end && w.end > s.start)) set.add(i);
  });
  return set;
}

/** Could this word be part of a person's name? */
function nameLike(c: Context, i: number): boolean {
  const w = c.words[i];
  if (!w || w.mark || !w.cap || w.acronym || /^\p{N}/u.test(w.text)) return false;
  if (c.known.has(i) || isRoleWord(w) || isFunctionWord(w)) return false;
  if (lexicon.organisationWords.has(w.norm) || lexicon.placeWords.has(w.norm)) return false;
  return true;
}

/** The run of name words starting at i ("Anna Maria Berg", "John F. Smith", "Ahmad bin Said"). */
function nameRunAt(c: Context, i: number): Span & { from: number; to: number } | undefined {
  if (!nameLike(c, i)) return undefined;
  let j = i + 1;
  while (j < c.words.length && j - i < 6) {
    const w = c.words[j]!;
    const prev = c.words[j - 1]!;
    if (nameLike(c, j) && w.start === prev.end + 1) {
      j++;
    } else if (w.text === '.' && /^\p{Lu}$/u.test(prev.text) && nameLike(c, j + 1)) {
      j++; // the dot of an initial
    } else if (!w.cap && !w.mark && lexicon.particles.has(w.norm) && nameLike(c, j + 1)) {
      j++;
    } else break;
  }
  const from = i;
  const to = j;
  return { from, to, start: c.words[from]!.start, end: c.words[to - 1]!.end };
}

/** Maximal name runs of a paragraph, left to right. */
function nameRuns(c: Context): (Span & { from: number; to: number })[] {
  const runs: (Span & { from: number; to: number })[] = [];
  for (let i = 0; i < c.words.length; ) {
    const run = nameRunAt(c, i);
    if (run) {
      runs.push(run);
      i = run.to;
    } else i++;
  }
  return runs;
}

/** Does the role continue at word j (a capitalised role word, place, acronym, or a bracket)? */
function roleContinues(c: Context, j: number): boolean {
  const w = c.words[j];
  if (!w) return false;
  // A bracket continues the role only if more role follows it: "(TNI) Jenderal TNI …";
  // "Andi Wijaya (Anwi) memerintahkan" is a name and its nickname.
  if (w.text === '(') {
    const close = c.words.findIndex((x, k) => k > j && x.text === ')');
    return close > j && close - j <= 10 && c.words[close + 1]?.text !== '(' && roleContinues(c, close + 1);
  }
  return !w.mark && w.cap && (isRoleWord(w) || c.known.has(j) || lexicon.organisationWords.has(w.norm));
}

interface TitleScan {
  readonly roleFrom: number;
  /** Exclusive word index where the role ends. */
  readonly roleTo: number;
  readonly name?: { from: number; to: number };
  /** Where scanning may resume. */
  readonly next: number;
}

/** A title at word i, the role words after it and the name that ends it, if any. */
function scanTitle(c: Context, i: number): TitleScan | undefined {
  const { words } = c;
  const length = lexicon.titles.matchAt(words, i);
  if (length === 0) return undefined;
  let roleFrom = i;
  // "<Demonym> Foreign Minister", "<Country>'s foreign minister": places and demonyms just before.
  while (roleFrom > 0) {
    const prev = words[roleFrom - 1]!;
    const pair = roleFrom > 1 ? `${words[roleFrom - 2]!.text} ${prev.text}` : '';
    if (!prev.mark && prev.cap && lexicon.demonyms.has(pair) && words[roleFrom]!.start <= prev.end + 1) roleFrom -= 2;
    else if (!prev.mark && prev.cap && (c.known.has(roleFrom - 1) || lexicon.demonyms.has(prev.text)) && words[roleFrom]!.start <= prev.end + 1) roleFrom--;
    else break;
  }
  let j = i + length;
  let roleTo = j;
  while (j < words.length) {
    const w = words[j]!;
    if (w.text === '(') {
      const close = words.findIndex((x, k) => k > j && x.text === ')');
      if (close < 0 || close - j > 10) break;
      roleTo = j = close + 1;
      continue;
    }
    if (w.mark) break;
    const title = lexicon.titles.matchAt(words, j);
    if (w.cap) {
      const run = nameRunAt(c, j);
      if (run) {
        // Capitalised words the tables do not know, then more role: they were part of the role
        // ("Wakil Presiden Forum Dialog <Region>"). So is one word after a word for an organisation
        // ("pemimpin Teater Senja") or one joined to more role ("Negara Bagian Alfa dan <Region>").
        const single = run.to - run.from === 1;
        const prev = words[run.from - 1];
        const afterOrganisation = single && prev !== undefined && prev.cap && lexicon.organisationWords.has(prev.norm);
        const next = words[run.to];
        const joined = single && next !== undefined && lexicon.connectors.has(next.norm) && words[run.to + 1]?.cap === true && lexicon.titles.matchAt(words, run.to + 1) === 0;
        if (roleContinues(c, run.to) || afterOrganisation || joined) {
          roleTo = j = run.to;
          continue;
        }
        return { roleFrom, roleTo, name: { from: run.from, to: run.to }, next: run.to };
      }
      roleTo = j = j + Math.max(1, title);
      continue;
    }
    if (title > 0) {
      roleTo = j = j + title;
      continue;
    }
    if (lexicon.roleWords.has(w.norm) || lexicon.demonyms.has(w.text)) {
      roleTo = j = j + 1;
      continue;
    }
    if (lexicon.connectors.has(w.norm) && words[j + 1]?.cap && lexicon.titles.matchAt(words, j + 1) === 0 && !nameRunAt(c, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return { roleFrom, roleTo, next: Math.max(roleTo, i + 1) };
}

const slice = (c: Context, from: number, to: number): string => c.text.slice(c.words[from]!.start, c.words[to - 1]!.end);

function mentionOf(c: Context, run: { from: number; to: number }, role: string | undefined, weak = false): Mention | undefined {
  // "Graham's": the name without the possessive.
  const name = slice(c, run.from, run.to).replace(/['’]s$/u, '');
  const first = c.words[run.from]!;
  // A lone word the article also writes in lower case is a common word, not a name.
  if (run.to - run.from === 1 && c.common.has(first.norm)) return undefined;
  if (run.to - run.from === 1 && first.text.length < 2) return undefined;
  return {
    paragraph: c.n,
    start: first.start,
    end: first.start + name.length,
    name,
    parts: partsOf(name),
    ...(role !== undefined && role.length > 0 && { role }),
    weak,
  };
}

const isClauseEnd = (w: Word | undefined): boolean => w === undefined || /^[,.;:!?)"“”'’]$/.test(w.text) || lexicon.speechVerbs.has(w.norm);

/** Role text after "<Name>, ": from a title near the start up to the next clause mark, if no other name ends it. */
function appositionRole(c: Context, from: number): string | undefined {
  const { words } = c;
  let t = from;
  // Up to three words before the title: "a", "the city's", "<Country>'s", "<Demonym>".
  while (t < words.length && t - from <= 3 && lexicon.titles.matchAt(words, t) === 0) {
    const w = words[t]!;
    const fits = lexicon.determiners.has(w.norm) || /['’]s$/.test(w.text) || c.known.has(t) || lexicon.demonyms.has(w.text);
    if (w.mark || !fits) return undefined;
    t++;
  }
  if (t >= words.length || lexicon.titles.matchAt(words, t) === 0) return undefined;
  const scan = scanTitle(c, t);
  // "…, Kepala Kepolisian … <Other Name>": a list of people. One word closing the clause is
  // the end of the role ("Kepala Dinas … Kotabaru,").
  if (scan?.name && !(scan.name.to - scan.name.from === 1 && isClauseEnd(words[scan.name.to]))) return undefined;
  // The role runs to the comma that closes the apposition, if one comes soon; else it is what the title scan found.
  let end = t;
  while (end < words.length && end - from < 10 && !isClauseEnd(words[end])) end++;
  if (!(words[end]?.text === ',' || words[end]?.text === '.' || end >= words.length || lexicon.speechVerbs.has(words[end]!.norm))) {
    end = scan?.name ? scan.name.to : (scan?.roleTo ?? end);
  }
  if (end <= from) return undefined;
  let start = from;
  while (start < t && lexicon.determiners.has(words[start]!.norm)) start++;
  return slice(c, start, end);
}

/** Role text before ", <Name>": the clause holding a title ("mantan kepala keamanan Gaza"). */
function precedingRole(c: Context, comma: number): string | undefined {
  const { words } = c;
  let k = comma - 1;
  while (k >= 0 && !words[k]!.mark && comma - k <= 10) k--;
  const clauseFrom = k + 1;
  if (clauseFrom >= comma) return undefined;
  // "…, Anna Berg PhD, Andi Wijaya, …": a list of names, not a role.
  if (nameLike(c, comma - 1)) return undefined;
  for (let t = clauseFrom; t < comma; t++) {
    if (lexicon.titles.matchAt(words, t) === 0) continue;
    const scan = scanTitle(c, t);
    if (scan?.name) return undefined;
    // "<Country>'s foreign ministry spokesperson": what qualifies the title belongs to the role.
    let from = t;
    while (from > clauseFrom) {
      const w = words[from - 1]!;
      if (/['’]s$/.test(w.text) || c.known.has(from - 1) || lexicon.demonyms.has(w.text) || lexicon.roleWords.has(w.norm)) from--;
      else break;
    }
    return slice(c, from, comma);
  }
  return undefined;
}

function mentionsOf(c: Context): Mention[] {
  const { words } = c;
  const mentions: Mention[] = [];
  const titled = new Set<number>(); // word index where a titled name starts
  const roleOnly: TitleScan[] = [];
  // 1. Titles and roles.
  for (let i = 0; i < words.length; ) {
    const scan = scanTitle(c, i);
    if (!scan) {
      i++;
      continue;
    }
    // "<Name>, Kepala Dinas … Kotabaru,": the last word closes an apposition, it is no name.
    const apposed =
      scan.name !== undefined &&
      scan.name.to - scan.name.from === 1 &&
      words[scan.roleFrom - 1]?.text === ',' &&
      nameLike(c, scan.roleFrom - 2) &&
      isClauseEnd(words[scan.name.to]);
    if (scan.name && !apposed) {
      const role = slice(c, scan.roleFrom, scan.roleTo).replace(/[\s,]+$/, '');
      const m = mentionOf(c, scan.name, role);
      if (m) {
        mentions.push(m);
        titled.add(scan.name.from);
      }
    } else roleOnly.push(scan);
    i = scan.next;
  }
  const quotes = [...c.text.matchAll(/“[^”]*”|"[^"]*"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const runs = nameRuns(c).filter((r) => !titled.has(r.from) && ![...titled].some((t) => r.from > t && r.from < t + 6 && mentions.some((m) => m.start <= words[r.from]!.start && m.end >= words[r.from]!.end)));
  for (const run of runs) {
    const before = words[run.from - 1];
    const after = words[run.to];
    // 2. Apposition: "<Name>, <role>," and "<role>, <Name>,".
    if (after?.text === ',') {
      const role = appositionRole(c, run.to + 1);
      if (role) {
        const m = mentionOf(c, run, role);
        if (m) mentions.push(m);
        continue;
      }
    }
    if (before?.text === ',' && isClauseEnd(after)) {
      const role = precedingRole(c, run.from - 1);
      if (role) {
        const m = mentionOf(c, run, role);
        if (m) mentions.push(m);
        continue;
      }
    }
    // 3. Speech verbs: "kata <Name>", "menurut <Name>", "<Name> mengatakan", "<Name> pun mengatakan".
    const verbBefore = before !== undefined && (lexicon.speechVerbs.has(before.norm) || lexicon.accordingTo.has(before.norm) || (run.from >= 2 && lexicon.accordingTo.matchAt(words, run.from - 2) === 2));
    let v = run.to;
    if (words[v] && (lexicon.fillers.has(words[v]!.norm) || lexicon.stopWords.has(words[v]!.norm)) && !lexicon.speechVerbs.has(words[v]!.norm)) v++;
    const verbAfter = words[v] !== undefined && lexicon.speechVerbs.has(words[v]!.norm) && !words[v]!.mark && !words[v]!.cap;
    // "according to Hutchison Ports": a name followed by more capitalised words is part of something larger.
    const partOfLarger = after?.mark === false && after.cap;
    if ((verbBefore || verbAfter) && !partOfLarger) {
      const weak = !verbBefore && run.to - run.from === 1 && opensSentence(c, run.from);
      const m = mentionOf(c, run, undefined, weak);
      if (m) mentions.push(m);
      continue;
    }
    // 4. A bare name: two or more name words standing alone (no capitalised neighbour that would
    // make them part of an organisation or a place), outside quotes, none of them a common word.
    const alone = !((before?.mark === false) && before.cap) && !((after?.mark === false) && after.cap);
    const quoted = quotes.some((q) => run.start >= q.start && run.end <= q.end);
    const uncommon = words.slice(run.from, run.to).every((w) => !c.common.has(w.norm) && !/^\p{Lu}\.?$/u.test(w.text));
    if (run.to - run.from >= 2 && alone && !quoted && uncommon) {
      const m = mentionOf(c, run, undefined);
      if (m) mentions.push(m);
    }
  }
  return mentions;
}

/** A nickname in brackets right after a name: "Andi Wijaya (Anwi)". */
function nicknameAfter(text: string, end: number): string | undefined {
  const m = /^\s*\((\p{Lu}[\p{L}'’-]+)\)/u.exec(text.slice(end));
  if (!m) return undefined;
  const nick = m[1]!;
  if (placeSpans(nick).length > 0 || outletSpans(nick).length > 0) return undefined;
  return nick;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Forms of a name readers and writers use: surname, first name, first + last, hyphenated given names. */
function nameForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const forms: string[] = [];
  const usable = (w: string): boolean => w.replace(/\./g, '').length >= 2 && !lexicon.particles.has(fold(w));
  if (words.length >= 2) {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    // A family name and a two-syllable given name ("Lee Min Ho", "Park Ji Sung"): the family name
    // comes first and the given name is written joined or hyphenated ("Min-ho", "Minho").
    const syllabic = words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}{1,3}$/u.test(w));
    if (syllabic) {
      forms.push(first, `${first} ${words[1]}-${last.toLowerCase()}`, `${first} ${words[1]}-${last}`, `${first} ${words[1]}${last.toLowerCase()}`);
    } else {
      if (usable(last)) forms.push(last);
      if (usable(first)) forms.push(first);
      if (words.length >= 3 && usable(first) && usable(last)) forms.push(`${first} ${last}`);
    }
  }
  // "Min-ho" written → "Min Ho" typed.
  if (name.includes('-')) forms.push(name.split('-').map((part, k) => (k === 0 ? part : capitalise(part))).join(' '));
  return forms;
}

interface Cluster {
  mentions: Mention[];
  parts: string[];
  name: string;
  nicknames: Set<string>;
}

const contains = (whole: readonly string[], part: readonly string[]): boolean => {
  let k = 0;
  for (const p of whole) if (p === part[k]) k++;
  return k === part.length;
};

const order = (m: Mention): number => m.paragraph * 1_000_000 + m.start;

/** People of an article, in order of first mention. */
export function extractPeople(article: Article, { paragraphs, common }: ArticleWords = articleWords(article)): Person[] {
  const contexts: Context[] = paragraphs.map((p) => ({ ...p, known: knownWords(p), common }));
  const mentions = contexts.flatMap(mentionsOf);

  // Link mentions to people: longest names first, a shorter one joins the nearest earlier person whose name holds it.
  const clusters: Cluster[] = [];
  const sorted = [...mentions].sort((a, b) => b.parts.length - a.parts.length || order(a) - order(b));
  for (const m of sorted) {
    const nick = nicknameAfter(article.paragraphs[m.paragraph - 1]!.text, m.end);
    const candidates = clusters.filter((c) => contains(c.parts, m.parts) || [...c.nicknames].some((n) => fold(n) === fold(m.name)));
    let target: Cluster | undefined;
    if (candidates.length > 0) {
      const earlier = candidates
        .map((c) => ({ c, last: Math.max(-1, ...c.mentions.filter((x) => order(x) <= order(m)).map(order)) }))
        .sort((a, b) => b.last - a.last);
      target = earlier[0]!.c;
    } else if (!m.weak) {
      target = { mentions: [], parts: [...m.parts], name: m.name, nicknames: new Set() };
      clusters.push(target);
    }
    if (!target) continue;
    target.mentions.push(m);
    if (nick) target.nicknames.add(nick);
  }

  // Surface forms shared by two people do not find either one in the text.
  const formsOf = (c: Cluster): string[] => [...new Set([c.name, ...c.mentions.map((m) => m.name), ...c.nicknames, ...nameForms(c.name)])];
  const owners = new Map<string, number>();
  for (const c of clusters) for (const f of formsOf(c)) owners.set(f, (owners.get(f) ?? 0) + 1);

  const people = clusters.map((c) => {
    const inOrder = [...c.mentions].sort((a, b) => order(a) - order(b));
    const role = inOrder.find((m) => m.role !== undefined)?.role;
    const forms = formsOf(c);
    const paragraphSet = new Set(c.mentions.map((m) => m.paragraph));
    for (const p of contexts) {
      const blocked = [...placeSpans(p.text), ...outletSpans(p.text)];
      for (const f of forms) {
        if ((owners.get(f) ?? 0) > 1 || f.length < 2) continue;
        const hit = findAll(p.text, f).some((at) => !blocked.some((b) => at < b.end && at + f.length > b.start));
        if (hit) paragraphSet.add(p.n);
      }
    }
    const person: Person = {
      name: c.name,
      ...(role !== undefined && { role }),
      aliases: forms.filter((f) => f !== c.name),
      paragraphs: [...paragraphSet].sort((a, b) => a - b),
    };
    return { person, first: Math.min(...c.mentions.map(order)) };
  });
  return people
    .filter(({ person }) => placeSpans(person.name).every((s) => s.text !== person.name))
    .sort((a, b) => a.first - b.first)
    .map((p) => p.person);
}

/** Offsets of every written form of these people in a text (for the other extractors to skip). */
export function personSpans(text: string, people: readonly Person[]): Span[] {
  const spans: Span[] = [];
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      for (const at of findAll(text, form)) spans.push({ start: at, end: at + form.length });
    }
  }
  return spans;
}
