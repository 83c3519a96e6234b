// V8 flags kutip sets while it runs. Only heap sizing is switched at run time: a flag of the
// regular-expression engine once was too ('--no-regexp-tier-up', to compile the date and quote
// patterns at once instead of interpreting them first), and switching it after patterns had already
// run left V8 with patterns in both states: the bundled CLI crashed with a segmentation fault in
// V8's native pattern code on an English fixture (README, Performance). V8 supports setting flags
// only before it starts.
import { setFlagsFromString } from 'node:v8';

/**
 * Runs `load` (reading the whole library at start-up) with V8 set to keep its heap small, then
 * back to its usual balance. Loading builds the index out of many short-lived arrays and maps;
 * left to its usual heuristics V8 lets the heap grow to more than twice what stays, and a process
 * serving 10,000 articles peaked at 460–570 MB of RSS, not the 172 MB the library holds (README,
 * Performance). Answers are not run this way: they would be slower.
 */
export function compactWhile<T>(load: () => T): T {
  compacting++;
  setFlagsFromString('--optimize-for-size');
  try {
    return load();
  } finally {
    if (--compacting === 0) setFlagsFromString('--no-optimize-for-size');
  }
}

/** How many compactWhile calls are running (nested: a load inside a load). */
let compacting = 0;

/**
 * Runs `work` with V8's usual heap balance even inside compactWhile: reading and understanding many
 * articles (load/parallel.ts), where keeping the heap small cost more than it saved — on one thread
 * 3,000 articles took 9.5 s instead of 7.4, and two threads barely beat one (8.7 s against 4.9 with
 * the usual balance). What that reading leaves is the library's own; the index build after it still
 * runs compacted.
 */
export function uncompactedWhile<T>(work: () => T): T {
  if (compacting === 0) return work();
  setFlagsFromString('--no-optimize-for-size');
  try {
    return work();
  } finally {
    setFlagsFromString('--optimize-for-size');
  }
}
