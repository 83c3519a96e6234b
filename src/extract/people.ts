// People an article names. Which words are a name is decided once, by the recogniser (names.ts);
// here a block of name words becomes a person where a cue says it is one:
//   - after a title or role:  "Menteri Luar Negeri <Country> <Name>", "pemimpin <Country> <Name>",
//     "<Demonym> Foreign Minister <Name>", "Panglima … (ACR) Jenderal ACR <Name>", "Mr <Name>";
//   - beside a speech verb:   "kata <Name>", "ujar <Name>", "<Name> mengatakan", "<Name> said";
//   - in apposition:          "<Name>, Wakil Presiden …,", "<Name>, direktur eksekutif …",
//                             "mantan kepala keamanan Gaza, <Name>,";
//   - standing alone:         two or more name words with no capitalised neighbour.
// The role is read by roles.ts. Later mentions by surname or first name ("Wijaya" for "Andi Wijaya")
// are linked to the full name; a name in brackets after a name is a nickname ("Andi Wijaya (Anwi)").
import { fold, foldedWords } from '../text/normalize.js';
import type { Article, Person } from '../types.js';
import { outletSpans, placeSpans } from '../text/known-names.js';
import { findAll } from '../text/find.js';
import { isActiveVerb, lexicon } from '../text/lexicon.js';
import { PhraseSet } from '../text/phrases.js';
import { allTables, tables } from '../lang/index.js';
import type { Language } from '../types.js';
import { readNames, type ReadNames } from './names.js';
import { isNameWord, nameBlockAt } from './name-blocks.js';
import { appositionRole, headedByTitle, isClauseEnd, precedingRole, roleText, scanTitle, titledBeforeComma, type Block, type Context, type TitleScan } from './roles.js';
import { nameForms } from './person-forms.js';
import { characterInWork, journeyFrom, knownGivenName, possessiveInForeignName, teamBefore, degreeAfter, doerAfterPassive, inDegree, instrumentAfter, listsOf, markedBefore, otherLanguageGivenName } from './person-cues.js';
import { personPredicateAfter, placeOrThingAfter, subjectOfSentence, thingNamesOf } from './person-predicates.js';
import type { ParagraphWord as Word } from '../text/words.js';
import { clustersOf, order, type Cluster, type Mention } from './person-clusters.js';
import { citedFrom, workYearAfter } from './thing-names.js';
import { surnameParticleBefore } from './no-one-runs.js';
import { schoolYears } from './name-context.js';
import { aboutNumber, afterPlace, besideQuoteOrDash, glued, gluedPastPlace, numbered, spelledOutAfter, titleOfWork, uncommonWords } from './block-shapes.js';


const partsOf = (name: string): string[] =>
  fold(name)
    .replace(/[.]/g, ' ')
    .split(/[\s\-‐–]+/)
    .filter((s) => s.length > 0);

/** Maximal blocks of name words of a paragraph, left to right. */
function nameBlocks(c: Context): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < c.words.length; ) {
    const block = nameBlockAt(c, i);
    if (block) {
      blocks.push(block);
      i = block.to;
    } else i++;
  }
  return blocks;
}

/**
 * "JB <Surname>", "AH <Surname>": two capitals right before the name word at `from` are its initials (not a Roman numeral,
 * a known place or an acronym; in an English article not a title either: "Labour MP <Name>").
 */
function initialled(c: Context, from: number): boolean {
  const initials = c.words[from - 1];
  const title = c.language === 'en' && initials !== undefined && lexicon.titleWords.has(initials.norm) && !lexicon.honorifics.has(initials.norm);
  return initials !== undefined && c.classes[from - 1] === 'initial' && !c.known[from - 1] && /^\p{Lu}{2}$/u.test(initials.text) && !/^[IVXL]+$/.test(initials.text) && !title && c.words[from]!.start === initials.end + 1;
}

function mentionOf(c: Context, whole: Block, role: string | undefined, weak = false): Mention | undefined {
  // "<Name> S.Pd", "<Name> M. Pd": a degree is no part of a person's name, and alone it is no one.
  let to = whole.to;
  while (to > whole.from && (inDegree(c, to - 1) || c.words[to - 1]!.mark)) to--;
  if (to === whole.from) return undefined;
  const block = { from: initialled(c, whole.from) ? whole.from - 1 : whole.from, to };
  // "Graham's": the name without the possessive.
  const first = c.words[block.from]!;
  const name = c.text.slice(first.start, c.words[block.to - 1]!.end).replace(/['’]s$/u, '');
  // A lone word the article also writes in lower case is a common word, not a name.
  if (block.to - block.from === 1 && c.common.has(first.norm)) return undefined;
  if (block.to - block.from === 1 && first.text.length < 2) return undefined;
  if (aboutNumber(c, block)) return undefined;
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

/** Does a capitalised word for a place or a body ("Stadion", "Jalan", "SMK") stand right before the title at word `at`, or a few capitalised words before it? */
function namesPlaceOrBody(c: Context, at: number, things = true): boolean {
  // "Universitas Islam Negeri Sunan …", "Pangkalan Udara Jenderal …": the word for the place or body may stand a few capitalised words back.
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = c.words[k]!;
    if (w.mark || !w.cap || c.words[k + 1]!.start > w.end + 1 || schoolYears(c.words, k)) return false; // not "Sejak SMP <Name>"
    if (lexicon.placeWords.has(w.norm) || lexicon.organisationWords.has(w.norm) || (things && lexicon.thingWords.has(w.norm))) return true;
  }
  return false;
}

/** The words that open a place's name in each language: its kinds written before a name ("Gunung", "Lake") and its openers ("New", "San"). */
const placeOpenersOf = (language: Language): PhraseSet => {
  const words = tables[language].nameWords;
  return new PhraseSet([...(words?.placeWordsBefore ?? words?.placeWords ?? []), ...(words?.placeNameOpeners ?? [])]);
};
const placeOpeners: Readonly<Record<Language, PhraseSet>> = { id: placeOpenersOf('id'), en: placeOpenersOf('en') };

/** Does a capitalised word that opens a place's name (in the article's language) or a named storm's open the block, with a name after it? */
function kindOpens(c: Context, block: Block): boolean {
  const w = c.words[block.from]!;
  const place = c.language === undefined ? 0 : placeOpeners[c.language].matchAt(c.words, block.from);
  const kind = Math.max(place, lexicon.namedEventWords.matchAt(c.words, block.from));
  return w.cap && kind > 0 && block.from + kind < block.to;
}

const headTitles = new PhraseSet(allTables.flatMap((t) => t.nameWords?.headTitles ?? []));

/** "Bupati <Regency>", "Raja <Realm>", "anggota <Band>": one word after the title of a head or a member names the place or body. */
function headedBody(c: Context, scan: TitleScan): boolean {
  const name = scan.name!;
  // "anggota Dallas Lorem Ipsum", "a member of …": what a member belongs to is a body, however many its words.
  if (name.from === scan.roleTo && lexicon.memberWords.has(c.words[name.from - 1]!.norm)) return true;
  if (name.to - name.from !== 1 || name.from !== scan.roleTo || knownGivenName(c, name)) return false;
  // "Raja <Name> membuka …", "Bupati <Name> lahir …": opening the sentence with a person's act after it, the person.
  const next = c.words[name.to];
  const acts = next !== undefined && !next.mark && !next.cap && (isActiveVerb(next) || lexicon.personPredicates.matchAt(c.words, name.to) > 0);
  if (acts && c.words[scan.roleFrom]!.initial) return false;
  for (let k = 1; k <= 2; k++) if (headTitles.matchAt(c.words, name.from - k, name.from - 1) === k) return true;
  // "Kepala Dusun <Hamlet>", "Kelurahan <Village>", "Walikota Tanjung <Cape>": a word for a kind of place right before names that place.
  const kind = c.words[name.from - 1]!;
  return kind.cap && lexicon.placeWords.has(kind.norm);
}

/** Names after titles: "Presiden <Name>", "Menteri … <Name>", "Mr <Name>". */
function titledMentions(c: Context, scans: TitleScan[]): Mention[] {
  const { words } = c;
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; ) {
    const scan = scanTitle(c, i);
    if (!scan) {
      i++;
      continue;
    }
    // "<Name>, Kepala Dinas … Kotabaru,": the last word closes an apposition, it is no name.
    // "Stadion Raja <Name>", "Jalan Kolonel <Name>", "SMK Raden <Name>": a title inside the name of a place or a body.
    const named = namesPlaceOrBody(c, scan.roleFrom);
    const apposed =
      scan.name !== undefined &&
      scan.name.to - scan.name.from === 1 &&
      words[scan.roleFrom - 1]?.text === ',' &&
      isNameWord(c, scan.roleFrom - 2) &&
      isClauseEnd(words[scan.name.to]);
    // "… sebagai sutradara Wonder Woman", "as coach of Lorem": a title after "as" is the subject's; the name after it is what they hold it of.
    const held = lexicon.playsAs.has(words[scan.roleFrom - 1]?.norm ?? '') && !words[scan.roleFrom]!.cap;
    if (scan.name && !apposed && !named && !held && !headedBody(c, scan)) {
      // "Pangeran <Name>", "Sunan <Name>": a title the language writes as part of the name.
      const inName = scan.name.from - 1 >= scan.roleFrom && words[scan.name.from - 1]!.cap && lexicon.titlesInName.has(words[scan.name.from - 1]!.norm);
      const name = inName ? { from: scan.name.from - 1, to: scan.name.to } : scan.name;
      const roleTo = inName ? scan.roleTo - 1 : scan.roleTo;
      let role = roleText(c, scan.roleFrom, roleTo);
      // "Kapolrestabes Surabaya, Kombes Pol <Name>": a rank alone is how the holder is addressed; the office is the apposition before it.
      if (words[scan.roleFrom - 1]?.text === ',' && c.classes.slice(scan.roleFrom, roleTo).every((k) => k === 'rank')) role = titledBeforeComma(c, scan.roleFrom - 1) ?? role;
      const m = mentionOf(c, name, role);
      if (m) mentions.push(m);
    }
    scans.push(scan);
    i = scan.next;
  }
  return mentions;
}

function mentionsOf(c: Context): Mention[] {
  const { words } = c;
  const scans: TitleScan[] = [];
  const mentions = titledMentions(c, scans);
  // "Bandara <Airport> <Name>": a block that starts inside a role and ends with the name the role titles was read with the role.
  const inRole = (b: Block): boolean => scans.some((s) => s.name?.to === b.to && s.roleFrom <= b.from && b.from < s.roleTo);
  const covered = (b: Block): boolean => inRole(b) || mentions.some((m) => m.start <= words[b.from]!.start && m.end >= words[b.from]!.end);
  const quotes = [...c.text.matchAll(/“[^”]*”|"[^"]*"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const block of nameBlocks(c).filter((b) => !covered(b))) {
    // "the mayor of Leeds": what a title heads is no person.
    if (block.to - block.from === 1 && headedByTitle(c, block.from)) continue;
    // "Gunung Merapi", "Lake Toba", "New Orleans", "Topan Haiyan", "Hurricane Katrina": a place's or a storm's name.
    if (kindOpens(c, block)) continue;
    // "<Title> (2011)" after a word for a work: the work's title.
    if (spelledOutAfter(c, block) || workYearAfter(words, block.from, block.to)) continue;
    const before = words[block.from - 1];
    const after = words[block.to];
    // 2. Apposition: "<Name>, <role>," and "<role>, <Name>,".
    if (after?.text === ',') {
      const role = appositionRole(c, block.to + 1);
      if (role) {
        const m = mentionOf(c, block, role);
        if (m) mentions.push(m);
        continue;
      }
    }
    if (before?.text === ',' && isClauseEnd(after)) {
      const role = precedingRole(c, block.from - 1, (i) => isNameWord(c, i));
      if (role) {
        const m = mentionOf(c, block, role);
        if (m) mentions.push(m);
        continue;
      }
    }
    // 3. Speech verbs: "kata <Name>", "menurut <Name>", "<Name> mengatakan", "<Name> pun mengatakan".
    // "dari kata <X>" ("from the word <X>"): after a preposition a speech verb's form is a noun ("kata" is also "word"); no one speaks.
    const nounAfterPreposition = block.from >= 2 && !words[block.from - 2]!.mark && !words[block.from - 2]!.cap && lexicon.locatives.has(words[block.from - 2]!.norm);
    const verbBefore = before !== undefined && ((lexicon.speechVerbs.has(before.norm) && !nounAfterPreposition) || lexicon.accordingTo.has(before.norm) || (block.from >= 2 && lexicon.accordingTo.matchAt(words, block.from - 2) === 2));
    let v = block.to;
    if (words[v] && (lexicon.fillers.has(words[v]!.norm) || lexicon.stopWords.has(words[v]!.norm)) && !lexicon.speechVerbs.has(words[v]!.norm)) v++;
    // "lift <Name> yang menurutnya …": a speech verb with its own "-nya" names someone else as the speaker.
    const verbAfter = words[v] !== undefined && lexicon.speechVerbs.has(words[v]!.norm) && !lexicon.pronounSpeechVerbs.has(words[v]!.norm) && !words[v]!.mark && !words[v]!.cap;
    // "according to Hutchison Ports": a name followed by more capitalised words is part of something larger.
    const partOfLarger = after?.mark === false && after.cap;
    if ((verbBefore || verbAfter) && !partOfLarger && !citedFrom(words, block.from)) {
      const weak = !verbBefore && block.to - block.from === 1 && words[block.from]!.initial;
      const m = mentionOf(c, block, undefined, weak);
      if (m) mentions.push(m);
      continue;
    }
    // "memperkuat <Club>", "played for <Club>": a team, whatever its words look like.
    // "Universitas Katolik <Country> <Name>": the name goes on a body's or a place's name, past a known place in it.
    if (teamBefore(c, block) || possessiveInForeignName(c, block) || journeyFrom(c, block) || namesPlaceOrBody(c, block.from, false)) continue;
    // A capitalised neighbour makes the words part of something larger, unless it is a known place ("ahli botani <Country> <Name>").
    // Initials before the name are part of it, not a neighbour ("digarap JB <Surname>").
    const opening = initialled(c, block.from) ? block.from - 1 : block.from;
    const alone = !glued(c, opening - 1) && !glued(c, block.to) && !numbered(c, opening - 1) && !gluedPastPlace(c, opening - 1, -1) && !gluedPastPlace(c, block.to, 1);
    // 4. A relation or a work's role before it, a person's predicate or a degree after it, or the subject opening its sentence.
    const givenName = knownGivenName(c, block) && !besideQuoteOrDash(c, block) && !placeOrThingAfter(c, block);
    // "keluarga de Burgh", ", van Dijk menulis …": a family name with its particle before it, particle and all.
    if (alone && surnameParticleBefore(words, block.from, (i) => isNameWord(c, i))) {
      const m = mentionOf(c, { from: block.from - 1, to: block.to }, undefined);
      if (m) mentions.push(m);
      continue;
    }
    if (alone && (markedBefore(c, block) || doerAfterPassive(c, block) || personPredicateAfter(c, block) || (subjectOfSentence(c, block) && (block.to - block.from === 1 || uncommonWords(c, block))) || characterInWork(c, block) || instrumentAfter(c, block) || degreeAfter(c, block) || givenName)) {
      const m = mentionOf(c, block, undefined);
      if (m) mentions.push(m);
      continue;
    }
    // 5. A bare name: two or more name words standing alone (no capitalised neighbour that would
    // make them part of an organisation or a place), outside quotes, none of them a common word.
    const start = words[block.from]!.start;
    const quoted = quotes.some((q) => start >= q.start && words[block.to - 1]!.end <= q.end) || besideQuoteOrDash(c, block);
    const uncommon = uncommonWords(c, block) && !/^\p{Lu}\.?$/u.test(words[block.from]!.text);
    const nameWords = words.slice(block.from, block.to).filter((_, k) => isNameWord(c, block.from + k)).length + (opening < block.from ? 1 : 0);
    if (nameWords >= 2 && alone && !quoted && uncommon && !titleOfWork(c, block) && !placeOrThingAfter(c, block) && !afterPlace(c, opening)) {
      const m = mentionOf(c, block, undefined);
      if (m) mentions.push(m);
    }
  }
  return [...mentions, ...listMembers(c, mentions)];
}

/** 6. The other members of a list that names a person ("<Person>, <B> dan <C>"). */
function listMembers(c: Context, mentions: readonly Mention[]): Mention[] {
  const blocks = nameBlocks(c);
  const named = (b: Block): boolean => mentions.some((m) => m.start === c.words[b.from]!.start);
  // A member written as a person the paragraph names elsewhere ("bersama <A> …; dengan <A>, <B> dan <C>") makes the list one of people too.
  const spelled = (b: Block): string => c.text.slice(c.words[b.from]!.start, c.words[b.to - 1]!.end);
  const namedElsewhere = (b: Block): boolean => mentions.some((m) => m.name === spelled(b));
  const added: Mention[] = [];
  for (const list of listsOf(c, blocks)) {
    if (!list.some((k) => named(blocks[k]!) || namedElsewhere(blocks[k]!))) continue;
    for (const k of list) {
      const b = blocks[k]!;
      const capitalised = (w: Word | undefined): boolean => w !== undefined && !w.mark && w.cap;
      // An alter ego closing a quoted part ("<Name> / <Alter ego>" dalam) is no member.
      // "<Person>, Kipas Angin dan …": a member made only of common words is a thing; one that reads as a
      // title ("<Person> & His Band", "Seputih Hatinya") is a band's or a work's.
      const common = c.words.slice(b.from, b.to).every((w) => c.common.has(w.norm));
      if (named(b) || spelledOutAfter(c, b) || workYearAfter(c.words, b.from, b.to) || capitalised(c.words[b.from - 1]) || capitalised(c.words[b.to]) || besideQuoteOrDash(c, b) || headedByTitle(c, b.from) || common || titleOfWork(c, b)) continue;
      const m = mentionOf(c, b, undefined);
      if (m) added.push(m);
    }
  }
  return added;
}

/** People of an article, in order of first mention. */
export function extractPeople(article: Article, read: ReadNames = readNames(article)): Person[] {
  const contexts: Context[] = read.paragraphs.map((p) => ({ ...p, common: read.casing.common, language: read.language }));
  const things = thingNamesOf(contexts, nameBlocks);
  const found = contexts.flatMap(mentionsOf).filter((m) => !things.has(m.parts.join(' ')));
  const alone = new Set(found.filter((m) => m.parts.length === 1).map((m) => m.parts[0]!));
  const givenBefore = contexts.flatMap((c) => otherLanguageGivenName(c, alone).flatMap((b) => mentionOf(c, b, undefined) ?? []));
  const clusters = clustersOf(article, [...found, ...givenBefore]);

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
    // "Kapolda Metro Jaya" with no rank and name after it: the unit's region (also written "Polda Metro
    // Jaya"), every title before it a regional unit's head; a holder is written after a rank.
    const titled = c.mentions.filter((m) => m.role !== undefined);
    const region = titled.length > 0 && titled.every((m) => lexicon.regionalHeads.has(fold(m.role!)));
    return { person, first: Math.min(...c.mentions.map(order)), region };
  });
  // "Kapolda Metro Jaya" read as a Kapolda named Metro Jaya, where another is "Kapolda Metro Jaya
  // Irjen X": a title and a name that together are part of another person's role are that office.
  const roles = people.flatMap(({ person }) => (person.role === undefined ? [] : [` ${foldedWords(person.role)} `]));
  const anOffice = (person: Person): boolean => person.role !== undefined && roles.some((r) => r.includes(` ${foldedWords(`${person.role} ${person.name}`)} `));
  return people
    .filter(({ person, region }) => !region && !anOffice(person))
    .filter(({ person }) => placeSpans(person.name).every((s) => s.text !== person.name))
    // "Our members …": a function word capitalised at a sentence's start is no one's name.
    .filter(({ person }) => !lexicon.functionWords.has(person.name.toLowerCase()))
    .sort((a, b) => a.first - b.first)
    .map((p) => p.person);
}

/** Offsets of every written form of these people in a text (for the other extractors to skip). */
export function personSpans(text: string, people: readonly Person[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      for (const at of findAll(text, form)) spans.push({ start: at, end: at + form.length });
    }
  }
  return spans;
}
