// What was given, not what one side asked for: a question of a sentence (lang/support.ts
// grantedConcepts) that writes no sought word asks what the court handed down, and a passage whose
// told sentence writes one ("jaksa menuntut terdakwa dihukum sembilan tahun", "prosecutors had
// sought a nine-year sentence") tells what the prosecutors asked for. Such a passage gives way to
// one that tells what was given; a question of the demand ("What did prosecutors seek?") is read as
// it is.
import type { SearchHit } from '../index/search.js';
import { grantedConcepts } from '../lang/support.js';
import { conceptsOf, soughtWords } from '../query/concepts.js';
import { paragraphWords } from '../text/words.js';
import { says } from './written.js';

const sought = (norm: string): boolean => soughtWords.has(norm) || (norm.endsWith('nya') && soughtWords.has(norm.slice(0, -3)));

/** Does a question (its folded terms) ask what was given: a word of a granted concept, and no word of what was sought? */
export const asksGranted = (terms: readonly string[]): boolean =>
  !terms.some(sought) && terms.some((t) => conceptsOf(t).some((k) => grantedConcepts.includes(k)));

/** Does the hit's told sentence write what one side sought? */
export function toldAsSought(hit: SearchHit): boolean {
  const paragraph = hit.entry.article.paragraphs[hit.paragraph - 1];
  if (!paragraph) return false;
  const sentence = hit.sentence ?? 0;
  return paragraphWords(paragraph).some((w) => w.sentence === sentence && !w.mark && sought(w.norm));
}

/** The hits, those telling what was sought after the others (in their order otherwise). */
export const givenFirst = (hits: readonly SearchHit[]): SearchHit[] => [...hits.filter((h) => !toldAsSought(h)), ...hits.filter(toldAsSought)];

/**
 * The sentences of the hits' articles that tell the granted thing the question asks of by another
 * word of its concept, and no sought word ("divonis enam tahun" for "Berapa lama hukumannya?"):
 * hits the search, which reads the question's own words, did not find. One per paragraph, after `hits`.
 */
export function grantedHits(terms: readonly string[], hits: readonly SearchHit[]): SearchHit[] {
  const asked = terms.filter((t) => conceptsOf(t).some((k) => grantedConcepts.includes(k)));
  const out = [...hits];
  for (const entry of new Set(hits.map((h) => h.entry))) {
    for (const paragraph of entry.article.paragraphs) {
      if (out.some((h) => h.entry === entry && h.paragraph === paragraph.n)) continue;
      const words = paragraphWords(paragraph);
      const told = [...paragraph.sentences.keys()].find((s) => {
        const said = words.filter((w) => w.sentence === s);
        return !said.some((w) => !w.mark && sought(w.norm)) && asked.some((t) => says(t, said));
      });
      if (told === undefined) continue;
      const highlights = words.filter((w) => w.sentence === told && asked.some((t) => says(t, [w]))).map((w) => w.text);
      out.push({ entry, article: entry.article.id, paragraph: paragraph.n, sentence: told, score: 1, coverage: 0, highlights });
    }
  }
  return out;
}
