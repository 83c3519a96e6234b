// One bounded cache for the work a query repeats (folding a name, reading a paragraph's words):
// remembers the latest results and forgets the oldest, so a large corpus never grows it unbounded.
//
// Two generations of half the size each: when the young one fills, it becomes the old one and the
// oldest half is dropped at once. (Evicting one key at a time from the front of a Map costs more
// and more once a large corpus keeps it full: V8 keeps the deleted slots until it rehashes, and
// every eviction walks over them.)

/** `compute`, remembering up to `size` results by key (the oldest forgotten first). */
export function memoize<K, V>(compute: (key: K) => V, size: number): (key: K) => V {
  const half = Math.max(1, Math.floor(size / 2));
  let young = new Map<K, V>();
  let old = new Map<K, V>();
  return (key) => {
    const hit = young.get(key) ?? old.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (young.size >= half) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
    return value;
  };
}
