// A name written after the kin word converse to the one a question asks (answer/relatives.ts):
// "putra sulung <X>" and "the eldest son of <X>" name the father a question asking "ayah"/"father"
// wants, and outweigh the mother or a wife named in the same sentence; a modifier between the kin
// word and the name ("sulung", "tunggal", "dari") still leaves the name the one related to when the
// kin word is the asked one. Passages and questions are written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle('bacaan', `${text}\n`, { language })], understand));
const ask = (text: string, query: string, language: 'id' | 'en') => answer(libraryWith(text, language), { command: 'ask', query, locale: language });

describe('the name after a child’s word answers a question asking the parent', () => {
  it('Indonesian: "putra pertama <X> dengan istri pertamanya, <Y>, putri …" for "Siapa ayah …?"', () => {
    const id =
      'Darmo Kusumo II adalah raja ketiga Kerajaan Sembara. ' +
      'Ia merupakan putra pertama Hendra Wiratmaja dengan istri pertamanya, Ratna Sekarsari, putri Darmo Kusumo I, raja Lodra.';
    const a = ask(id, 'Siapa ayah Darmo Kusumo II?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Hendra Wiratmaja');
  });

  it('English: "the first son of <X> and his first wife, <Y>, daughter of …" for "Who was the father of …?"', () => {
    const en =
      'Darmo Kusumo II was the third king of Sembara. ' +
      'He was the first son of Hendra Wiratmaja and his first wife, Ratna Sekarsari, daughter of Darmo Kusumo I, king of Lodra.';
    const a = ask(en, 'Who was the father of Darmo Kusumo II?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Hendra Wiratmaja');
  });
});
