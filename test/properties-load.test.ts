// Issue "Rebuild the core", item 7, for articles: random bytes and near misses as article files
// (valid UTF-8 with NULs, invalid UTF-8, BOMs, CRLF, only whitespace or invisible characters, only
// ad lines, endless lines, files over the size limit, sidecars that are not JSON or have the wrong
// types) in a folder beside one good article. Loading never throws; each bad file is reported on
// one line naming it, and skipped; the good article still answers. With no good article, loading
// fails with the one documented error. And random articles: whatever loads answers every command
// within the contract. Product code is reached only through test/helpers/engine.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { articleIds, articleView, ask, commandNames, fixturesDir, isLoadError, loadArticles, loadProblems, messageOf, paragraphText, type AnswerRequest, type Library } from './helpers/engine.js';
import { property } from './helpers/fuzz-runs.js';
import { checkCitations, checkContract, checkMessage, checkNotFound } from './helpers/answer-checks.js';
import { commands, locales, mutate, mutation, unicodeQuery, unicodeText } from './helpers/fuzz-queries.js';
import { messageMarkdownProblems } from './helpers/markdown-checks.js';
import { tempFolder } from './helpers/temp.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The good article: short, so every case loads quickly. */
const GOOD = 'en-council-vote';
const goodText = readFileSync(join(fixturesDir, `${GOOD}.txt`), 'utf8');
/** Text to build near misses from: lines of every shared article. */
const articleLines = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(fixturesDir, name), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '');

const someText = fc.subarray(articleLines, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n'));

/** Limits README promises (src/load.ts): larger files and longer lines are refused. */
const MAX_BYTES = 1024 * 1024;
const MAX_LINE = 20_000;

// ── Files ───────────────────────────────────────────────────────────────────────────────────────

/**
 * One article's files. `expect`: 'bad' must be reported (naming `blame`, the .txt or the .json) and
 * skipped; 'either' (random content) must be loaded or reported, never both, never neither.
 */
interface Candidate {
  readonly kind: string;
  readonly txt: Uint8Array;
  readonly json?: Uint8Array;
  readonly expect: 'bad' | 'either';
  readonly blame?: 'txt' | 'json';
}

/** A file's bytes in a counterexample: UTF-8 as an escaped string, anything else in hex; long ones cut. */
function preview(bytes: Uint8Array): string {
  let shown: string;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    shown = JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  } catch {
    shown = `hex ${Buffer.from(bytes).toString('hex')}`;
  }
  return `${bytes.length} bytes ${shown.length <= 100 ? shown : `${shown.slice(0, 70)}…${shown.slice(-25)}`}`;
}

function described(c: Omit<Candidate, typeof fc.toStringMethod>): Candidate {
  const show = () => `{${c.kind}: ${c.expect}, .txt ${preview(c.txt)}${c.json ? `, .json ${preview(c.json)}` : ''}}`;
  return Object.assign(c, { [fc.toStringMethod]: show });
}

const bad = (kind: string, txt: Uint8Array, json?: Uint8Array): Candidate =>
  described({ kind, txt, ...(json && { json }), expect: 'bad', blame: json ? 'json' : 'txt' });
const either = (kind: string, txt: Uint8Array, json?: Uint8Array): Candidate => described({ kind, txt, ...(json && { json }), expect: 'either' });

function insertBytes(text: string, at: number, bytes: readonly number[]): Uint8Array {
  const raw = utf8(text);
  const i = at % (raw.length + 1);
  return new Uint8Array([...raw.subarray(0, i), ...bytes, ...raw.subarray(i)]);
}

/** Byte sequences no UTF-8 text contains, wherever they are put. */
const INVALID_UTF8 = [[0xff], [0xfe], [0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];
/** Whitespace as JavaScript's trim() knows it, and characters that show nothing. */
const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u00A0', '\u3000', '\u2003', '\u2028', '\uFEFF', '\v', '\f'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u200E', '\u200F', '\u202E', '\u2066', '\u061C'];
/** Lines news sites add, which cleaning drops (src/lang: promo line starts; reporter codes). */
const AD_LINES = [
  'ADVERTISEMENT', 'Advertisement', 'Iklan', 'Baca juga: Berita lain hari ini', '[Baca juga: Judul lain]', 'Pilihan Editor: Judul',
  'Simak juga video berikut', 'Read more: Another story', 'Also read: Yet another story', 'Scroll to continue with content',
  'Subscribe to our newsletter', 'Follow us on social media', '(bir / gen)', '[bal]',
];

const bytesFile = fc.uint8Array({ maxLength: 3000 });

const candidate: fc.Arbitrary<Candidate> = fc.oneof(
  bytesFile.map((b) => either('random bytes', b)),
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => either('random UTF-8', utf8(s))),
  unicodeQuery.map((s) => either('odd Unicode', utf8(s))),
  fc.tuple(someText, fc.nat()).map(([t, at]) => bad('text with a NUL', insertBytes(t, at, [0]))),
  fc.tuple(someText, fc.nat(), fc.constantFrom(...INVALID_UTF8)).map(([t, at, seq]) => bad('invalid UTF-8', insertBytes(t, at, seq))),
  fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 40 }).map((ws) => bad('only whitespace', utf8(ws.join('')))),
  fc.array(fc.constantFrom(...WHITESPACE, ...INVISIBLE), { minLength: 1, maxLength: 40 }).map((ws) => bad('only invisible characters', utf8(ws.join('')))),
  fc.tuple(someText, fc.array(fc.constantFrom(...INVISIBLE), { minLength: 1, maxLength: 3 }), fc.nat())
    .map(([t, marks, at]) => either('text with a line of invisible characters', utf8(t.split('\n').toSpliced(at % (t.split('\n').length + 1), 0, marks.join('')).join('\n')))),
  fc.array(fc.tuple(fc.constantFrom(...AD_LINES), fc.constantFrom('\n', '\n\n', '\r\n', '\n \n')), { minLength: 1, maxLength: 6 })
    .map((lines) => bad('only ad lines', utf8(lines.map(([l, sep]) => l + sep).join('')))),
  fc.tuple(someText, fc.integer({ min: MAX_LINE + 1, max: MAX_LINE + 5000 }), fc.constantFrom('kata ', 'x', '🙂', 'é ')).map(([t, n, unit]) =>
    bad('an endless line', utf8(`${t}\n${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}\n${t}`))),
  fc.tuple(someText, fc.nat(2000)).map(([t, extra]) => bad('over 1 MB', utf8(`${t}\n`.repeat(Math.ceil((MAX_BYTES + 1 + extra) / (t.length + 1)))))),
  fc.tuple(someText, fc.string({ unit: 'binary-ascii', maxLength: 60 }))
    .filter(([, j]) => !parses(j))
    .map(([t, j]) => bad('sidecar that is not JSON', utf8(t), utf8(j))),
  fc.tuple(someText, fc.constantFrom('{', '{"title": "x",}', "{'title': 'x'}", '{"title": "x"} trailing', '\uFEFF{"title":"x"', 'null null'))
    .map(([t, j]) => bad('sidecar that is not JSON', utf8(t), utf8(j))),
  fc.tuple(someText, wrongSidecar()).map(([t, j]) => bad('sidecar with a wrong type', utf8(t), utf8(JSON.stringify(j)))),
  fc.tuple(someText, bytesFile).map(([t, j]) => either('sidecar of random bytes', utf8(t), j)),
);

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/** Sidecars with a field of the wrong type or value, an unknown field, or not an object at all. */
function wrongSidecar(): fc.Arbitrary<unknown> {
  const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
  return fc.oneof(
    fc.record({ title: fc.oneof(notAString, fc.constantFrom('', '   ')) }),
    fc.record({ outlet: fc.oneof(notAString, fc.constantFrom('', ' \t ')) }),
    fc.record({ url: fc.oneof(notAString, fc.constantFrom('not a url', 'www.example.com', '/relative/path', '')) }),
    fc.record({ publishedAt: fc.oneof(notAString, fc.constantFrom('2024-02-31', '2024-13-01', '02/11/2024', 'yesterday', '2024-11-2', '')) }),
    fc.record({ language: fc.oneof(notAString, fc.constantFrom('fr', 'ID', 'english', '')) }),
    fc.record({ author: fc.string() }),
    fc.constantFrom([], null, 1, 'a string', true),
  );
}

/** File names as people name files: spaces, capitals, accents, dots, other scripts. */
const NAMES = ['berita', 'Berita Baru', 'ünïcode', 'x.y', '-dash', 'news_2024-11-02', '日本語', 'a b  c'];

interface Folder {
  readonly dir: string;
  /** Per candidate: its id (file name without .txt). */
  readonly ids: readonly string[];
}

function writeFolder(candidates: readonly Candidate[], withGood: boolean): Folder {
  const dir = tempFolder('kutip-props-load-');
  if (withGood) writeFileSync(join(dir, 'good.txt'), goodText);
  const ids = candidates.map((c, i) => `${NAMES[i % NAMES.length]}-${i}`);
  for (const [i, c] of candidates.entries()) {
    writeFileSync(join(dir, `${ids[i]}.txt`), c.txt);
    if (c.json) writeFileSync(join(dir, `${ids[i]}.json`), c.json);
  }
  return { dir, ids };
}

/** The problem lines that name this article's files. */
function problemsOf(library: Library, id: string): string[] {
  return loadProblems(library).filter((line) => line.includes(`/${id}.txt:`) || line.includes(`/${id}.json:`));
}

/** How loading reports an exception it did not expect (src/load-library.ts), rather than a bad file. */
const UNEXPECTED = ': cannot be loaded (';

/** Describes a case without the megabytes. */
const kinds = (candidates: readonly Candidate[]) => candidates.map((c) => c.kind).join(', ');

// ── Random articles ─────────────────────────────────────────────────────────────────────────────

const DATES = ['Rabu, 19 Juni 2024', 'Kamis (24/8)', 'tahun lalu', 'pekan ini', 'last week', 'abad lalu', 'Januari - Mei 2017', '31 Februari 2024', '2024-13-45', '99 Juni 99999', 'on Tuesday', 'Sabtu, 2 November 2024'];
const SPEECH = ['kata', 'ujar', 'said', 'tutur', 'menurut'];

/** Lines an article might hold: the shared articles' lines mistyped or with odd Unicode spliced in, random text, quotes, dates. */
const articleLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...articleLines), fc.array(mutation, { maxLength: 3 })).map(([line, ms]) => ms.reduce(mutate, line)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...articleLines), fc.nat(), unicodeQuery).map(([line, at, piece]) => { const cs = Array.from(line); return [...cs.slice(0, at % (cs.length + 1)), piece, ...cs.slice(at % (cs.length + 1))].join(''); }) },
  { weight: 2, arbitrary: unicodeText(120) },
  { weight: 1, arbitrary: fc.tuple(unicodeText(40), fc.constantFrom(...SPEECH), unicodeText(12), fc.constantFrom('"', '“', '”', "'")).map(([q, verb, who, mark]) => `${mark}${q},${mark} ${verb} ${who}.`) },
  { weight: 1, arbitrary: fc.tuple(unicodeText(30), fc.constantFrom(...DATES), unicodeText(30)).map(([a, date, b]) => `${a} ${date} ${b}.`) },
);
const randomArticle = fc
  .array(fc.tuple(articleLine, fc.constantFrom('\n', '\n\n', '\r\n')), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''));

/** Requests to a random article: its own words (picked by position), odd text, each command, its id or not. */
const requestSpec = fc.record({
  command: commands(commandNames),
  picks: fc.array(fc.tuple(fc.nat(), mutation), { maxLength: 4 }),
  extra: fc.option(unicodeQuery, { nil: undefined }),
  article: fc.constantFrom(undefined, 'article', ' article ', 'junk'),
  locale: locales,
});

function requestFor(spec: typeof requestSpec extends fc.Arbitrary<infer T> ? T : never, words: readonly string[]): AnswerRequest {
  const picked = words.length === 0 ? [] : spec.picks.map(([i, m]) => mutate(words[i % words.length]!, m));
  const query = [...picked, ...(spec.extra !== undefined ? [spec.extra] : [])].join(' ');
  return { command: spec.command, query, locale: spec.locale, ...(spec.article !== undefined && { article: spec.article }) };
}

// ── The properties ────────────────────────────────────────────────────────────────────────────────

describe('properties of loading a folder of articles', () => {
  property(
    'beside a good article, loading never throws, reports and skips each bad file, and the good article answers',
    fc.property(fc.array(candidate, { minLength: 1, maxLength: 4 }), (candidates) => {
      const { dir, ids } = writeFolder(candidates, true);
      let library: Library | undefined;
      expect(() => (library = loadArticles(dir)), kinds(candidates)).not.toThrow();
      const loaded = articleIds(library!);
      expect(loaded, kinds(candidates)).toContain('good');
      for (const [i, c] of candidates.entries()) {
        const id = ids[i]!;
        const lines = problemsOf(library!, id);
        const where = `${c.kind} (${id})`;
        if (c.expect === 'bad') {
          expect(loaded, `${where}: loaded, not skipped`).not.toContain(id);
          expect(lines, `${where}: reported once, naming the ${c.blame} file`).toHaveLength(1);
          expect(lines[0], where).toContain(`/${id}.${c.blame}: `);
        } else {
          expect(loaded.includes(id) ? 0 : 1, `${where}: either loaded or reported (problems: ${JSON.stringify(lines)})`).toBe(lines.length);
        }
        // A file is refused for a documented reason, never for an exception inside kutip.
        for (const line of lines) expect(line, `${where}: refused by a crash`).not.toContain(UNEXPECTED);
      }
      // What loaded has no paragraph a reader cannot see (only spaces, zero-width or direction marks).
      for (const id of loaded) {
        for (const [i, text] of articleView(library!, id)!.paragraphs.entries()) {
          expect(/[^\s\p{Cf}]/u.test(text), `${id} ¶${i + 1} shows nothing: ${JSON.stringify(text)}`).toBe(true);
        }
      }
      // Every problem is one line, with nothing raw from a file (no control characters), about one
      // of the files written; nothing else is reported.
      for (const line of loadProblems(library!)) {
        expect(line, 'one line, no control characters').not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        expect(ids.some((id) => line.includes(`/${id}.txt:`) || line.includes(`/${id}.json:`)), line).toBe(true);
      }
      expect(loadProblems(library!).length + loaded.length).toBe(candidates.length + 1);

      const search = ask(library!, { command: 'search', query: 'potholes classrooms', article: 'good' });
      expect(search.found, kinds(candidates)).toBe(true);
      expect(search.citations.map((c) => c.article)).toEqual(search.citations.map(() => 'good'));
      // Whatever loaded answers /source with verbatim citations.
      for (const citation of ask(library!, { command: 'source', query: '' }).citations) {
        expect(paragraphText(library!, citation.article, citation.paragraph), `${citation.article} ¶${citation.paragraph}`).toContain(citation.excerpt);
      }
    }),
    { runs: 25, fuzzShare: 0.02 },
  );

  property(
    'with no usable article, loading fails with the one documented error, naming every file',
    fc.property(fc.array(candidate.filter((c) => c.expect === 'bad'), { minLength: 1, maxLength: 3 }), (candidates) => {
      const { dir, ids } = writeFolder(candidates, false);
      let error: unknown;
      try {
        loadArticles(dir);
      } catch (err) {
        error = err;
      }
      expect(isLoadError(error), `${kinds(candidates)}: ${String(error)}`).toBe(true);
      const message = (error as Error).message;
      expect(message).toMatch(new RegExp(`no usable article \\(${candidates.length} skipped: `));
      expect(message, 'one line, no control characters').not.toMatch(/[\p{Cc}\u2028\u2029]/u);
      for (const [i, c] of candidates.entries()) expect(message, c.kind).toContain(`/${ids[i]}.${c.blame}: `);
    }),
    { runs: 15, fuzzShare: 0.01 },
  );

  property(
    'a BOM or CRLF line ends change nothing: the same article, or the same refusal',
    fc.property(someText, fc.constantFrom('BOM', 'CRLF', 'BOM and CRLF'), fc.boolean(), (text, variant, blankLines) => {
      const plain = blankLines ? text.replace(/\n/g, '\n\n') : text;
      const changed = (variant.includes('BOM') ? '\uFEFF' : '') + (variant.includes('CRLF') ? plain.replace(/\n/g, '\r\n') : plain);
      const load = (content: string) => {
        const dir = tempFolder('kutip-props-eol-');
        writeFileSync(join(dir, 'article.txt'), content);
        try {
          return articleView(loadArticles(dir), 'article');
        } catch (err) {
          return { refused: String((err as Error).message).replaceAll(dir, 'DIR') };
        }
      };
      expect(load(changed), variant).toEqual(load(plain));
    }),
    { runs: 20, fuzzShare: 0.02 },
  );

  property(
    'any article that loads answers every command within the contract and renders within the Discord limits',
    fc.property(randomArticle, fc.array(requestSpec, { minLength: 1, maxLength: 4 }), (text, specs) => {
      const dir = tempFolder('kutip-props-article-');
      writeFileSync(join(dir, 'article.txt'), text);
      let library: Library;
      try {
        library = loadArticles(dir);
      } catch (err) {
        // Refused (nothing left after cleaning, an endless line …): for a documented reason, not a crash.
        expect(isLoadError(err), String(err)).toBe(true);
        expect((err as Error).message).not.toContain(UNEXPECTED);
        return;
      }
      const words = articleView(library, 'article')!.paragraphs.flatMap((p) => p.split(/\s+/)).filter((w) => w !== '');
      for (const spec of specs) {
        const request = requestFor(spec, words);
        const label = JSON.stringify(request);
        const answer = ask(library, request);
        checkContract(request, answer, label);
        checkCitations(library, request, answer, label);
        checkNotFound(request, answer, label);
        const message = messageOf(answer, library, request.locale ?? 'en');
        checkMessage(message, label);
        expect(messageMarkdownProblems(message), label).toEqual([]);
      }
    }),
    { runs: 25, fuzzShare: 0.05 },
  );
});
