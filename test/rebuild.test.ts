// The index a reload builds from the previous one (src/index/rebuild.ts) holds exactly what a fresh
// build over the same entries holds, and answers every question the same.
import { describe, expect, it } from 'vitest';
import { answer, type AnswerRequest } from '../src/core.js';
import { libraryOf, type Library, type LibraryEntry } from '../src/index/library.js';
import { buildPassageIndex, type PassageIndex } from '../src/index/passages.js';
import { rebuildPassageIndex } from '../src/index/rebuild.js';
import { libraryFromFixtures } from './helpers/articles.js';

/** What an index holds, independent of the order words were first met. */
function contents(index: PassageIndex) {
  const sorted = <T>(entries: Iterable<readonly [string, T]>) => Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
  return {
    passages: index.passages,
    sentences: index.sentences,
    totalSentences: index.totalSentences,
    firstPassage: index.firstPassage,
    entryOf: [...index.entryOf],
    nameWords: sorted(index.nameWords),
    vocabulary: sorted(index.vocabulary.entries()),
  };
}

const REQUESTS: readonly AnswerRequest[] = [
  { command: 'search', query: 'bantuan militer' },
  { command: 'search', query: 'strike pay' },
  { command: 'who', query: 'Lavrov' },
  { command: 'who', query: 'Sharon Graham' },
  { command: 'where', query: 'Kursk' },
  { command: 'when', query: 'perjanjian kemitraan strategis' },
  { command: 'quote', query: 'Putin' },
  { command: 'ask', query: 'Siapa Menteri Luar Negeri Rusia?' },
  { command: 'ask', query: 'When did the dock workers begin the strike?' },
  { command: 'search', query: 'Jepang sanksi Korut' },
  { command: 'search', query: 'Pyonyang' },
];

function sameAnswers(rebuilt: Library, fresh: Library): void {
  for (const request of REQUESTS) expect(answer(rebuilt, request), JSON.stringify(request)).toEqual(answer(fresh, request));
}

const sortedById = (entries: readonly LibraryEntry[]) => [...entries].sort((a, b) => a.article.id.localeCompare(b.article.id));

describe('rebuilding the passage and name indexes after a reload', () => {
  const before = libraryFromFixtures('tempo-2024-11-02-korut-rusia.txt', 'en-council-vote.txt', 'en-harbour-strike.txt', 'rimanews-2017-04-18-pilkada-dki.txt');

  it('holds what a fresh build holds, with articles added between, changed and removed', () => {
    const added = libraryFromFixtures('antara-2017-08-26-jepang-sanksi-korut.txt', 'en-quotes-2024-03-14-harbour-talks.txt').entries;
    // en-council-vote changed (a new entry object for the same id), rimanews removed.
    const changed = libraryFromFixtures('en-council-vote.txt').entries[0]!;
    const kept = before.entries.filter((e) => e.article.id.startsWith('tempo') || e.article.id.startsWith('en-harbour'));
    const entries = sortedById([...kept, changed, ...added]);
    const rebuilt = rebuildPassageIndex(before, entries);
    expect(contents(rebuilt)).toEqual(contents(buildPassageIndex(entries)));
    sameAnswers(libraryOf(entries, rebuilt), libraryOf(entries));
    // The name index keeps what the unchanged articles added, and holds what a fresh one holds.
    const reloaded = libraryOf(entries, rebuilt, before);
    expect(reloaded.names).toEqual(libraryOf(entries).names);
    expect(reloaded.names.perEntry[entries.findIndex((e) => e.article.id.startsWith('tempo'))]).toBe(before.names.perEntry[before.entries.findIndex((e) => e.article.id.startsWith('tempo'))]);
    sameAnswers(reloaded, libraryOf(entries));

    // And again from the rebuilt one: only removals.
    const fewer = entries.filter((e) => !e.article.id.startsWith('en-quotes'));
    const again = rebuildPassageIndex({ entries, index: rebuilt }, fewer);
    expect(contents(again)).toEqual(contents(buildPassageIndex(fewer)));
    sameAnswers(libraryOf(fewer, again), libraryOf(fewer));
  });

  it('gives an empty index when every article is gone, and a full one from nothing', () => {
    expect(contents(rebuildPassageIndex(before, []))).toEqual(contents(buildPassageIndex([])));
    const empty = libraryOf([]);
    expect(contents(rebuildPassageIndex(empty, before.entries))).toEqual(contents(before.index));
  });
});
