// Which person a typed name means: any case, hyphen or space, transliteration variants, a typo or
// two, with or without a title. Used wherever a name someone wrote (a reader, or an article's
// speaker attribution) is matched against the people an article names.
import { memoize } from '../memo.js';
import type { Person } from '../types.js';
import { lexicon } from './lexicon.js';
import { fold } from './normalize.js';
import { editDistance } from './similarity.js';

/** A name folded for comparison: any case, no diacritics or hyphens, common transliteration variants merged. */
export const nameKey: (word: string) => string = memoize(nameKeyUncached, 8192);

function nameKeyUncached(word: string): string {
  return fold(word)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/oe/g, 'u')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ey$/, 'ei')
    .replace(/iy/g, 'i')
    .replace(/y(?=[aeiou])/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

const typedWords = (typed: string): string[] =>
  fold(typed)
    .split(/[\s\-‐–_.,]+/)
    .map(nameKey)
    .filter((w) => w.length > 0);

/** Typos allowed in a typed name word of this length. */
const typos = (length: number): number => (length <= 3 ? 0 : length <= 8 ? 1 : 2);

/** The comparison keys of the words of one written form (remembered by the form: its hash is kept with the string). */
const formWordsOf = memoize(typedWords, 8192);

/** A written form's words run together (remembered by the form). */
const joinedWordsOf = memoize((form: string): string => typedWords(form).join(''), 8192);

/** How well the typed words fit one person's name words: 0 (not at all) to 1 (exactly). */
function fit(typed: readonly string[], person: Person): number {
  let total = 0;
  for (const t of typed) {
    // The name's words, then each alias's: no list of forms built and no joined key hashed per person and query.
    let best = fitForm(t, formWordsOf(person.name));
    for (let i = 0; best < 1 && i < person.aliases.length; i++) best = Math.max(best, fitForm(t, formWordsOf(person.aliases[i]!)));
    if (best === 0) return 0;
    total += best;
  }
  return typed.length === 0 ? 0 : total / typed.length;
}

/** How well one typed word fits the closest of these name words: 0, or 1 less its typos' share. */
function fitForm(t: string, words: readonly string[]): number {
  let best = 0;
  for (const w of words) {
    if (w === t) return 1;
    // Capped at the typos allowed: a word further off is no fit, however far (0 allowed: only the same word).
    const allowed = typos(Math.min(t.length, w.length));
    if (allowed === 0) continue;
    const d = editDistance(t, w, allowed);
    if (d <= allowed) best = Math.max(best, 1 - d / Math.max(t.length, w.length));
  }
  return best;
}

/** The comparison keys of a typed name, without the titles and function words a reader may add ("Presiden Wijaya", "Mr Berg"); remembered, as every article is asked. */
const typedKeysOf = memoize((raw: string): readonly string[] => {
  const words = raw.split(/\s+/).filter((w) => !lexicon.titles.has(w.replace(/\.$/, '')) && !lexicon.stopWords.has(fold(w)) && !lexicon.particles.has(fold(w)));
  return typedWords(words.join(' '));
}, 4096);

/**
 * The person a reader means: any case, hyphen or space ("Lee Min-ho"), transliterations
 * ("Aleksey" for "Aleksei"), a typo or two ("anna bergg", "Wijyaa"), with or without a title. Undefined
 * when the article names no such person.
 */
export function resolvePerson(people: readonly Person[], typed: string): Person | undefined {
  const raw = typed.trim();
  if (raw === '' || people.length === 0) return undefined;
  const typedKeys = typedKeysOf(raw);
  if (typedKeys.length === 0) return undefined;
  let best: { person: Person; score: number } | undefined;
  for (const person of people) {
    const score = fit(typedKeys, person);
    if (score > 0 && (!best || score > best.score || (score === best.score && person.paragraphs.length > best.person.paragraphs.length))) best = { person, score };
  }
  if (best) return best.person;
  // Words run together ("leeminho", "annaberg"): the closest whole form, within the typos allowed.
  const joined = typedKeys.join('');
  if (joined.length < 5) return undefined;
  let closest: { person: Person; distance: number } | undefined;
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      const distance = editDistance(joined, joinedWordsOf(form), typos(joined.length));
      if (distance <= typos(joined.length) && (!closest || distance < closest.distance)) closest = { person, distance };
    }
  }
  return closest?.person;
}
