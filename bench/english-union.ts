// The ways of combining compromise with kutip's rules that the English NLP comparison tried in the
// product: on an English article, the people (or places) compromise names that kutip's rules
// missed are added as people (places) of the paragraphs they are named in. The people were first
// wired in behind extract/ (this code, called from understand()) and measured with
// npm run eval -- --set squad; the bench (bench/english-answers.ts) now asks the same questions
// through src/core.ts with this understanding, so the figure can be rerun without touching src/.
// Not adopted: README, "English NLP libraries".
import nlp from 'compromise';
import { fold } from '../src/text/normalize.js';
import type { Article, Organisation, Person, Place } from '../src/types.js';
import { nameForms } from '../src/extract/person-forms.js';

const key = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const PARTICLE = /^(bin|ibn|al|el|de|da|van|von|der|den|la|le|du|dos|del|of|the|and|on|upon)$/u;

/** A name as compromise gives it, cleaned: possessive, edge punctuation and lower-case words before it dropped. */
function cleanName(raw: string): string | undefined {
  const words = raw.replace(/['’]s\b/gu, '').replace(/^[\s"'“”‘’(]+|[\s"'“”‘’.,;:!?)]+$/gu, '').split(/\s+/u).filter((w) => w !== '');
  while (words.length > 0 && !/^\p{Lu}/u.test(words[0]!)) words.shift();
  if (words.length === 0) return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w.toLowerCase()) || /^(al|el)-\p{Lu}/u.test(w))) return undefined;
  return words.join(' ');
}

type Named = Person | Organisation | Place;

/** Names compromise finds (`pick`) that no person, organisation or place of kutip's holds, with their paragraphs. */
function missed(article: Article, known: readonly Named[], pick: (doc: ReturnType<typeof nlp>) => string[]): { name: string; paragraphs: number[] }[] {
  const forms = new Set<string>();
  const words = new Set<string>();
  for (const x of known) {
    for (const form of [x.name, ...x.aliases]) {
      forms.add(key(form));
      for (const w of key(form).split(' ')) words.add(w);
    }
  }
  const added = new Map<string, { name: string; paragraphs: number[] }>();
  for (const p of article.paragraphs) {
    for (const raw of pick(nlp(p.text))) {
      const name = cleanName(raw);
      if (name === undefined) continue;
      const k = key(name);
      if (forms.has(k) || k.split(' ').every((w) => words.has(w))) continue;
      const entry = added.get(k) ?? { name, paragraphs: [] };
      if (!entry.paragraphs.includes(p.n)) entry.paragraphs.push(p.n);
      added.set(k, entry);
    }
  }
  return [...added.values()];
}

export function withEnglishPeople(article: Article, people: readonly Person[], organisations: readonly Organisation[], places: readonly Place[]): Person[] {
  if (article.meta.language !== 'en') return [...people];
  const extra = missed(article, [...people, ...organisations, ...places], (doc) => doc.people().out('array') as string[]);
  return [...people, ...extra.map((e) => ({ name: e.name, aliases: nameForms(e.name), paragraphs: e.paragraphs }))];
}

export function withEnglishPlaces(article: Article, people: readonly Person[], organisations: readonly Organisation[], places: readonly Place[]): Place[] {
  if (article.meta.language !== 'en') return [...places];
  const extra = missed(article, [...people, ...organisations, ...places], (doc) => doc.places().out('array') as string[]);
  return [...places, ...extra.map((e) => ({ name: e.name, aliases: [], paragraphs: e.paragraphs }))];
}
