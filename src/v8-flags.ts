// Imported first by every entry point, before any pattern runs. V8 runs a regular expression
// through its bytecode interpreter until it has been used a while and only then compiles it to
// machine code. kutip's date and quote patterns are large case-insensitive Unicode alternations run
// over every paragraph when an article is first read: interpreting them first cost about 65 ms of
// a 360 ms start with an empty cache (README, Performance). Compiled at once, they cost less.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');

/**
 * Runs `load` (reading the whole library at start-up) with V8 set to keep its heap small, then
 * back to its usual balance. Loading builds the index out of many short-lived arrays and maps;
 * left to its usual heuristics V8 lets the heap grow to more than twice what stays, and a process
 * serving 10,000 articles peaked at 460–570 MB of RSS, not the 172 MB the library holds (README,
 * Performance). Answers are not run this way: they would be slower.
 */
export function compactWhile<T>(load: () => T): T {
  setFlagsFromString('--optimize-for-size');
  try {
    return load();
  } finally {
    setFlagsFromString('--no-optimize-for-size');
  }
}
