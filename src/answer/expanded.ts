// A name written out before its acronym in brackets — "Badan Pusat Statistik (BPS)", "Kejadian
// Ikutan Pasca Imunisasi (KIPI)" — is a body's name, word for word: no part of it is a person,
// though a role may stand before it and a name read it as one ("Kepala … Badan Pusat Statistik").
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

/** Word indexes of the names the paragraph writes out before their acronym in brackets. */
export function expandedNames(words: readonly Word[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  words.forEach((w, i) => {
    const acronym = words[i + 1];
    if (w.text !== '(' || !acronym?.acronym || words[i + 2]?.text !== ')') return;
    const letters = acronym.norm.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2) return;
    // Back from the bracket over capitalised and function words, until the initials spell the acronym.
    let initials = '';
    for (let j = i - 1; j >= 0 && i - j <= letters.length * 2 + 2 && words[j]!.sentence === w.sentence; j--) {
      const v = words[j]!;
      if (v.mark && v.text !== '-') return;
      if (v.mark || lexicon.stopWords.has(v.norm)) continue;
      if (!v.cap) return;
      initials = v.norm[0] + initials;
      if (initials === letters) {
        out.push({ first: j, last: i - 1 });
        return;
      }
      if (!letters.endsWith(initials)) return;
    }
  });
  return out;
}
