// The second half of `npm run build`: tsc has compiled src/ and commands/ into dist/src, file by
// file; esbuild bundles each entry point from there into dist/app, with the code they share in
// chunks beside them. A process then loads a handful of files instead of some 220 modules (95 of
// them zod's), which is most of kutip's start-up (README, Performance).
//
// Bundled: our code and the small libraries every start needs (zod, fuse.js, dotenv). Left to
// node_modules: discord.js (loaded only by the bot), pino (its transports run in worker threads
// that load files by path), and what kutip loads on first use through createRequire (chrono-node,
// linkedom, @mozilla/readability, pino-pretty).
import { chmodSync, readdirSync, rmSync } from 'node:fs';
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
  external: ['discord.js', 'pino', 'pino-pretty', 'chrono-node', 'linkedom', '@mozilla/readability'],
  define: { KUTIP_CODE_FINGERPRINT: JSON.stringify(codeFingerprint()) },
  // dotenv is CommonJS and requires Node's own modules; an ES module has no `require` to give it.
  banner: { js: "import { createRequire as kutipCreateRequire } from 'node:module'; const require = kutipCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});
chmodSync('dist/app/cli.js', 0o755);
// Chunks are named by content hash: delete the last build's, once this one is written (a process
// started before the build still finds the files it has not loaded yet until this line).
const written = new Set(Object.keys(metafile.outputs).map((file) => basename(file)));
for (const name of readdirSync('dist/app')) if (!written.has(name)) rmSync(`dist/app/${name}`, { force: true });
