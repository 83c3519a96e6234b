// extract: the block of name words of one person's name, from the classes names.ts gave each word: name words,
// initials, particles, regnal numbers and suffixes that join them ("John F. Smith", "Ahmad bin Said", "… III").
import { lexicon } from '../text/lexicon.js';
import { cutWordRest } from './name-context.js';
import { isRoman } from './initials.js';
import type { ReadParagraph } from './names.js';

const { nameParticles: particles } = lexicon;

/** Is word i a word of a person's name: a name word, outside any place, outlet or thing? */
export function isNameWord(p: ReadParagraph, i: number): boolean {
  return p.classes[i] === 'name' && !p.known[i];
}

/** An initial, a particle, a regnal number or a suffix that belongs to the name words around it. */
function joinsName(p: ReadParagraph, j: number, from: number): boolean {
  const w = p.words[j]!;
  const prev = p.words[j - 1]!;
  if (w.text === '.') return /^\p{Lu}$/u.test(prev.text) && isNameWord(p, j + 1); // the dot of an initial
  if (w.mark || w.start > prev.end + 1) return false;
  if (particles.has(w.norm)) return isNameWord(p, j + 1) || (particles.has(p.words[j + 1]?.norm ?? '') && isNameWord(p, j + 2)); // "bin", "van", "Van", "van de"
  if (p.classes[j] !== 'initial' || p.known[j]) return false;
  if (/^\p{Lu}$/u.test(w.text)) return isNameWord(p, j + 1) || p.words[j + 1]?.text === '.'; // "John F. Smith"
  return j > from && (isRoman(w.text) || lexicon.nameSuffixes.has(w.norm)); // "… II", "… Jr"
}

/** Initials written before a name ("R. <Name>", "J. K. <Name>"): the index of the name word after them, else undefined. */
function afterInitials(p: ReadParagraph, i: number): number | undefined {
  let j = i;
  while (/^\p{Lu}$/u.test(p.words[j]?.text ?? '') && !p.known[j] && p.words[j + 1]?.text === '.') j += 2;
  return j > i && isNameWord(p, j) ? j : undefined;
}

/** The block of name words starting at word i ("Anna Maria Berg", "John F. Smith", "Ahmad bin Said", "R. Budi", "… III"), at most six words. */
export function nameBlockAt(p: ReadParagraph, i: number): { from: number; to: number } | undefined {
  const named = isNameWord(p, i) ? i : afterInitials(p, i);
  if (named === undefined) return undefined;
  let j = named + 1;
  let cut = 0; // marks inside cut words do not count towards the six words
  while (j < p.words.length && j - i - cut < 6) {
    const w = p.words[j]!;
    if (isNameWord(p, j) && w.start === p.words[j - 1]!.end + 1) j++;
    else if (joinsName(p, j, i)) j++;
    else if (cutWordRest(p.words, j) > j) {
      cut += cutWordRest(p.words, j) - j - 1;
      j = cutWordRest(p.words, j); // "Lorenb?? ck", "Nafi ' i"
    } else if (/^\p{Lu}$/u.test(w.text) && w.start === p.words[j - 1]!.end + 1 && cutWordRest(p.words, j + 1) > j + 1) {
      cut += cutWordRest(p.words, j + 1) - j - 1;
      j = cutWordRest(p.words, j + 1); // "G?? mez": a word whose second letter was lost, after its capital
    }
    else if (/^["“]$/.test(w.text) && isNameWord(p, j + 1) && /^["”]$/.test(p.words[j + 2]?.text ?? '') && isNameWord(p, j + 3)) j += 4; // Robert "Bob" Smith
    else break;
  }
  // "<Name>, Jr.": a suffix written after a comma is still the name's.
  if (p.words[j]?.text === ',' && p.words[j + 1]?.cap && lexicon.nameSuffixes.has(p.words[j + 1]!.norm)) j += 2;
  while (p.words[j - 1]!.mark) j--;
  return { from: i, to: j };
}
