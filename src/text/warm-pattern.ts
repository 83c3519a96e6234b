// V8 runs a regular expression through its bytecode interpreter the first time and compiles it to
// machine code the next. For the large patterns every article is read with (the date rules, the
// speech cues), a first run over a whole paragraph in the interpreter cost more than the compile:
// run once on the empty string when they are built, the first paragraph meets them compiled.
// (Switching V8's tier-up off with a flag at run time crashed it: src/v8-flags.ts.)

/** Every pattern among `values` (and in the arrays and plain objects among them), run once on '' (its
 * lastIndex left at 0); `values` returned as they are. */
export function warmPatterns<T>(values: T): T {
  for (const value of Object.values(values as object)) {
    if (value instanceof RegExp) {
      value.lastIndex = 0;
      value.test('');
      value.lastIndex = 0;
    } else if (Array.isArray(value) || (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)) warmPatterns(value);
  }
  return values;
}
