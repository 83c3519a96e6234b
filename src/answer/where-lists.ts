// Where-answers (where-candidates.ts): places written as one coordinated phrase after one locative ("in Yorkshire and
// Cumbria", "di Jawa Barat dan Jawa Tengah", "in Leeds, York and Carlisle") answer together, as the sentence gives them.
import { lexicon } from '../text/lexicon.js';
import type { ParagraphWord as Word } from '../text/words.js';

/**
 * The last word of a list of places going on after the place ending at `last` with a list joiner ("dan", "and", "or"):
 * each member a place the article knows, starting right after the joiner (`known` holds where such places begin);
 * `last` when none follows. `runEnd` gives the last word of the name starting at a word; a member the question itself
 * names (`asked` of each of its words) ends the list before it ("in Poland and <the region asked>").
 */
export function coordinatedEnd(words: readonly Word[], last: number, known: ReadonlySet<number>, runEnd: (i: number) => number, asked: (w: Word) => boolean): number {
  let end = last;
  for (let joiner = words[end + 1]; joiner !== undefined && !joiner.mark && !joiner.cap && lexicon.listJoiners.has(joiner.norm) && known.has(end + 2); joiner = words[end + 1]) {
    const member = runEnd(end + 2);
    // "in Algeria and Lorem's attacks": a name owning what follows heads another noun phrase, no second place.
    if (/^['’]/.test(words[member + 1]?.text ?? '') || /['’]s$/u.test(words[member]!.text) || words.slice(end + 2, member + 1).every((w) => w.mark || asked(w))) break;
    end = member;
  }
  return end;
}
