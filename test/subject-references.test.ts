// A sentence that tells of the paragraph's subject without writing its name, opening with a pronoun or
// a noun and a demonstrative ("Negara ini …", "Ia …", "The country …"): it stands for the name the
// last sentence opening with a name opens with (answer/subject-references.ts), for scoring an answer
// and for the names a question types. Passages and questions are written for these tests (invented
// places and people).
import { describe, expect, it } from 'vitest';
import { referencesOf, referencesTo } from '../src/answer/subject-references.js';
import { readQuery } from '../src/query/query.js';
import { parseArticle } from '../src/load/article.js';
import { paragraphWords } from '../src/text/words.js';
import { askText as ask } from './helpers/articles.js';

const wordsOf = (text: string, language: 'id' | 'en') => paragraphWords(parseArticle('t', `${text}\n`, { language }).paragraphs[0]!);

/** Each reference of the paragraph as written, with the name it stands for. */
function read(text: string, language: 'id' | 'en'): string[] {
  const words = wordsOf(text, language);
  const written = (first: number, last: number): string => words.slice(first, last + 1).map((w) => w.text).join(' ');
  return referencesOf(words).map((r) => `${written(r.first, r.last)} = ${r.name.map((w) => w.text).join(' ')}`);
}

describe('a reference opening a sentence', () => {
  it('stands for the name the paragraph opens with, past a sentence that opens with none', () => {
    const text = 'Klub Sarandi adalah klub sepak bola dari Kota Lorem. Pada awalnya, para pemain berlatih di lapangan kampus. Klub ini didirikan pada tahun 1899 oleh dua pedagang.';
    expect(read(text, 'id')).toEqual(['Klub ini = Klub Sarandi']);
    expect(read('Tomas Arven adalah penyair dari Selen. Ia meninggal pada tahun 1932.', 'id')).toEqual(['Ia = Tomas Arven']);
    expect(read('Sarandi Club is a football club from Lorem. The club was founded in 1899 by two merchants.', 'en')).toEqual(['The club = Sarandi Club']);
  });

  it('stands for the last name opening a sentence, and for nothing before the paragraph names one', () => {
    expect(read('Tomas Arven adalah penyair. Marko Bresc adalah gurunya. Ia meninggal pada tahun 1932.', 'id')).toEqual(['Ia = Marko Bresc']);
    expect(read('Klub ini didirikan pada tahun 1899 oleh dua pedagang.', 'id')).toEqual([]);
  });

  it('is a noun only for a thing of its kind, the name holding it or its sentence saying it', () => {
    expect(read('Hutan Sarandi menjadi rumah bagi rusa. Kabupaten itu juga memiliki banyak cagar alam.', 'id')).toEqual([]);
    expect(read('Sarandi Wood is home to deer and owls. The county has many other reserves as well.', 'en')).toEqual([]);
  });

  it('is no phrase of time or of a matter ("Hal ini", "Selain itu") and none inside its sentence', () => {
    const text = 'Klub Sarandi adalah klub sepak bola. Hal ini membuat kota bangga. Selain itu, warga membangun stadion untuk klub ini.';
    expect(read(text, 'id')).toEqual([]);
  });

  it('stands for a name the question types only where it writes every word of it but a kind ("Republik")', () => {
    const words = wordsOf('Lorem muda adalah putra Lorem II. Ia menjadi adipati pada tahun 880.', 'id');
    const focus = (q: string) => readQuery({ command: 'ask', query: q }).focus!;
    expect(referencesTo(words, focus('Kapan Lorem II lahir?'))).toEqual([]);
    const country = wordsOf('Veltania merupakan negara kepulauan. Negara ini merdeka pada tahun 1961.', 'id');
    expect(referencesTo(country, focus('Kapan Republik Veltania merdeka?'))).toHaveLength(1);
  });
});

describe('an answer in a sentence opening with a reference', () => {
  it('is scored beside the name it stands for (Indonesian)', () => {
    const text = 'Veltania merupakan negara pertama di kawasan selatan yang mencapai kemerdekaan dari pemerintahan kolonial. Negara ini mencapai kemerdekaan dari Kerajaan Lorem pada tahun 1961.';
    const a = ask(text, 'Kapan Veltania merdeka?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1961');
  });

  it('is scored beside the name it stands for (English)', () => {
    const text = 'Veltania was the first nation of the southern seas whose people won independence from colonial rule after a long struggle. The nation became independent from the Kingdom of Lorem in 1961.';
    const a = ask(text, 'When did Veltania win independence?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1961');
  });

  it('writes the name beside it for a question of the name alone', () => {
    const text = 'Pulau Sirenta adalah pulau vulkanik yang tidak berpenghuni. Di tebing-tebingnya bersarang ribuan burung laut setiap musim. Pulau ini terletak di Samudra Lorem bagian selatan, sekitar 40 kilometer dari Pulau Kavara.';
    const a = ask(text, 'Dimanakah letak Pulau Sirenta?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toMatch(/Samudra Lorem/);
  });

  it('still refuses a name the paragraph never gives', () => {
    const island = 'Pulau Sirenta adalah pulau vulkanik yang tidak berpenghuni. Di tebing-tebingnya bersarang ribuan burung laut setiap musim. Pulau ini terletak di Samudra Lorem bagian selatan, sekitar 40 kilometer dari Pulau Kavara.';
    expect(ask(island, 'Dimanakah letak Pulau Melosa?', 'id').found).toBe(false);
    const country = 'Veltania merupakan negara pertama di kawasan selatan yang mencapai kemerdekaan dari pemerintahan kolonial. Negara ini mencapai kemerdekaan dari Kerajaan Lorem pada tahun 1961.';
    expect(ask(country, 'Kapan Korvenia merdeka?', 'id').found).toBe(false);
    const en = 'Veltania was the first nation of the southern seas whose people won independence from colonial rule after a long struggle. The nation became independent from the Kingdom of Lorem in 1961.';
    expect(ask(en, 'When did Korvenia win independence?', 'en').found).toBe(false);
  });
});
