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

/**
 * `compute` of two keys, remembering up to about `size` results. The keys are looked up one after
 * the other in nested maps, never joined into one string: a joined key is a new string to allocate
 * and hash on every call, which cost more than the work remembered when a caller asks for every word
 * of a passage against every word of a question.
 */
export function memoize2<A, B, V>(compute: (a: A, b: B) => V, size: number): (a: A, b: B) => V {
  const half = Math.max(1, Math.floor(size / 2));
  let young = new Map<A, Map<B, V>>();
  let old = new Map<A, Map<B, V>>();
  let count = 0;
  // Callers ask for one first key many times in a row (a question word against every word of a
  // passage): its inner maps are kept at hand until another first key comes.
  let lastA: A | undefined;
  let lastYoung: Map<B, V> | undefined;
  let lastOld: Map<B, V> | undefined;
  return (a, b) => {
    if (a !== lastA || lastA === undefined) {
      lastA = a;
      lastYoung = young.get(a);
      lastOld = old.get(a);
    }
    const hit = lastYoung?.get(b) ?? lastOld?.get(b);
    if (hit !== undefined) return hit;
    const value = compute(a, b);
    if (lastA !== a) {
      // compute asked for another first key itself.
      lastA = a;
      lastYoung = young.get(a);
      lastOld = old.get(a);
    }
    if (count >= half) {
      old = young;
      young = new Map();
      count = 0;
      lastOld = lastYoung;
      lastYoung = undefined;
    }
    if (lastYoung === undefined) {
      lastYoung = new Map();
      young.set(a, lastYoung);
    }
    lastYoung.set(b, value);
    count++;
    return value;
  };
}
