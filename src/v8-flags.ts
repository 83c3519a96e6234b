// Imported first by every entry point, before any pattern runs. V8 runs a regular expression
// through its bytecode interpreter until it has been used a while and only then compiles it to
// machine code. kutip's date and quote patterns are large case-insensitive Unicode alternations run
// over every paragraph when an article is first read: interpreting them first cost about 65 ms of
// a 360 ms start with an empty cache (README, Performance). Compiled at once, they cost less.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
