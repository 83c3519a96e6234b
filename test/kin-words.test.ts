// One table of kin words per language (the language tables' answerWords.kinWords) serves both rules
// that read relatives: a surname a relative shares is no other first name (support-names.ts through
// name-forms.ts), and "putra <X>" says whose son it is (relatives.ts, Indonesian only). Passages and
// questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';
import { readQuery } from '../src/query/query.js';
import { asksOfKin } from '../src/answer/relatives.js';
import { lexicon } from '../src/text/lexicon.js';

const libraryWith = (text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle('bacaan', `${text}\n`, { language })], understand));
const ask = (text: string, query: string, language: 'id' | 'en') => answer(libraryWith(text, language), { command: 'ask', query, locale: language });
const asks = (query: string): boolean => asksOfKin(readQuery({ command: 'ask', query }).focus!);

describe('the kin-word table', () => {
  it('holds the words of both languages, the family words as well', () => {
    for (const w of ['ayah', 'istri', 'paman', 'keluarga', 'father', 'wife', 'family']) expect(lexicon.kinWords.has(w)).toBe(true);
    expect(lexicon.kinWords.has('pendiri')).toBe(false);
  });

  it('tells a question asking of a relative, wherever the kin word stands', () => {
    expect(asks('Siapa istri Raja Rogerio?')).toBe(true);
    expect(asks('Siapa nama istri dari Raja Rogerio?')).toBe(true);
    expect(asks("Who was King Rogerio's wife?")).toBe(true);
    expect(asks('Siapa pendiri Kota Varden?')).toBe(false);
    expect(asks('Who founded the town of Varden?')).toBe(false);
  });
});

describe('a name right after a relative’s word, asked of in other words', () => {
  const id = 'Raja Rogerio menikahi istri pertamanya, Elvira, putri Alfonso dari Kastila, pada tahun 1117.';

  it('is whose relative it is when the kin word stands apart from the name ("istri dari …")', () => {
    const a = ask(id, 'Siapa nama istri dari Raja Rogerio?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Elvira');
  });

  it('is the relative itself in English apposition ("his son Tomas")', () => {
    const en = 'Duke Almeric of Varden ruled until 1204. His son Tomas Almeric took the throne after him, and his daughter Ines married into Kastor.';
    const a = ask(en, 'Who was the son of Duke Almeric?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toContain('Tomas');
  });
});

describe('a kin word that is also a form of address ("ibu", "bapak")', () => {
  const id = 'Darsa Lorem lahir pada 2 Oktober 1932 di Kota Sumbi dari pasangan Budi Lorem, seorang pegawai kereta api, dan istrinya Sarka Ipsum. Darsa adalah anak ketiga dari sebelas bersaudara.';
  const en = 'Darsa Lorem was born on 2 October 1932 in Sumbi to Budi Lorem, a railway worker, and his wife Sarka Ipsum. Darsa was the third of eleven children.';

  it('asks of the relative in lower case before a name: the name’s own birth does not answer (Indonesian)', () => {
    expect(ask(id, 'Kapan ibu Darsa Lorem lahir?', 'id').found).toBe(false);
    expect(ask(id, 'Di mana ibu Darsa Lorem lahir?', 'id').found).toBe(false);
    expect(ask(id, 'Kapan Darsa Lorem lahir?', 'id').value).toBe('2 Oktober 1932');
  });

  it('asks of the relative in English too, where the kin word is never a form of address', () => {
    expect(ask(en, 'When was the mother of Darsa Lorem born?', 'en').found).toBe(false);
    expect(ask(en, 'Where was the mother of Darsa Lorem born?', 'en').found).toBe(false);
    expect(ask(en, 'When was Darsa Lorem born?', 'en').value).toBe('2 October 1932');
  });

  it('addresses the one named where the question writes it as part of the name ("Ibu Sarka")', () => {
    const born = 'Sarka Ipsum lahir pada 23 Januari 1947 di Kota Sumbi. Ia kemudian menjadi guru di sana.';
    expect(ask(born, 'Kapan Ibu Sarka Ipsum lahir?', 'id').value).toBe('23 Januari 1947');
    const bornEn = 'Sarka Ipsum was born on 23 January 1947 in Sumbi. She later became a teacher there.';
    expect(ask(bornEn, 'When was Mrs Sarka Ipsum born?', 'en').value).toBe('23 January 1947');
  });

  it('is said by a passage that writes it before the name as well ("Ibu Sarka")', () => {
    const opened = 'Dalam sambutannya, Ibu Sarka Ipsum mengatakan bahwa sekolah itu dibuka pada 12 Mei 2005 di Kota Sumbi.';
    expect(ask(opened, 'Kapan sekolah yang disebut Ibu Sarka Ipsum dibuka?', 'id').value).toBe('12 Mei 2005');
    const openedEn = 'In her speech, Mrs Sarka Ipsum said that the school was opened on 12 May 2005 in Sumbi.';
    expect(ask(openedEn, 'When was the school Mrs Sarka Ipsum spoke of opened?', 'en').value).toBe('12 May 2005');
  });
});

describe('a relative named in the sentence before is no one of the next sentence', () => {
  it('Indonesian: "… bersama istrinya. Kanselir X …" gives no wife; "Ia bernama X" does', () => {
    const unnamed = 'Pemimpin redaksi Agus Wibowo tiba di bandara bersama istrinya. Kanselir Jerman Budi Santoso menyebut hal itu keliru.';
    expect(ask(unnamed, 'Siapa istri Agus Wibowo?', 'id')).toMatchObject({ found: false });
    const pointed = 'Pemimpin redaksi Agus Wibowo memiliki seorang istri. Ia bernama Siti Rahayu.';
    expect(ask(pointed, 'Siapa istri Agus Wibowo?', 'id')).toMatchObject({ found: true, value: 'Siti Rahayu' });
  });

  it('English: "… with his wife. Chancellor X …" gives no wife; "Her name is X" does', () => {
    const unnamed = 'Editor Agus Wibowo arrived at the airport with his wife. German Chancellor Budi Santoso said the decision was wrong.';
    expect(ask(unnamed, "Who is Agus Wibowo's wife?", 'en')).toMatchObject({ found: false });
    const pointed = 'Editor Agus Wibowo has a wife. Her name is Siti Rahayu.';
    expect(ask(pointed, "Who is Agus Wibowo's wife?", 'en')).toMatchObject({ found: true, value: 'Siti Rahayu' });
  });
});
