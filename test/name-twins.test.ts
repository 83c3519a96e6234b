// A question that changes a letter of a name the passage writes asks of another name, its twin, and
// is refused ("Fendasa" of a passage writing "Fendara", "Brentan" of "Brentana"); a name mistyped by
// a slip of the fingers (a key beside the right one, two letters swapped, a double letter) or spelt
// with or without an "h" ("Josep" ~ "Joseph") is still the passage's name. Passages and questions
// are written for these tests (invented people, places and things).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { typingSlip } from '../src/text/typing-slips.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language, publishedAt: '2024-08-12' })], understand));
const ask = (library: ReturnType<typeof libraryWith>, query: string, locale: 'id' | 'en') => answer(library, { command: 'ask', query, locale });

describe('a slip of typing', () => {
  it('is a key beside the right one, two letters swapped, a double letter or an "h"', () => {
    expect(typingSlip('jeoang', 'jepang')).toBe(true);
    expect(typingSlip('qeunby', 'quenby')).toBe(true);
    expect(typingSlip('renwicck', 'renwick')).toBe(true);
    expect(typingSlip('josep', 'joseph')).toBe(true);
    expect(typingSlip('intercolleiate', 'intercollegiate')).toBe(true);
  });
  it('is not another vowel, another consonant or a letter cut off', () => {
    expect(typingSlip('lorensa', 'lorenso')).toBe(false);
    expect(typingSlip('fendasa', 'fendara')).toBe(false);
    expect(typingSlip('brentan', 'brentana')).toBe(false);
    expect(typingSlip('kalbrine', 'kalbrie')).toBe(false);
  });
});

describe('a name asked with a letter changed (Indonesian)', () => {
  const library = libraryWith(
    'fendara',
    [
      'Raja Fendara memerintah Kerajaan Loremia sejak tahun 1249 setelah ayahnya wafat.',
      'Jembatan Lorenso di tepi Sungai Brenta dibuka pada tahun 1985 oleh gubernur setempat.',
    ].join('\n\n'),
    'id',
  );

  it('refuses the twin of a name the passage writes', () => {
    expect(ask(library, 'Sejak kapan Fendasa memerintah Kerajaan Loremia?', 'id').found).toBe(false);
    expect(ask(library, 'Kapan Jembatan Lorensa dibuka?', 'id').found).toBe(false);
  });

  it('answers the name as written, or mistyped by a slip', () => {
    expect(ask(library, 'Sejak kapan Fendara memerintah Kerajaan Loremia?', 'id').value).toBe('1249');
    expect(ask(library, 'Sejak kapan Fendata memerintah Kerajaan Loremia?', 'id').value).toBe('1249');
    expect(ask(library, 'Kapan Jembatan Lorenso dibuka?', 'id').value).toBe('1985');
  });
});

describe('a name asked with a letter changed (English)', () => {
  const library = libraryWith(
    'quenby',
    [
      'Senator Marla Quenby opened the new wing of the county hospital in 1987.',
      'The Ostrander Library was built in 1902 with money raised by the town.',
      'Joseph Renwick was born in 1911 in a mill town on the river.',
    ].join('\n\n'),
    'en',
  );

  it('refuses the twin of a name the passage writes', () => {
    expect(ask(library, 'When did Marla Quinby open the new wing of the hospital?', 'en').found).toBe(false);
    expect(ask(library, 'When was the Ostrender Library built?', 'en').found).toBe(false);
  });

  it('answers the name as written, mistyped by a slip or spelt without its "h"', () => {
    expect(ask(library, 'When did Marla Quenby open the new wing of the hospital?', 'en').value).toBe('1987');
    expect(ask(library, 'When did Marla Qeunby open the new wing of the hospital?', 'en').value).toBe('1987');
    expect(ask(library, 'When was the Ostrander Library built?', 'en').value).toBe('1902');
    expect(ask(library, 'When was Josep Renwick born?', 'en').value).toBe('1911');
  });
});
