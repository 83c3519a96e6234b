// The second half of `npm run build`: tsc has compiled src/ and commands/ into dist/src, file by
// file; esbuild bundles each entry point from there into dist/app, with the code they share in
// chunks beside them. A process then loads a handful of files instead of some 220 modules (95 of
// them zod's), which is most of kutip's start-up (README, Performance).
//
// Bundled: our code, the small libraries every start needs (zod's mini build, fuse.js, dotenv), and
// discord.js with its own dependencies, in a chunk only the bot's entry points load (main.ts
// imports it once the library is loaded; the CLI never does). Bundled, the bot process is some
// 5 MB smaller when ready than with its ~560 files loaded from node_modules. One part of
// it cannot work from a bundle: @discordjs/ws's WorkerShardingStrategy starts a worker from a file
// beside its own; kutip shards with processes (src/bot/shards.ts) and never uses it. Its optional
// native add-ons stay external (not installed: discord.js falls back as it does without a bundle).
// Left to node_modules: pino (its transports run in worker threads that load files by path), and
// what kutip loads on first use through createRequire (linkedom, @mozilla/readability,
// pino-pretty). chrono-node is loaded that way too, but from a bundle of its own (below): from
// node_modules its two locales are some 270 CommonJS files.
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

const entries = ['cli', 'main', 'shards', 'serve-http', 'register'];

// The cache of parsed articles is keyed by a hash of the code that parses them (load/cache.ts reads
// it off dist/src/{text,load,extract,lang}); the bundle carries the same hash as a constant, so a
// new build makes cached files stale here too.
const { codeFingerprint } = await import('../dist/src/load/cache.js');

const { metafile } = await build({
  // The worker thread of a parallel load (load/parallel.ts finds it beside the code that starts it).
  entryPoints: [...entries.map((name) => ({ in: `dist/src/${name}.js`, out: name })), { in: 'dist/src/load/understand-worker.js', out: 'understand-worker' }],
  outdir: 'dist/app',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pino', 'pino-pretty', 'chrono-node', 'linkedom', '@mozilla/readability', 'zlib-sync', 'bufferutil', 'utf-8-validate'],
  define: { KUTIP_CODE_FINGERPRINT: JSON.stringify(codeFingerprint()) },
  // dotenv is CommonJS and requires Node's own modules; an ES module has no `require` to give it.
  banner: { js: "import { createRequire as kutipCreateRequire } from 'node:module'; const require = kutipCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});
chmodSync('dist/app/cli.js', 0o755);

// chrono-node's two locales as one CommonJS file, in a package of the same name under dist/app:
// `require('chrono-node/en')` from a chunk (src/extract/dates/chrono.ts, on an article's first date
// that needs it) resolves to dist/app/node_modules before the repository's node_modules, so the
// bundled CLI and bot read one file; dist/src (the tests, the eval) keep the package as installed.
// In a process of their own the two take about 8 MB of resident memory from the 270 files, 2.5 from
// the bundle; in `kutip ask` with an empty cache the peak is 1–1.5 MB lower (and they load faster).
// A package made with `npm pack` leaves nested node_modules out: there the installed package (a
// production dependency) is found instead, and answers are the same.
const chrono = 'dist/app/node_modules/chrono-node';
rmSync(chrono, { recursive: true, force: true });
mkdirSync(chrono, { recursive: true });
await build({
  stdin: { contents: "module.exports = { en: require('chrono-node/en'), id: require('chrono-node/id') };", resolveDir: '.', sourcefile: 'chrono-locales.cjs' },
  outfile: `${chrono}/locales.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
writeFileSync(`${chrono}/package.json`, `${JSON.stringify({ name: 'chrono-node', private: true, exports: { './en': './en.cjs', './id': './id.cjs' } }, null, 2)}\n`);
for (const lang of ['en', 'id']) writeFileSync(`${chrono}/${lang}.cjs`, `module.exports = require('./locales.cjs').${lang};\n`);

// Chunks are named by content hash: delete the last build's, once this one is written (a process
// started before the build still finds the files it has not loaded yet until this line).
const written = new Set([...Object.keys(metafile.outputs).map((file) => basename(file)), 'node_modules']);
for (const name of readdirSync('dist/app')) if (!written.has(name)) rmSync(`dist/app/${name}`, { force: true });
