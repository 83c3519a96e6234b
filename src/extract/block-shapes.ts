// The shape of a block of name words and its neighbours, which says whether it stands alone as a
// person's name (people.ts): a capitalised neighbour glues it to something larger ("SMA Negeri 1 <Name>",
// "The <Band>"); quotation marks, a dash, a function word or a particle make it a title; the acronym
// of its initials after it makes it a body's name.
import { hasParticleSuffix, lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';
import type { Block, Context } from './roles.js';
import { inDegree } from './person-cues.js';
import { givenNameSet, schoolYears } from './name-context.js';
import { allTables } from '../lang/index.js';
import { gazetteerDemonyms, placeSpans } from '../text/known-names.js';
import { fold } from '../text/normalize.js';

// Units counted after a number ("537 Ha", "20 Km") and words heading one ("No. 011", "Nomor 5"), from the date tables.
const quantityWords = new Set(allTables.flatMap((t) => t.dateWords?.quantityWords ?? []).map(fold));
const numberHeads = new Set(allTables.flatMap((t) => t.dateWords?.notYearBefore ?? []).map(fold));

/** A common word opening the sentence, left out of every run ("Tatkala <Name> …", "Suara <Name> …", "Sekarang <Name> …"). */
function opensSentenceAsCommonWord(c: Context, i: number): boolean {
  const w = c.words[i]!;
  // Indonesian opens a sentence with a time or linking word before its subject ("Sekarang <Name> menjadi …", "Setelah <Name> meninggal …").
  const lead = c.language === 'id' && (lexicon.leadWords.has(w.norm) || lexicon.stopWords.has(w.norm));
  const common = lexicon.commonNouns.has(w.norm) || lexicon.personMarkers.has(w.norm) || lead;
  // In Indonesian, a word the recogniser left out of the run opening the sentence ("Aslinya <Name> …") is a common word too.
  const leftOut = c.language === 'id' && c.runs.some((r) => r.runFirst === i && r.first > i) && !lexicon.placeWords.has(w.norm) && !lexicon.organisationWords.has(w.norm) && !lexicon.thingWords.has(w.norm);
  return c.classes[i] === undefined && w.initial && (common || leftOut);
}

/** Does the capitalised word i join the name beside it to something larger? Not a known place, a degree, nor a common word opening the sentence (an article does: "The <Band>"). */
export function glued(c: Context, i: number): boolean {
  const w = c.words[i];
  // "Sejak SMP <Name> …": a level of school after a word of time is a time of life, no neighbour.
  return w !== undefined && !w.mark && w.cap && !c.known[i] && !opensSentenceAsCommonWord(c, i) && !inDegree(c, i) && !schoolYears(c.words, i);
}

/**
 * "Red Hot Chili Peppers", "Pelita Bandung Raya": a known place written inside a longer capitalised run is part of
 * that run, no place of its own; past it (from word i on, going `step`), a capitalised word glues the name to the run.
 */
export function gluedPastPlace(c: Context, i: number, step: 1 | -1): boolean {
  const touching = (a: Word | undefined, b: Word | undefined): boolean => a !== undefined && b !== undefined && (step > 0 ? b.start === a.end + 1 : a.start === b.end + 1);
  let k = i;
  while (c.known[k] && !c.words[k]!.mark && c.words[k]!.cap && touching(c.words[k - step], c.words[k])) k += step;
  return k !== i && touching(c.words[k - step], c.words[k]) && glued(c, k);
}

/**
 * "Oklahoma Dust Bowl", "Bandung Lautan Api", "Jakarta Fair": a known place opening a longer capitalised name makes
 * the rest the name of an event, a fair or a thing, no person's, unless its first word is a given name the tables know;
 * a cue (a title, a speech verb) still says a person.
 */
export function afterPlace(c: Context, from: number): boolean {
  const [place, first] = [c.words[from - 1], c.words[from]!];
  if (place === undefined || c.known[from - 1] !== true || place.mark || !place.cap || first.start !== place.end + 1 || givenNameSet.has(first.norm)) return false;
  // A country, which has a people's word, is often a role's ("ahli botani <Country> <Name>"); a town or a region is not.
  const span = placeSpans(c.text).find((s) => s.end === place.end);
  return span !== undefined && gazetteerDemonyms(span.entry).length === 0;
}

/** "SMA Negeri 1 <Name>": a number right after a capitalised word (not a month or a function word: "Mei 2010 <Name>", "Sejak 1792 <Name>") joins too. */
export function numbered(c: Context, i: number): boolean {
  const w = c.words[i];
  const prev = c.words[i - 1];
  if (w === undefined || prev === undefined || !/^\p{N}/u.test(w.text) || !glued(c, i - 1)) return false;
  return !lexicon.calendar.has(prev.norm) && !lexicon.functionWords.has(prev.norm) && !lexicon.leadWords.has(prev.norm) && !lexicon.stopWords.has(prev.norm);
}

const isQuoteMark = (w: Word | undefined): boolean => w !== undefined && /^["“”]+$/.test(w.text);
const isDash = (w: Word | undefined): boolean => w !== undefined && /^[-–]$/.test(w.text);

/** A title in quotation marks ("Lorem Ipsum" written unpaired or doubled), or a part of a name joined by a dash ("Lorem - Ipsum Dolor"). */
export function besideQuoteOrDash(c: Context, block: Block): boolean {
  const { words } = c;
  if (isQuoteMark(words[block.from - 1]) || isQuoteMark(words[block.to])) return true;
  const capitalised = (w: Word | undefined): boolean => w !== undefined && !w.mark && w.cap;
  return (isDash(words[block.from - 1]) && capitalised(words[block.from - 2])) || (isDash(words[block.to]) && capitalised(words[block.to + 1]));
}

/** "Jangan Pernah", "Seputih Hatinya", "Popular Songs": a function word, a predicate's word, a word ending in a particle or a word for a work is in no bare name. */
export function titleOfWork(c: Context, block: Block): boolean {
  return c.words.slice(block.from, block.to).some((w) => {
    if (w.mark || w.norm.length < 2 || lexicon.particles.has(w.norm)) return false;
    return lexicon.stopWords.has(w.norm) || lexicon.predicates.has(w.norm) || lexicon.thingWords.has(w.norm) || hasParticleSuffix(w.norm, ['nya', 'lah']);
  });
}

/** None of the words is a common word: a particle ("van", "br") or the rest of a cut word ("Nafi ' i") is lower case in any name. */
export function uncommonWords(c: Context, block: Block): boolean {
  return c.words.slice(block.from, block.to).every((w) => lexicon.particles.has(w.norm) || /^\p{Ll}{1,3}$/u.test(w.text) || !c.common.has(w.norm));
}

/** "<A> <B> <C> (ABC)": words followed by the acronym of their initials name a body, when nothing else says they are a person. */
export function spelledOutAfter(c: Context, block: Block): boolean {
  const [open, acronym, close] = [c.words[block.to], c.words[block.to + 1], c.words[block.to + 2]];
  if (open?.text !== '(' || close?.text !== ')' || acronym === undefined || !/^\p{Lu}{2,}$/u.test(acronym.text)) return false;
  return c.words.slice(block.from, block.to).map((w) => w.text[0]).join('') === acronym.text;
}

/** "1145 Ha yang …", "Keputusan Menteri No. 011": one word that is a unit after a number, or heads the number after it, is no name. */
export function aboutNumber(c: Context, block: Block): boolean {
  if (block.to - block.from !== 1) return false;
  const w = c.words[block.from]!;
  const isNumber = (x: Word | undefined): boolean => x !== undefined && /^\p{N}/u.test(x.text);
  if (isNumber(c.words[block.from - 1]) && quantityWords.has(w.norm)) return true;
  const next = c.words[block.to]?.text === '.' ? block.to + 1 : block.to;
  return isNumber(c.words[next]) && numberHeads.has(w.norm);
}
