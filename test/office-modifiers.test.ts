// A title with a modifier is another office: the deputy is not the governor, a former president is
// not the president, and a candidate holds nothing yet. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import type { Library } from '../src/index/library.js';
import { libraryFromText } from './helpers/articles.js';
import type { Language } from '../src/types.js';

const library = (text: string, language: Language): Library => libraryFromText(`${text}\n`, language, '2025-03-12');
const ask = (lib: Library, query: string, locale: 'id' | 'en'): string | undefined => {
  const reply = answer(lib, { command: 'ask', query, locale });
  return reply.found ? reply.value : undefined;
};

const indonesian = [
  'Bakal calon Gubernur Sulawesi Utara Loremus Dolorianto belum berencana menjadikan Gubernur Makassar Ipsum Sitamet atau Wakil Gubernur Consectetur Adipiscus sebagai juru kampanye.',
  '"Beliau berdua sibuk mengurus kota," kata Loremus usai bertemu Consectetur di Balai Kota, Selasa (2/1).',
].join('\n\n');

describe('office modifiers', () => {
  const lib = library(indonesian, 'id');
  it('the deputy answers who the deputy is, in either language', () => {
    expect(ask(lib, 'Siapa Wakil Gubernur Makassar?', 'id')).toBe('Consectetur Adipiscus');
    expect(ask(lib, 'Who is the deputy governor of Makassar?', 'en')).toBe('Consectetur Adipiscus');
  });
  it('the governor answers who the governor is', () => {
    expect(ask(lib, 'Siapa Gubernur Makassar?', 'id')).toBe('Ipsum Sitamet');
  });
  it('a candidate for an office does not hold it', () => {
    expect(ask(lib, 'Siapa Gubernur Sulawesi Utara?', 'id')).toBeUndefined();
  });
  it('a former president does not answer who the president is (English)', () => {
    const en = library(
      [
        'Former President Loremus Dolor spoke to students in Geneva on Monday.',
        'Dolor said the talks with the new government were frank.',
      ].join('\n\n'),
      'en',
    );
    expect(ask(en, 'Who is the former president?', 'en')).toBe('Loremus Dolor');
    expect(ask(en, 'Who is the president?', 'en')).toBeUndefined();
  });
});
