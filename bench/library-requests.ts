// The queries the library bench asks (bench/library-child.ts) and the wider set the probe's
// snapshot compares before and after a change (bench/probe.ts), drawn from the library's own name index.
import type { AnswerRequest } from '../src/core.js';
import type { LoadedLibrary } from '../src/load/library.js';

export interface Request extends AnswerRequest {
  readonly class: 'frequent' | 'rare' | 'absent';
}

const ABSENT_PEOPLE = ['Xaverius Quandtberg', 'Wilhelmina Zorotrax', 'Quentin Yxbaldo', 'Ophelia Vrunckt', 'Zebedeus Klomp'];
const ABSENT_PLACES = ['Zorgonia', 'Quaxville', 'Vrindelmoor', 'Yxhaven', 'Klompburg'];

interface Named {
  readonly members: readonly unknown[];
  readonly name: string;
}

function byCount<T extends Named>(groups: readonly T[]): T[] {
  return [...groups].filter((g) => g.name.includes(' ') || g.name.length > 3).sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
}

/** `n` names named in one article only, spread over the list. */
function once<T extends Named>(list: readonly T[], n: number): T[] {
  const single = list.filter((g) => g.members.length === 1);
  return Array.from({ length: n }, (_, i) => single[Math.floor((i * single.length) / n)]).filter((g): g is T => g !== undefined);
}

function classes(library: LoadedLibrary, n: number) {
  const people = byCount(library.names.people);
  const places = byCount(library.names.places);
  return {
    frequent: { people: people.slice(0, n).map((g) => g.name), places: places.slice(0, n).map((g) => g.name) },
    rare: { people: once(people, n).map((g) => g.name), places: once(places, n).map((g) => g.name) },
    absent: { people: ABSENT_PEOPLE, places: ABSENT_PLACES },
  };
}

/** Names of each frequency class: the 5 most named, 5 named once, 5 nowhere; every command; `/source`. */
export function libraryRequests(library: LoadedLibrary): Request[] {
  const out: Request[] = [];
  for (const [cls, { people: names, places: where }] of Object.entries(classes(library, 5)) as [Request['class'], { people: string[]; places: string[] }][]) {
    for (const name of names) {
      out.push({ command: 'who', query: name, class: cls }, { command: 'quote', query: name, class: cls }, { command: 'when', query: name, class: cls });
      out.push({ command: 'search', query: name, class: cls }, { command: 'ask', query: `Siapa ${name}?`, class: cls });
    }
    for (const place of where) out.push({ command: 'where', query: place, class: cls }, { command: 'ask', query: `Kapan ada banjir di ${place}?`, class: cls });
  }
  return [...out, { command: 'source', query: '', class: 'frequent' }];
}

/** A wider set for comparing answers: 20 names of each class, more question forms, both locales, second pages. */
export function probeRequests(library: LoadedLibrary): Request[] {
  const out: Request[] = [...libraryRequests(library)];
  for (const [cls, { people: names, places: where }] of Object.entries(classes(library, 20)) as [Request['class'], { people: string[]; places: string[] }][]) {
    for (const name of names) {
      for (const command of ['who', 'quote', 'when', 'where', 'search'] as const) out.push({ command, query: name, class: cls });
      out.push({ command: 'who', query: name, class: cls, page: 2 }, { command: 'quote', query: name, class: cls, page: 2, locale: 'id' });
      out.push({ command: 'search', query: name.slice(0, -1), class: cls });
      for (const q of [`Siapa ${name}?`, `Apa kata ${name}?`, `Kapan ${name} datang?`, `Di mana ${name} berada?`, `Who is ${name}?`, `What did ${name} say?`]) out.push({ command: 'ask', query: q, class: cls });
    }
    for (const place of where) {
      out.push({ command: 'where', query: place, class: cls }, { command: 'search', query: place, class: cls }, { command: 'when', query: place, class: cls });
      for (const q of [`Kapan ada banjir di ${place}?`, `Siapa gubernur ${place}?`, `Apa yang terjadi di ${place}?`, `Where is ${place}?`]) out.push({ command: 'ask', query: q, class: cls, locale: 'id' });
    }
  }
  return out;
}
