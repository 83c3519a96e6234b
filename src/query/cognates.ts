// A question word's loanword in the other language, by the spelling rules of lang/cognate-rules.ts:
// "recommended" → "rekomendasi", "evacuation" → "evakuasi", "evakuasi" → "evacuation", "evacuate".
// Only words long enough to carry a loan's shape are read; what comes out is a guess that counts
// only where an article writes it (a search finds the word, the support check reads it).
import { cognateEndings, cognateSpellings, englishInflections, indonesianPrefixes, indonesianSuffixes, verbNounEnding } from '../lang/cognate-rules.js';

/** Shorter words share too many letters by chance ("visit", "data"). */
const MIN_LENGTH = 6;

/** Longest ending first: "economic" ends in "omic" before "ic". */
const endings = [...cognateEndings].sort((a, b) => b[0].length - a[0].length);

const spellings = cognateSpellings.map(([en, id]) => [new RegExp(en, 'g'), id] as const);

/** English letters as Indonesian spells them, double letters single ("recommend" → "rekomend"). */
function spellIndonesian(word: string): string {
  let out = word;
  for (const [pattern, id] of spellings) out = out.replace(pattern, id);
  return out.replace(/([b-df-hj-np-tv-z])\1/g, '$1');
}

/** An English word without its inflection ("evacuated" → "evacuat", "evacuate"), or the word where it has none. */
function englishStems(word: string): string[] {
  for (const ending of englishInflections) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_LENGTH - 1) continue;
    const stem = word.slice(0, -ending.length);
    return [stem, ending === 'ies' ? `${stem}y` : `${stem}e`];
  }
  return [word];
}

/** The Indonesian loanwords an English word may be ("recommended" → "rekomendasi"). */
export function indonesianCognates(word: string): string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  for (const stem of englishStems(word)) {
    const ending = endings.find(([en]) => stem.endsWith(en) && stem.length - en.length >= 3);
    const [en, id] = ending ?? verbNounEnding;
    // A verb's noun in -asi only from a stem ending in a consonant ("recommend", "inform"), not from "evacuate".
    if (ending === undefined && !/[b-df-hj-np-tv-z]$/.test(stem)) continue;
    // Spelt with the ending's first letter after it, as "ti" before a vowel is "si" ("negotiation" → "negosiasi").
    const base = stem.slice(0, stem.length - en.length);
    out.add(en === '' ? spellIndonesian(base) + id : spellIndonesian(base + en[0]).slice(0, -1) + id);
  }
  return [...out].filter((w) => w.length >= MIN_LENGTH && w !== word);
}

/** The roots an Indonesian word may have under its affixes ("merekomendasikan" → "rekomendasi"). */
function indonesianRoots(word: string): string[] {
  const roots = new Set([word]);
  for (const prefix of ['', ...indonesianPrefixes]) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const suffix of ['', ...indonesianSuffixes]) if (rest.endsWith(suffix)) roots.add(rest.slice(0, rest.length - suffix.length));
  }
  return [...roots].filter((r) => r.length >= MIN_LENGTH);
}

/** The English words an Indonesian loanword may be ("evakuasi" → "evacuation", "evacuate"). */
export function englishCognates(word: string): string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  for (const root of indonesianRoots(word)) {
    for (const [en, id] of endings) {
      if (!root.endsWith(id) || root.length - id.length < 3) continue;
      const stem = root.slice(0, root.length - id.length);
      // "k" is written "c" in English before a, o, u and consonants, "k" elsewhere: both are tried.
      for (const spelt of new Set([stem, stem.replace(/k(?![eiy])/g, 'c')])) {
        out.add(spelt + en);
        if (id === 'asi') out.add(`${spelt}ate`).add(spelt);
      }
    }
  }
  return [...out].filter((w) => w.length >= MIN_LENGTH && w !== word);
}

/** The loanwords of a word in the other language, either way. */
export const cognatesOf = (word: string): string[] => [...indonesianCognates(word), ...englishCognates(word)];
