// English questions that change one word of an answerable one are refused: a name before a noun
// the passage writes with another name before it ("the Northern Army Uprising" of "the Kestrel
// Uprising began"), or after "of" ("the siege of Alder" of "the siege of Kestrel"). Passages and
// questions are written for these tests (invented places, people and bodies).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language, publishedAt: '2024-08-12' })], understand));
const ask = (library: ReturnType<typeof libraryWith>, query: string, locale: 'id' | 'en') => answer(library, { command: 'ask', query, locale });

describe('a name before its head noun, written at the answer with another name', () => {
  it('refuses a name of two words whose last the passage writes after another name', () => {
    const library = libraryWith(
      'uprising',
      'By July the Northern Army had reached the river and was nearing the city. Thus, on 3 August 1921, as the Northern Army waited on the far bank, the Kestrel Uprising began.',
      'en',
    );
    expect(ask(library, 'When did the Northern Army Uprising begin?', 'en').found).toBe(false);
    expect(ask(library, 'When did the Kestrel Uprising begin?', 'en').value).toBe('3 August 1921');
  });

  it('refuses a name before a noun of its own phrase ("a Danish tanker" of "a Dutch tanker")', () => {
    const library = libraryWith(
      'spill',
      'Danish fishermen first reported the oil on the beaches. In 2006, a chemical spill off the coast of Wendmouth, from a Dutch tanker, prompted the council to look into a law against dumping at sea.',
      'en',
    );
    expect(ask(library, 'What year did a chemical spill from a Danish tanker prompt the council to look into a law against dumping?', 'en').found).toBe(false);
    expect(ask(library, 'What year did a chemical spill from a Dutch tanker prompt the council to look into a law against dumping?', 'en').value).toBe('2006');
  });

  it('refuses a name after "of" where the passage writes another name after the same word', () => {
    const library = libraryWith(
      'museums',
      'The Alder Museum holds paintings of the old harbour. A fine tribute to the siege of Kestrel and the history of the county can be found in the Harbor Museum.',
      'en',
    );
    expect(ask(library, 'Where can a tribute to the siege of Alder be found?', 'en').found).toBe(false);
    expect(ask(library, 'Where can a tribute to the siege of Kestrel be found?', 'en').value).toBe('Harbor Museum');
  });

  it('still answers where a title, not another name, stands before the name', () => {
    const library = libraryWith('act', 'Marco Ravel was elected president of Wendland in 2009. Two years later, President Ravel signed the harbour act in 2011.', 'en');
    expect(ask(library, 'When did Marco Ravel sign the harbour act?', 'en').value).toBe('2011');
  });

  it('still answers an Indonesian name whose head stands first ("Kota Kestrel")', () => {
    const library = libraryWith('kota', 'Pelabuhan Kestrel dibangun pada tahun 1890. Kota Kestrel merayakan ulang tahun ke-200 pada 25 September 2010 dengan pawai besar.', 'id');
    expect(ask(library, 'Kapan Kota Kestrel merayakan ulang tahun ke-200?', 'id').value).toBe('25 September 2010');
  });
});
