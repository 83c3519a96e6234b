// Narrowing a scope to the articles that hold enough of a query's words, for answerers that read
// article by article: over a large library they then read a few articles instead of all.
import { scopeMask, scopeOfMembers, type Scope } from './scope.js';

/**
 * The articles of a scope that hold enough of the query's words — at least `minShare` of the
 * groups, a group counting when the article holds any of its terms (as a word, affixed or misspelt)
 * — for answerers that read article by article: over a large library they then read a few articles
 * instead of all. The narrowed scope still searches through the library's one index.
 */
export function narrow(scope: Scope, groups: readonly (readonly string[])[], minShare: number): Scope {
  const index = scope.library.index;
  const n = scope.library.entries.length;
  const inScope = scopeMask(scope);
  // counts[e]: groups article e holds; seen[e]: the last group (1-based) that counted it.
  const counts = new Uint8Array(n);
  const seen = new Uint16Array(n);
  const touched: number[] = [];
  groups.forEach((group, g) => {
    const mark = g + 1;
    for (const term of group) {
      for (const { postings, similarity } of index.vocabulary.lookup(term)) {
        // A typo of a short word is too often another common word ("sepak" → "sejak") to open
        // every article: narrowing trusts typos from six letters on.
        if (term.length < 6 && similarity < 0.85) continue;
        for (const id of postings) {
          const entry = index.entryOf[id]!;
          if (seen[entry] === mark || (inScope !== undefined && inScope[entry] === 0)) continue;
          seen[entry] = mark;
          if (counts[entry] === 0) touched.push(entry);
          counts[entry] = counts[entry]! + 1;
        }
      }
    }
  });
  const needed = Math.max(1, Math.ceil(minShare * groups.length - 1e-9));
  return scopeOfMembers(scope.library, touched.filter((e) => counts[e]! >= needed));
}
