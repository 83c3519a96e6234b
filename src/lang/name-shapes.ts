// Words for the shapes of what is no person's name, read by the name recogniser (extract/names.ts)
// beside the tables of tables.ts: a doctrine's name, a faith's or a people's adjective standing alone, a
// family name's particle, a word for the people living somewhere.
// By language; every word lower case.
import type { Language } from '../types.js';

export interface NameShapeWords {
  /** Endings of a doctrine's or a movement's name ("isme": "Marxisme"; "ism"): a word of seven letters or more ending
   * so names no one. */
  readonly doctrineEndings: readonly string[];
  /** Particles that open a family name written without the given name ("keluarga de Burgh", "van Dijk wrote"): written
   * lower case right before one or more name words, they say the words are a person's name, and belong to it. */
  readonly surnameParticles: readonly string[];
  /** Words for the people living somewhere, right before its name ("warga <Village>", "penduduk <Town>", "the people
   * of <Town>"): the name after them is a place's (or a people's), never a person's. */
  readonly residentWords: readonly string[];
  /** Acronyms of a level of school ("SMP", "SMA") and the words of time before one ("Sejak SMP <Name> …", "Semasa SMA
   * <Name> …", "Menginjak SMA <Name> …"): there the level is a time of life, no school's name, and the name after it opens
   * the clause. English writes the level in lower case ("in high school"): none. */
  readonly schoolLevels: readonly string[];
  readonly schoolTimeWords: readonly string[];
}

export const nameShapes: Readonly<Record<Language, NameShapeWords>> = {
  id: {
    doctrineEndings: ['isme'],
    surnameParticles: ['van', 'von', 'de', 'der', 'den', 'du', 'ter', 'ten'],
    residentWords: ['penduduk'],
    schoolLevels: ['sd', 'smp', 'sma', 'smk', 'smu', 'sltp', 'slta'],
    schoolTimeWords: ['sejak', 'semasa', 'saat', 'ketika', 'selama', 'sewaktu', 'waktu', 'menginjak', 'memasuki', 'lulus'],
  },
  en: {
    doctrineEndings: ['ism'],
    surnameParticles: ['van', 'von', 'de', 'der', 'den', 'du', 'ter', 'ten'],
    residentWords: ['residents of', 'people of', 'citizens of', 'inhabitants of', 'villagers of', 'natives of'],
    schoolLevels: [],
    schoolTimeWords: [],
  },
};
