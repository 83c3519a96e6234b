// zod, as its "mini" build: the same checks and messages as `import { z } from 'zod'`, made of
// functions a bundler keeps only when they are used (import it as `import * as z from './zod.js'`).
// The full build is one namespace object: bundled, it was 750 kB of code (every locale of zod's
// messages, JSON Schema conversion…) that every start loaded, some 7 MB of resident memory before
// the first answer (README, Performance). The mini build has no messages of its own until told:
// the English ones, as the full build sets on its first schema.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
