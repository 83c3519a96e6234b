// The scale sweep: a synthetic corpus of N articles, kutip's index against plain fuse.js over the
// same records, the same queries, in the same process.
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { answer } from '../src/core.js';
import { entriesOf, libraryOf, type Library } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { buildPassageIndex } from '../src/index/passages.js';
import type { Understanding } from '../src/types.js';
import { understand } from '../src/extract/understand.js';
import { rng, syntheticArticle, type SyntheticArticle } from './corpus.js';
import { distribution, mb, settledHeap, timeEach, type Distribution } from './stats.js';

export interface ScaleResult {
  readonly articles: number;
  readonly paragraphs: number;
  readonly vocabulary: number;
  readonly parseAndExtractMs: number;
  /** The passage index alone: what the bench before the rebuild measured as its index build. */
  readonly indexBuildMs: number;
  /** The rest of libraryOf: the name index and the overview (a library feature added since). */
  readonly namesBuildMs: number;
  readonly heapMB: number;
  readonly queries: number;
  readonly kutip: Distribution;
  readonly plainFuse: Distribution & { readonly queries: number };
  /** Every other command on the same corpus: p50/p99/max per command. */
  readonly commands: Record<string, Distribution>;
  /** plain fuse.js p50 / kutip p50 on the same queries. */
  readonly speedupP50: number;
  readonly speedupP99: number;
}

const emptyUnderstanding: Understanding = { people: [], organisations: [], places: [], quotes: [], dates: [], names: [] };

function typo(word: string, r: () => number): string {
  if (word.length < 6) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  return word.slice(0, i) + word.slice(i + 1); // one deletion
}

/** A fixed, seeded mix: full names, surnames, typos, places, phrases, questions and misses. */
export function scaleQueries(corpus: readonly SyntheticArticle[], count: number, seed: number): string[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(corpus);
    const person = pick(a.people);
    const surname = person.split(' ')[1]!;
    const place = pick(a.places);
    switch (i % 8) {
      case 0: queries.push(`/search ${person}`); break;
      case 1: queries.push(`/search ${typo(surname, r)}`); break;
      case 2: queries.push(`/search ${place}`); break;
      case 3: queries.push('/search harga beras'); break;
      case 4: queries.push(`/search rapat di ${place}`); break;
      case 5: queries.push(`/search siapa yang mengkritik usulan di ${place}`); break;
      case 6: queries.push('/search sepak bola piala dunia'); break;
      default: queries.push(`/search subsidi energi ${surname}`); break;
    }
  }
  return queries;
}

export function runScale(articles: number, opts: { seed: number; queries: number; fuseQueries: number; extract: boolean }): ScaleResult {
  const corpus = Array.from({ length: articles }, (_, i) => syntheticArticle(opts.seed, i));
  const heapBefore = settledHeap();
  const t0 = performance.now();
  const parsed = corpus.map((a) => parseArticle(a.id, a.text, { language: 'id', publishedAt: '2024-01-01' }));
  const entries = entriesOf(parsed, opts.extract ? understand : () => emptyUnderstanding);
  const t1 = performance.now();
  const index = buildPassageIndex(entries);
  const t2 = performance.now();
  const library: Library = libraryOf(entries, index);
  const t3 = performance.now();
  const heapMB = mb(settledHeap() - heapBefore);

  const queries = scaleQueries(corpus, opts.queries, opts.seed + 1);
  const toRequest = (q: string) => ({ command: 'search' as const, query: q.replace(/^\/search /, '') });
  // Warm up (JIT, memo) on a different slice of the same mix.
  for (const q of scaleQueries(corpus, 50, opts.seed + 2)) answer(library, toRequest(q));
  const kutip = distribution(timeEach(queries, (q) => answer(library, toRequest(q))));

  const commands = commandLatencies(library, corpus, opts.seed + 3);

  // Plain fuse.js, as the issue measured it: every paragraph and sentence, ignoreLocation, 0.35.
  const records = parsed.flatMap((a) =>
    a.paragraphs.flatMap((p) => [{ article: a.id, paragraph: p.n, text: p.text }, ...p.sentences.map((s) => ({ article: a.id, paragraph: p.n, text: s.text }))]),
  );
  const fuse = new Fuse(records, { keys: ['text'], ignoreLocation: true, threshold: 0.35, includeScore: true });
  const fuseQueries = queries.slice(0, opts.fuseQueries);
  fuse.search('warm up');
  const plain = distribution(timeEach(fuseQueries, (q) => fuse.search(toRequest(q).query, { limit: 5 })));
  // Same queries on both sides for the ratio.
  const kutipSame = distribution(timeEach(fuseQueries, (q) => answer(library, toRequest(q))));
  return {
    articles,
    paragraphs: index.passages.length,
    vocabulary: index.vocabulary.size,
    parseAndExtractMs: Math.round(t1 - t0),
    indexBuildMs: Math.round(t2 - t1),
    namesBuildMs: Math.round(t3 - t2),
    heapMB,
    queries: queries.length,
    kutip,
    commands,
    plainFuse: { ...plain, queries: fuseQueries.length },
    speedupP50: Math.round((plain.p50 / Math.max(kutipSame.p50, 0.001)) * 10) / 10,
    speedupP99: Math.round((plain.p99 / Math.max(kutipSame.p99, 0.001)) * 10) / 10,
  };
}

/** The requests of the other commands on the synthetic corpus: hits, typos and misses. */
export function commandRequests(corpus: readonly SyntheticArticle[], seed: number): { command: 'who' | 'when' | 'where' | 'quote' | 'ask'; query: string }[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const requests: { command: 'who' | 'when' | 'where' | 'quote' | 'ask'; query: string }[] = [];
  for (let i = 0; i < 40; i++) {
    const a = pick(corpus);
    const person = pick(a.people);
    const surname = person.split(' ')[1]!;
    const place = pick(a.places);
    requests.push(
      { command: 'who', query: i % 4 === 3 ? 'Biden' : i % 2 ? person : surname },
      { command: 'quote', query: i % 4 === 3 ? 'sepak bola' : surname },
      { command: 'where', query: i % 4 === 3 ? 'Atlantis' : place },
      { command: 'when', query: i % 2 ? `rapat di ${place}` : 'rapat lanjutan dijadwalkan' },
      { command: 'ask', query: i % 2 ? `Siapa yang mengkritik usulan di ${place}?` : `Kapan ${surname} meninjau rencana?` },
    );
  }
  return requests;
}

/** who, when, where, quote and ask on the synthetic corpus: hits, typos and misses. */
function commandLatencies(library: Library, corpus: readonly SyntheticArticle[], seed: number): Record<string, Distribution> {
  const requests = commandRequests(corpus, seed);
  for (const q of requests.slice(0, 25)) answer(library, q); // warm up
  const samples = new Map<string, number[]>();
  for (const q of requests) {
    const t0 = performance.now();
    answer(library, q);
    const ms = performance.now() - t0;
    samples.set(q.command, [...(samples.get(q.command) ?? []), ms]);
  }
  return Object.fromEntries([...samples].map(([k, v]) => [k, distribution(v)]));
}
