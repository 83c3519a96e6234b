import { describe, expect, it } from 'vitest';
import { Suggestions } from '../src/bot/suggest.js';
import { libraryOf, type Library, type LibraryEntry } from '../src/index/library.js';
import type { Person, Understanding } from '../src/types.js';

const person = (name: string, mentions: number, aliases: string[] = []): Person => ({
  name,
  aliases,
  paragraphs: Array.from({ length: mentions }, (_, i) => i + 1),
});

function entry(id: string, understanding: Partial<Understanding>, title?: string): LibraryEntry {
  return {
    article: { id, meta: { language: 'id', outlet: 'Tempo', ...(title && { title }) }, paragraphs: [], contentHash: id },
    understanding: { people: [], organisations: [], places: [], quotes: [], dates: [], names: [], ...understanding },
  };
}

const a = entry('a', {
  people: [person('Sergei Viktorovich Lavrov', 2, ['Lavrov']), person('Vladimir Putin', 5, ['Putin']), person('Choe Son Hui', 1)],
  quotes: [{ text: 'x', speaker: 'Kim Jong Un', paragraph: 7, paragraphs: [7] }],
  places: [{ name: 'Moskow', aliases: ['Moscow'], paragraphs: [2, 3] }],
}, 'Menlu Korut dan Rusia bertemu');
const b = entry('b', { people: [person('Vladimir Putin', 1), ...Array.from({ length: 40 }, (_, i) => person(`Orang ${i}`, 1))] });
const library: Library = libraryOf([a, b]);
const suggestions = new Suggestions(library);
const suggestPeople = (_l: Library, typed: string, article?: string) => suggestions.people(typed, article);
const suggestPlaces = (_l: Library, typed: string) => suggestions.places(typed);
const suggestArticles = (_l: Library, typed: string) => suggestions.articles(typed);

describe('suggestions', () => {
  it('find people by surname and readers’ spellings, best first', () => {
    expect(suggestPeople(library, 'lavr')[0]).toEqual({ name: 'Sergei Viktorovich Lavrov', value: 'Sergei Viktorovich Lavrov' });
    expect(suggestPeople(library, 'kim')[0]?.name).toBe('Kim Jong Un');
    expect(suggestPlaces(library, 'moscow')[0]?.name).toBe('Moskow');
  });

  it('offer the most mentioned first for an empty query, merged across articles, at most 25', () => {
    const blank = suggestPeople(library, '   ');
    expect(blank[0]?.name).toBe('Vladimir Putin');
    expect(blank).toHaveLength(25);
  });

  it('stay within one article when the article option is set', () => {
    expect(suggestPeople(library, '', 'a').map((c) => c.name)).toEqual([
      'Vladimir Putin', 'Sergei Viktorovich Lavrov', 'Choe Son Hui', 'Kim Jong Un',
    ]);
  });

  it('treat fuse.js operators and odd text as plain text', () => {
    for (const typed of ['=Putin', "'x !y ^q q$ a|b", '.*+?()[]{}', '😀'.repeat(200), 'x'.repeat(6000)]) {
      expect(() => suggestPeople(library, typed)).not.toThrow();
      expect(suggestPeople(library, typed).length).toBeLessThanOrEqual(25);
    }
  });

  it('name articles by title and answer with their id', () => {
    expect(suggestArticles(library, 'menlu')[0]).toEqual({ name: 'Menlu Korut dan Rusia bertemu · Tempo', value: 'a' });
    expect(suggestArticles(library, '').map((c) => c.value).sort()).toEqual(['a', 'b']);
  });
});
