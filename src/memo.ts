// One bounded cache for the work a query repeats (folding a name, reading a paragraph's words):
// remembers the latest results and forgets the oldest, so a large corpus never grows it unbounded.

/** `compute`, remembering up to `size` results by key (first in, first out). */
export function memoize<K, V>(compute: (key: K) => V, size: number): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (cache.size >= size) cache.delete(cache.keys().next().value as K);
    cache.set(key, value);
    return value;
  };
}
