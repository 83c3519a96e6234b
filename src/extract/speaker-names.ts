// extract: which person an attribution names. Given the words of an attribution — the clause after
// a speech verb (`kata Kepala Dusun Sidomulyo, Kecamatan Ngaglik, Dedi Kurniadi di …`) or the run
// before one (`Menteri Keuangan Sri Wahyuni menyatakan`) — find the person, never the role,
// organisation or place around them:
//   - words are classed by the language tables: titles and honorifics, role words, organisation and
//     place words, known places and outlets, acronyms, dates, numbers; what is left and capitalised
//     may be a name ("Covid-19", "Humas", "1" break a name; "B." and "bin" join one);
//   - a run right after an organisation or place word is that organisation's or place's name;
//   - the clause is cut into comma segments ("Role Org, Name, Place"); the speaker is the run that is
//     a person of the article, else a later segment that is a name and nothing else, else the last
//     clean run of the first segment ("Menteri Keuangan Sri Wahyuni" → Sri Wahyuni);
//   - a long run is cut where the article uses a part of it alone ("… Ditjen Pajak Rudi Arman Saleh" → "Rudi
//     Arman Saleh" when "Rudi" stands alone elsewhere), else to its last two words;
//   - no name, but a title (`kata Kapolres`, `the minister said`) → the title, resolved by the caller;
//     a role word and a demonstrative (`kata politisi senior itu`) → the person spoken of before.
import { hasRoleAffix, lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { wordsOf } from '../text/words.js';
import type { NameScope } from './speaker-scope.js';
import { classify, type Classed, type Kind } from './speaker-words.js';

export type { NameScope } from './speaker-scope.js';

export interface SpeakerName {
  /** The name as written, titles and honorifics removed. */
  readonly name?: string;
  /** The title or role written before the name (or alone), lower case ("presiden", "menteri keuangan"). */
  readonly title?: string;
  /** The words written before the name in its attribution, folded ("kepala kepolisian resor sukamaju
   * akbp" before "Hendra"): a later "kata Kapolres" or "ujar Kepala Polres" means this person. */
  readonly role?: string;
  /** No name: a role and a demonstrative ("politisi senior itu") stand for the person spoken of before
   * (`title` holds the role, for when nobody has been). */
  readonly demonstrative?: boolean;
}


const nameKinds = new Set<Kind>(['name', 'initial', 'particle']);

interface Run {
  /** Indexes into the classed words, inclusive. */
  readonly from: number;
  readonly to: number;
  /** Right after an organisation or place word: that organisation's or place's own name. */
  readonly tainted: boolean;
  /** The title words right before it, as written. */
  readonly title?: string;
  /** The words before it in its segment, folded, when a title is among them. */
  readonly role?: string;
}

/** Runs of name words in classed[from..to], never starting or ending with a particle. */
function runsIn(classed: readonly Classed[], from: number, to: number): Run[] {
  const runs: Run[] = [];
  let i = from;
  while (i <= to) {
    if (!nameKinds.has(classed[i]!.kind) || classed[i]!.kind === 'particle') {
      i++;
      continue;
    }
    let j = i;
    // An initial's dot ("B.") stays inside the run.
    while (j + 1 <= to && (nameKinds.has(classed[j + 1]!.kind) || (classed[j]!.kind === 'initial' && classed[j + 1]!.word.text === '.'))) j++;
    while (j > i && (classed[j]!.kind === 'particle' || classed[j]!.word.text === '.')) j--;
    // Initials alone are no name ("Sultan HB X", "Gedung B").
    if (classed.slice(i, j + 1).every((c) => c.kind !== 'name')) {
      i = j + 1;
      continue;
    }
    let k = i - 1;
    while (k >= from && classed[k]!.kind === 'honorific') k--;
    const before = k >= from ? classed[k]!.kind : undefined;
    let t = k;
    while (t >= from && classed[t]!.kind === 'title') t--;
    const title = t < k ? classed.slice(t + 1, k + 1).map((c) => c.word.text).join(' ') : undefined;
    // After an organisation or place word, or before an organisation word ("Harapan Foundation"), a
    // run is that organisation's or place's own name.
    const after = classed[j + 1];
    // An organisation word that closes a name ("Portmouth Ports") leaves the run after it free.
    // An organisation word after an acronym closes it too ("RMA Group Kevin …").
    const closesName = k - 1 >= from && (classed[k - 1]!.kind === 'name' || (classed[k - 1]!.word.acronym === true && classed[k - 1]!.word.cap));
    // One word before a capitalised role word heads an institution's name ("Gugus Tugas").
    const heads = i === j && after?.kind === 'role' && after.word.cap && !/\p{N}/u.test(after.word.text) && !after.word.acronym;
    // One word after an institution's capitalised role word, with no title before it ("Biro Statistik").
    const named = i === j && before === 'role' && classed[k]!.word.cap && lexicon.roleWords.has(classed[k]!.word.norm) && !classed.slice(from, k).some((c) => c.kind === 'title');
    // An organisation word right after a title is part of the role ("Ketua Pansus …", "Ketua Partai Maju …"):
    // the run is the person, less the organisation's own name where the article writes one (scope.placeOrOrg).
    const inRole = k - 1 >= from && classed[k - 1]!.kind === 'title';
    const tainted = (before === 'org' && !closesName && !inRole) || before === 'place' || after?.kind === 'org' || heads || named;
    const lead = classed.slice(from, i).filter((c) => c.kind !== 'mark');
    const role = lead.some((c) => c.kind === 'title') ? lead.map((c) => c.word.norm).join(' ') : undefined;
    runs.push({ from: i, to: j, tainted, ...(title !== undefined && { title }), ...(role !== undefined && { role }) });
    i = j + 1;
  }
  return runs;
}

const textOf = (clause: string, classed: readonly Classed[], from: number, to: number): string =>
  clause.slice(classed[from]!.word.start, classed[to]!.word.end);

/**
 * The person a run names, cut to the part that is a name: a person of the article, a part the article
 * uses alone, else the run (its last two words when it is long, or follows an organisation's name).
 */
function personOf(clause: string, classed: readonly Classed[], run: Run, scope: NameScope): { name: string; person: boolean } | undefined {
  let words = classed.slice(run.from, run.to + 1).filter((c) => c.kind !== 'mark');
  // A run after an organisation word starts with the organisation's own name ("Partai Maju …"), and
  // a first word the article uses as a place ("di Sidomulyo") is that place ("Bupati Sidomulyo Rudi …").
  if (run.tainted || (words.length >= 2 && scope.placeOrOrg.has(words[0]!.word.text))) {
    if (run.tainted && words.length < 3) return undefined;
    words = words.slice(1);
  }
  const from = (k: number): string => clause.slice(words[k]!.word.start, words[words.length - 1]!.word.end);
  // A person of the article: the whole run when it is short; in a long run (where the people list may
  // hold the organisation glued on too) the shortest part of two words or more that names one.
  const long = words.length >= 4;
  const order = [...words.keys()].filter((k) => words[k]!.kind !== 'particle' && (!long || (k >= 1 && k <= words.length - 2)));
  for (const k of long ? order.reverse() : order) if (scope.people.length > 0 && scope.personNamed(from(k))) return { name: from(k), person: true };
  if (words.length >= 3) {
    for (let k = 1; k < words.length; k++) if (words[k]!.kind === 'name' && scope.alone.has(words[k]!.word.text)) return { name: from(k), person: false };
    if (long || run.tainted) return { name: from(words.length - 2), person: false };
  }
  return { name: from(0), person: false };
}

/**
 * A capitalised word follows classed[i] directly, or after one more lower-case word when either is a
 * role or a noun for a person who does something and neither is a stop word: the lower-case words are
 * a role before a name ("petinggi klub X Budi", "bos tim X, Budi", not "pria asal X"); or, in the
 * clause's first segment, a comma and a name ("ungkap temannya, Budi").
 */
function capitalSoon(classed: readonly Classed[], i: number, scope: NameScope, first: boolean): boolean {
  // A name after a comma: "ungkap temannya, Budi Santoso", "kata polisi setempat, Ann Lee".
  const name = (k: number): boolean => {
    const c = classed[k];
    if (c?.word.text === ',' && !lexicon.stopWords.has(classed[k - 1]!.word.norm)) return first && classed[k + 1]?.kind === 'name';
    return c !== undefined && c.word.cap;
  };
  if (name(i + 1)) return true;
  const w = classed[i]!.word;
  const next = classed[i + 1]?.word;
  if (next === undefined || next.mark || lexicon.stopWords.has(w.norm) || lexicon.stopWords.has(next.norm)) return false;
  const role = [classed[i]!, classed[i + 1]!].some((c) => c.kind === 'role' || c.kind === 'title' || scope.agentNoun(c.word.norm));
  return role && name(i + 2);
}

/** A comma inside a list of capitalised words that a connector closes ("Bidang Politik, Hukum, dan Keamanan"). */
function listComma(classed: readonly Classed[], i: number): boolean {
  const cap = (k: number): boolean => classed[k] !== undefined && !classed[k]!.word.mark && classed[k]!.word.cap;
  if (!cap(i - 1)) return false;
  let k = i + 1;
  while (cap(k) && classed[k + 1]?.word.text === ',') k += 2;
  if (cap(k) && !cap(k + 1)) k++;
  return classed[k] !== undefined && lexicon.connectors.has(classed[k]!.word.norm) && cap(k + 1);
}

/** After classed[i] (a word like "dari", "from"): capitalised words, a comma, and a name opening the next segment. */
function nameAfterPlace(classed: readonly Classed[], i: number): boolean {
  let k = i + 1;
  while (classed[k] !== undefined && !classed[k]!.word.mark && classed[k]!.word.cap) k++;
  return k > i + 1 && classed[k]?.word.text === ',' && (classed[k + 1]?.kind === 'name' || classed[k + 1]?.kind === 'initial');
}

/** Words that end the attribution clause: a lower-case word that is no title, particle, connector or determiner. */
const continues = (c: Classed, scope: NameScope): boolean =>
  c.kind !== 'lower' || lexicon.connectors.has(c.word.norm) || scope.determiners.has(c.word.norm);

/**
 * The speaker an attribution names. `clause` starts at the first word after the speech verb (or is
 * the run before it); reading stops at the sentence end or at a lower-case word that ends the clause.
 */
export function speakerIn(text: string, scope: NameScope, afterVerb = false): SpeakerName {
  // Read no further than the first sentence end (after a word, not an initial) or 200 characters.
  const cut = text.slice(0, 200).search(/\p{Ll}{2}[.!?;](?:\s|$)/u);
  const clause = cut < 0 ? text.slice(0, 200) : text.slice(0, cut + 3);
  // "kata pria yang akrab disapa Emil itu": the name they go by, when the clause opens in lower case.
  const nick = /^\s*\p{Ll}/u.test(clause) ? scope.nickname?.exec(clause)?.groups?.name : undefined;
  if (nick !== undefined) return { name: nick };
  const words = wordsOf(clause);
  const classed = classify(clause, words, scope, afterVerb);
  // Segments between commas, brackets skipped, up to the end of the clause.
  const segments: { from: number; to: number }[] = [];
  let from = 0;
  let depth = 0;
  let end = classed.length;
  for (let i = 0; i < classed.length; i++) {
    const c = classed[i]!;
    if (c.word.text === '(' || c.word.text === '[') depth++;
    if (depth > 0) {
      if (c.word.text === ')' || c.word.text === ']') depth--;
      continue;
    }
    if (c.kind === 'mark' && /^[.!?;:"“”]$/.test(c.word.text) && !(c.word.text === '.' && classed[i - 1]?.kind === 'initial')) {
      end = i;
      break;
    }
    if (c.word.text === ',' && !listComma(classed, i)) {
      if (i > from) segments.push({ from, to: i - 1 });
      from = i + 1;
      continue;
    }
    // A lower-case word ends the clause, unless no name has come yet and a capitalised word follows
    // ("Head of Research at PT Dana Kita Rina Hapsari", "Fajar dari PT Sinar Kayu"), or follows a role
    // written in lower case ("ujar penggebuk drum Band Raya Budi", "kata pengamat pasar Rina").
    // A name set off by commas after where the role's holder works ("anggota Tim X dari UGM, Budi
    // Santoso,") goes on; a place or outlet after a locative ("ujar Imam di Kompas.id") ends the clause.
    if (c.kind === 'lower' && scope.affiliations?.has(c.word.norm) === true && segments.length === 0 && nameAfterPlace(classed, i)) continue;
    if (!continues(c, scope) && (runsIn(classed, from, i - 1).some((r) => !r.tainted) || !capitalSoon(classed, i, scope, segments.length === 0) || (lexicon.locatives.has(c.word.norm) && classed[i + 1]?.kind === 'known'))) {
      end = i;
      break;
    }
  }
  if (end > from) segments.push({ from, to: end - 1 });
  // A clause opening with a noun for a thing said ("demikian pernyataan misi …", "menurut keterangan
  // tertulis …") names nobody unless a title comes before its first name.
  const opening = classed.findIndex((c) => c.kind !== 'mark' && !scope.determiners.has(c.word.norm));
  const firstName = classed.findIndex((c) => c.kind === 'name');
  const thing = opening >= 0 && !classed[opening]!.word.cap && hasRoleAffix(classed[opening]!.word.norm);
  if (thing && !classed.slice(opening, firstName < 0 ? undefined : firstName).some((c) => c.kind === 'title')) segments.length = 0;
  // A role and a demonstrative stand for the person spoken of before, even with a name inside the role
  // ("kata pria asal Sukamaju itu", "kata mantan pelatih Persija itu"): a short phrase without stop
  // words, not a clause ("… yang ditugaskan untuk menyelidiki kasus itu").
  const stop = classed.findIndex((c) => c.kind === 'mark' && /^[,.!?;:"“”]$/.test(c.word.text));
  const lastWord = classed[(stop < 0 ? classed.length : stop) - 1];
  const demonstrative = lastWord !== undefined && scope.demonstratives.has(lastWord.word.norm) && classed[0]?.kind !== 'name';
  const phrase = classed.slice(0, stop < 0 ? classed.length : stop).slice(0, -1);
  const compact = phrase.length <= 7 && phrase.every((c) => !c.word.mark && !lexicon.stopWords.has(c.word.norm));
  // A phrase with a title goes with it: the speaker when nobody has been spoken of ("tutur mantan
  // Kapolda X ini" opening a text), never a body ("kata lembaga itu").
  if (demonstrative && compact && classed[0] !== undefined && !classed[0].word.cap) {
    const role = phrase.some((c) => c.kind === 'title') ? fold(clause.slice(phrase[0]!.word.start, phrase[phrase.length - 1]!.word.end)) : undefined;
    return { demonstrative: true, ...(role !== undefined && { title: role }) };
  }
  const found = segments.map((s) => ({ segment: s, runs: runsIn(classed, s.from, s.to) }));
  // A later segment that is a name and nothing else, or titles and a name ("Kepala Dinas X, Budi
  // Santoso", "…, Letnan Kolonel dr M Arifin"); the search ends at a segment opening with a lower-case
  // word ("chief executive of …", "di Jakarta").
  const appositions: Run[] = [];
  for (const { segment, runs } of found.slice(1)) {
    if (classed[segment.from]?.kind === 'lower') break;
    const run = runs[0];
    if (runs.length === 1 && run!.from === firstWord(classed, segment) && run!.to === beforeBrackets(classed, segment) && !run!.tainted) appositions.push(run!);
  }
  // 1. A person of the article, in apposition or closing the first segment (where a title and an
  // organisation put the name: "Kepala Seksi Tanaman Dinas Pertanian Wulan Sari").
  const first = found[0];
  const lastOfFirst = first?.runs[first.runs.length - 1];
  for (const run of [...appositions, ...(lastOfFirst ? [lastOfFirst] : [])]) {
    const p = personOf(clause, classed, run, scope);
    if (p?.person) return withTitle(p.name, run);
  }
  // 2. A name in apposition.
  if (appositions[0]) return withTitle(textOf(clause, classed, appositions[0].from, appositions[0].to), appositions[0]);
  // 3. The last clean run of the first segment.
  for (const run of [...(first?.runs ?? [])].reverse()) {
    const p = personOf(clause, classed, run, scope);
    if (p) return withTitle(p.name, run);
  }
  // No name: a role with a demonstrative ("politisi senior itu", "dokter di puskesmas ini") …
  if (demonstrative) return { demonstrative: true };
  // … or a title alone ("Presiden", "the minister", "Kepala Dinas Kesehatan").
  // A segment that holds a name we could not take is no title either.
  if (first && first.runs.length === 0) {
    const title = roleText(clause, classed.slice(first.segment.from, first.segment.to + 1));
    if (title !== undefined) return { title };
  }
  return {};
}

/** The last word of a segment before an age in brackets that closes it ("Budi Santoso (35)"). */
function beforeBrackets(classed: readonly Classed[], segment: { from: number; to: number }): number {
  const t = segment.to;
  const age = t - 2 > segment.from && classed[t]!.word.text === ')' && /^\d{1,3}$/.test(classed[t - 1]!.word.text) && classed[t - 2]!.word.text === '(';
  return age ? t - 3 : t;
}

const leading = new Set<Kind>(['honorific', 'title', 'role']);
function firstWord(classed: readonly Classed[], segment: { from: number; to: number }): number {
  let i = segment.from;
  while (i <= segment.to && leading.has(classed[i]!.kind)) i++;
  return i;
}

function withTitle(name: string, run: Run): SpeakerName {
  return { name, ...(run.title !== undefined && { title: fold(run.title) }), ...(run.role !== undefined && { role: run.role }) };
}

/** A role written without a name ("Kapolres", "Menteri Luar Negeri"), lower case; determiners dropped. */
function roleText(clause: string, all: readonly Classed[]): string | undefined {
  // Up to a bracket: "kata Presiden (Kompas, 11/11/2017)" cites where it was said.
  const bracket = all.findIndex((c) => c.word.text === '(' || c.word.text === '[');
  const lead = bracket < 0 ? all : all.slice(0, bracket);
  const kept = lead.filter((c) => c.kind !== 'mark' && c.kind !== 'honorific' && !(c.kind === 'lower' && !lexicon.connectors.has(c.word.norm)));
  while (kept.length > 0 && kept[0]!.kind !== 'title') kept.shift();
  if (kept.length === 0) return undefined;
  return fold(clause.slice(kept[0]!.word.start, kept[kept.length - 1]!.word.end));
}

/**
 * The speaker as the article names them in full: the person of the article the written name means
 * ("Hartono" → "Budi Hartono"), unless that person's name only adds words before a name of two or more
 * words (a role or organisation glued on: "Rudi Hartanto" stays, not "Covid-19 Rudi Hartanto").
 */
export function fullName(written: string, scope: NameScope): string {
  const person = scope.personNamed(written);
  if (!person || person.name === written) return written;
  const words = written.split(/\s+/);
  if (words.length >= 2 && person.name.endsWith(written)) return written;
  const cleaned = speakerIn(person.name, scope).name;
  // A written name that is part of the person's keeps its words: a people-list entry that swallowed a
  // headline's words ("Budi Santoso Kena Tegur") cleans to words that are not the person's name at all.
  // (Another name for them, "Sutrisno" for "Budi Hartono (Sutrisno)", takes the cleaned name.)
  const personWords = new Set(person.name.split(/\s+/));
  const part = words.some((w) => personWords.has(w)) && speakerIn(written, scope).name !== undefined;
  const holds = cleaned !== undefined && (!part || words.some((w) => cleaned.split(/\s+/).includes(w)));
  return holds && cleaned.split(/\s+/).length >= words.length ? cleaned : written;
}
