// Words that point back to a thing named before (answer/subject-references.ts,
// answer/name-references.ts): a pronoun ("Ia meninggal …", "He died …"), a noun closed by a
// demonstrative ("Klub ini didirikan …", "candi yang dibangun tahun 809 itu", "proyek tersebut"),
// or one a demonstrative opens ("This club was founded …"). A sentence opening with one tells of the
// one named before it, without writing the name.
import type { Language } from '../types.js';

export interface ReferenceWords {
  /** Pronouns that stand for the one named before, as a sentence's subject, lower case (no plural: a plural points to several). */
  readonly pronouns: readonly string[];
  /** Demonstratives written after the noun and any clause on it ("film ini"), lower case. */
  readonly trailing: readonly string[];
  /** Demonstratives written before the noun ("this film"), lower case. */
  readonly leading: readonly string[];
}

export const referenceWords: Readonly<Record<Language, ReferenceWords>> = {
  id: { pronouns: ['ia', 'dia', 'beliau'], trailing: ['ini', 'itu', 'tersebut'], leading: [] },
  en: { pronouns: ['he', 'she', 'it'], trailing: [], leading: ['this', 'the'] },
};

/** Pronouns that stand for a person named before ("… sebelum ia menjabat …", "… before he took …"), lower case. */
export const personPronouns: readonly string[] = ['ia', 'dia', 'beliau', 'he', 'she'];

/**
 * Nouns for one kind of thing, in either language: a reference by one ("Sekuel ini", "the sequel") points back to a
 * name written as another of its kind ("film Lorem 2", "the film Lorem 2"), lower case.
 */
export const kindGroups: readonly (readonly string[])[] = [
  ['film', 'sekuel', 'prekuel', 'movie', 'sequel', 'prequel'],
  ['perusahaan', 'korporasi', 'company', 'firm'],
  ['album', 'rekaman', 'record'],
  ['lagu', 'singel', 'song', 'single'],
  ['buku', 'novel', 'book'],
  ['serial', 'seri', 'series', 'show'],
  ['klub', 'tim', 'club', 'team'],
];

/** Demonstratives written after the noun and any clause on it, of every language. */
export const trailingDemonstratives: readonly string[] = Object.values(referenceWords).flatMap((r) => r.trailing);

/**
 * Words that, opening a sentence (among its first EVENT_POINTER_REACH words), point back to the event
 * the sentence before told: "Itu dilangsungkan Selasa", "Acara tersebut digelar …", "It was held on
 * Tuesday", "This was held …", lower case.
 */
export const eventPointers: readonly string[] = ['itu', 'ini', 'tersebut', 'it', 'this', 'that'];
/** Words, at most, from a sentence's start to the word pointing back ("Acara itu", "Upacara pemakaman tersebut"). */
export const EVENT_POINTER_REACH = 3;
