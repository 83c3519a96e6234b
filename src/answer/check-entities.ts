// The names a /check claim gives — people, places, organisations, and names the article does not
// know — and which of them a sentence of the article names. Names are matched against what extract
// found (people, places and organisations with their other forms) and the gazetteer; nothing of
// the article is read for names again.
import type { LibraryEntry } from '../index/library.js';
import type { Claim } from '../query/claims.js';
import { findAll } from '../text/find.js';
import { gazetteerEntryOf, gazetteerNames, placeSpans } from '../text/known-names.js';
import { lexicon } from '../text/lexicon.js';
import { resolvePerson } from '../text/name-match.js';
import { fold } from '../text/normalize.js';
import { programmeTitleSpans } from '../text/programme-titles.js';
import { wordsOf, type Word } from '../text/words.js';
import type { Paragraph, Person, Sentence } from '../types.js';

export type EntityKind = 'person' | 'place' | 'organisation' | 'unknown';

export interface ClaimEntity {
  readonly kind: EntityKind;
  /** As the message writes it. */
  readonly typed: string;
  /** Offsets in the claim. */
  readonly start: number;
  readonly end: number;
  /** Written after "di", "in", "ke wilayah" …: where something happened. */
  readonly locative: boolean;
}

export interface Form {
  readonly form: string;
  readonly kind: EntityKind;
}

/** Every form of every name the articles know, longest first. */
export function knownForms(entries: readonly LibraryEntry[]): Form[] {
  const forms = new Map<string, Form>();
  const add = (form: string | undefined, kind: EntityKind) => {
    if (form !== undefined && form.trim().length > 1 && !forms.has(fold(form))) forms.set(fold(form), { form, kind });
  };
  for (const { understanding: u } of entries) {
    for (const p of u.people) [p.name, ...p.aliases].forEach((f) => add(f, 'person'));
    for (const p of u.places) [p.name, ...p.aliases].forEach((f) => add(f, 'place'));
    for (const o of u.organisations) [o.name, o.expansion, ...o.aliases].forEach((f) => add(f, 'organisation'));
  }
  return [...forms.values()].sort((a, b) => b.form.length - a.form.length);
}

/** A word that names no one by itself: a title, a role or place word, a function, calendar or lead word. */
function namesNoOne(word: Word): boolean {
  const w = word.norm;
  return (
    word.mark || lexicon.titles.has(w) || lexicon.titleWords.has(w) || lexicon.roleOrPlaceWords.has(w) || lexicon.stopWords.has(w) ||
    lexicon.calendar.has(w) || lexicon.leadWords.has(w) || lexicon.honorifics.has(w) || lexicon.demonyms.has(word.text) ||
    lexicon.compass.has(w) || lexicon.personalPronouns.has(w) || lexicon.pronouns.has(w)
  );
}

/** Is the name at `start` written where something happened ("di X", "ke wilayah X", "in X")? */
export function isLocative(words: readonly Word[], start: number): boolean {
  const before = words.filter((w) => w.end <= start && !w.mark);
  const prev = before[before.length - 1];
  if (!prev) return false;
  if (lexicon.placeMarkers.has(prev.norm)) return true;
  const prev2 = before[before.length - 2];
  return lexicon.placeWords.has(prev.norm) && prev2 !== undefined && lexicon.placeMarkers.has(prev2.norm);
}

/** The names of a claim, in order. */
export function entitiesOf(claim: Claim, entries: readonly LibraryEntry[], forms: readonly Form[] = knownForms(entries)): ClaimEntity[] {
  const claimWords = wordsOf(claim.text);
  const out: ClaimEntity[] = [];
  for (const run of claim.names) {
    const text = run.text;
    const folded = fold(text).length === text.length ? fold(text) : text.toLowerCase();
    const taken: { start: number; end: number }[] = [];
    const take = (start: number, end: number, kind: EntityKind) => {
      if (taken.some((t) => start < t.end && end > t.start)) return;
      taken.push({ start, end });
      out.push({ kind, typed: text.slice(start, end), start: run.start + start, end: run.start + end, locative: isLocative(claimWords, run.start + start) });
    };
    // A programme's title after its station's possessive ("NPR's Morning Edition") names no one.
    for (const span of programmeTitleSpans(claim.text)) if (span.start < run.start + text.length && span.end > run.start) taken.push({ start: span.start - run.start, end: span.end - run.start });
    for (const { form, kind } of forms) for (const at of findAll(folded, fold(form))) take(at, at + form.length, kind);
    for (const span of placeSpans(text)) take(span.start, span.end, 'place');
    // What is left: a name the articles may know by a misspelling, or do not know at all.
    let group: Word[] = [];
    const flush = () => {
      if (group.length === 0) return;
      const start = group[0]!.start;
      const end = group[group.length - 1]!.end;
      const opening = run.initial && start === 0 && group.length === 1;
      const person = entries.map((e) => resolvePerson(e.understanding.people, text.slice(start, end))).find((p) => p !== undefined);
      // A single word opening the sentence is any word ("Pertemuan …") unless the article knows it as someone.
      if (person !== undefined && (!opening || group[0]!.norm.length > 3)) take(start, end, 'person');
      else if (!opening) take(start, end, 'unknown');
      group = [];
    };
    for (const word of wordsOf(text)) {
      if (taken.some((t) => word.start < t.end && word.end > t.start) || namesNoOne(word)) flush();
      else group.push(word);
    }
    flush();
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The forms under which an entry writes a claimed name (the typed form included). */
export function formsIn(entity: ClaimEntity, entry: LibraryEntry): string[] {
  const typed = fold(entity.typed);
  const u = entry.understanding;
  const same = (forms: readonly (string | undefined)[]) => forms.some((f) => f !== undefined && fold(f) === typed);
  switch (entity.kind) {
    case 'person': {
      const p = resolvePerson(u.people, entity.typed);
      return p ? [p.name, ...p.aliases] : [entity.typed];
    }
    case 'place': {
      const place = u.places.find((p) => same([p.name, ...p.aliases]));
      const gazetteer = gazetteerEntryOf(entity.typed);
      return [entity.typed, ...(place ? [place.name, ...place.aliases] : []), ...(gazetteer !== undefined ? gazetteerNames(gazetteer) : [])];
    }
    case 'organisation': {
      const o = u.organisations.find((org) => same([org.name, org.expansion, ...org.aliases]));
      return o ? [o.name, ...(o.expansion !== undefined ? [o.expansion] : []), ...o.aliases] : [entity.typed];
    }
    case 'unknown':
      return [entity.typed];
  }
}

/** Does the text write any of these forms, as whole words, in any case? */
export function writes(text: string, forms: readonly string[]): boolean {
  const folded = fold(text);
  return forms.some((f) => f.trim().length > 1 && findAll(folded, fold(f)).length > 0);
}

/** The people of the entry a sentence names. */
export function peopleIn(entry: LibraryEntry, sentence: Sentence): Person[] {
  return entry.understanding.people.filter((p) => writes(sentence.text, [p.name, ...p.aliases]));
}

/** The places of the entry a sentence writes where something happened ("di Moskow"), as written. */
export function placesWhere(entry: LibraryEntry, paragraph: Paragraph, sentence: Sentence): string[] {
  const words = wordsOf(paragraph.text);
  const out: string[] = [];
  for (const place of entry.understanding.places) {
    for (const form of [place.name, ...place.aliases]) {
      const at = findAll(paragraph.text, form).find((o) => o >= sentence.start && o < sentence.end && isLocative(words, o));
      if (at !== undefined) {
        if (!out.includes(place.name)) out.push(place.name);
        break;
      }
    }
  }
  return out;
}
