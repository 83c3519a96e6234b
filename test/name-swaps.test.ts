// A question that changes a name of an answerable one is not answered: the passage writes each word
// of the name, but only beside other names ("North Ferry Terminal" and "Harbor Bridge" for "Harbor
// Ferry Terminal"); it gives what a possessive name owns to another ("Northbridge's home ground" for
// "Eastfield's home ground"); or it writes the rest of a name past a particle as another name ("Anna
// de Groot" for "Anna de Vries"). Passages and questions are written for these tests (invented
// places, people and bodies).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { understand } from '../src/extract/understand.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { parseArticle } from '../src/load/article.js';

const libraryWith = (id: string, text: string, language: 'id' | 'en') => libraryOf(entriesOf([parseArticle(id, text, { language, publishedAt: '2024-08-12' })], understand));
const ask = (library: ReturnType<typeof libraryWith>, query: string, locale: 'id' | 'en') => answer(library, { command: 'ask', query, locale });

describe('a name whose words the passage writes only beside other names', () => {
  const english = libraryWith(
    'port',
    [
      'The Harbor Bridge over the Wend estuary was opened in 1990 after six years of work.',
      'The North Ferry Terminal, two miles upstream, was opened in 2001 to take the island traffic.',
    ].join('\n\n'),
    'en',
  );
  const indonesian = libraryWith(
    'stadion',
    'Stadion Gelora Bumi di pinggir kota itu dibuka pada 1998 setelah dibangun selama empat tahun. Pada 2003, Gedung Mandala Jaya di pusat kota dibuka untuk pameran dagang.',
    'id',
  );

  it('refuses a name made of two others (English)', () => {
    expect(ask(english, 'When was the Harbor Ferry Terminal opened?', 'en').found).toBe(false);
    expect(ask(english, 'When was the North Ferry Terminal opened?', 'en').value).toBe('2001');
    expect(ask(english, 'When was the Harbor Bridge opened?', 'en').value).toBe('1990');
  });

  it('refuses a name made of two others (Indonesian)', () => {
    expect(ask(indonesian, 'Kapan Stadion Gelora Mandala dibuka?', 'id').found).toBe(false);
    expect(ask(indonesian, 'Kapan Stadion Gelora Bumi dibuka?', 'id').value).toBe('1998');
    expect(ask(indonesian, 'Kapan Gedung Mandala Jaya dibuka?', 'id').value).toBe('2003');
  });

  it('still answers a name written with a middle name or a title between its words', () => {
    const library = libraryWith('ferry', 'The Harbor North Ferry Terminal was opened in 2001 to take the island traffic.', 'en');
    expect(ask(library, 'When was the Harbor Ferry Terminal opened?', 'en').value).toBe('2001');
  });
});

describe('what a possessive name owns, given to another name', () => {
  const english = libraryWith(
    'league',
    "The club's first stand was built in 1921. Eastfield won the county cup in 2019, and Northbridge's new stand was opened in 2008 by the mayor.",
    'en',
  );

  it("refuses where the passage writes another owner's", () => {
    expect(ask(english, "When was Eastfield's new stand opened?", 'en').found).toBe(false);
    expect(ask(english, "When was Northbridge's new stand opened?", 'en').value).toBe('2008');
  });
});

describe('the rest of a name past a particle, written as another name', () => {
  const english = libraryWith('painter', 'The painter Anna de Groot was born in Leiden and worked in Delft for most of her life.', 'en');
  const indonesian = libraryWith('ulama', 'Ulama Ahmad bin Yusuf lahir di Palembang dan belajar di Mekkah selama sepuluh tahun.', 'id');

  it('refuses the name with another last part (English)', () => {
    expect(ask(english, 'Where was the painter Anna de Vries born?', 'en').found).toBe(false);
    expect(ask(english, 'Where was the painter Anna de Groot born?', 'en').value).toBe('Leiden');
  });

  it('refuses the name with another last part (Indonesian)', () => {
    expect(ask(indonesian, 'Di mana Ahmad bin Hasan lahir?', 'id').found).toBe(false);
    expect(ask(indonesian, 'Di mana Ahmad bin Yusuf lahir?', 'id').value).toBe('Palembang');
  });
});

describe('a question of a name alone, answered only beside the name', () => {
  const english = libraryWith('reserves', 'Kestrel Wood is home to deer, owls and rare orchids. The county has many other reserves as well. The largest of them, the Mill Marsh, is located in Port Alder.', 'en');
  const indonesian = libraryWith('cagar', 'Hutan Kestrel menjadi rumah bagi rusa dan burung hantu. Kabupaten itu juga memiliki banyak cagar alam lain. Yang terbesar, Rawa Mill, terletak di Pelabuhan Alder.', 'id');

  it('refuses where a place is told two sentences past the name (English)', () => {
    expect(ask(english, 'Where is Kestrel Wood located?', 'en').found).toBe(false);
    expect(ask(english, 'Where is the Mill Marsh located?', 'en').value).toBe('Port Alder');
  });

  it('refuses where a place is told two sentences past the name (Indonesian)', () => {
    expect(ask(indonesian, 'Di mana letak Hutan Kestrel?', 'id').found).toBe(false);
    expect(ask(indonesian, 'Di mana letak Rawa Mill?', 'id').value).toBe('Pelabuhan Alder');
  });
});

describe('a name after a function word, where the passage writes another name past the same words', () => {
  const english = libraryWith('painter-town', 'Mira Olsen, the best known painter of the county, was born in Kestrel, a fishing town on the Wend. She later moved to Port Alder, where she taught for thirty years.', 'en');
  const indonesian = libraryWith(
    'pelukis',
    'Mira Olsen, pelukis paling terkenal di kabupaten itu, lahir di Kestrel, sebuah kota nelayan di tepi Sungai Wend. Ia kemudian pindah ke Pelabuhan Alder dan mengajar di sana selama tiga puluh tahun.',
    'id',
  );

  it('refuses "born in Ashby" of a passage that writes "born in Kestrel" (English)', () => {
    expect(ask(english, 'Who was the best known painter born in Ashby?', 'en').found).toBe(false);
    expect(ask(english, 'Who was the best known painter born in Kestrel?', 'en').value).toBe('Mira Olsen');
  });

  it('refuses "lahir di Ashby" of a passage that writes "lahir di Kestrel" (Indonesian)', () => {
    expect(ask(indonesian, 'Siapa pelukis paling terkenal yang lahir di Ashby?', 'id').found).toBe(false);
    expect(ask(indonesian, 'Siapa pelukis paling terkenal yang lahir di Kestrel?', 'id').value).toBe('Mira Olsen');
  });
});
