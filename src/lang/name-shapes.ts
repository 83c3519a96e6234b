// Words for the shapes of what is no person's name, read by the name recogniser (extract/names.ts)
// beside the tables of tables.ts: a doctrine's name, a faith's or a people's adjective standing alone, a
// family name's particle.
// By language; every word lower case.
import type { Language } from '../types.js';

export interface NameShapeWords {
  /** Endings of a doctrine's or a movement's name ("isme": "Marxisme"; "ism"): a word of seven letters or more ending
   * so names no one. */
  readonly doctrineEndings: readonly string[];
  /** Particles that open a family name written without the given name ("keluarga de Burgh", "van Dijk wrote"): written
   * lower case right before one or more name words, they say the words are a person's name, and belong to it. */
  readonly surnameParticles: readonly string[];
}

export const nameShapes: Readonly<Record<Language, NameShapeWords>> = {
  id: {
    doctrineEndings: ['isme'],
    surnameParticles: ['van', 'von', 'de', 'der', 'den', 'du', 'ter', 'ten'],
  },
  en: {
    doctrineEndings: ['ism'],
    surnameParticles: ['van', 'von', 'de', 'der', 'den', 'du', 'ter', 'ten'],
  },
};
