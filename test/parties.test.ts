// Political parties (the tables' `parties`: "Labour", "Tories", "Lib Dems", "Golkar", "PDIP") are
// organisations wherever they are written, never a place or a person; a seat written after a name
// ("<Name> MP", "<Name> MEP") ends the name and says a person is named, as a degree does, and "MP"
// before a name is a title. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';

const read = (language: 'id' | 'en', lines: string[]) => understand(parseArticle('parties', `${lines.join('\n')}\n`, { language }));
const names = (list: readonly { name: string }[]) => list.map((x) => x.name);

describe('English parties and seats', () => {
  const u = read('en', [
    'Council tax rise row deepens',
    'Anger grew in Labour over the budget on Tuesday.',
    'Harriet Colby MP said the rise would hurt families on low incomes.',
    '"This is a tax on people who can least afford it," Colby said.',
    'The Conservatives said the figures had been misread, and the Lib Dems called for a vote.',
    'Labour MP Dennis Oakley said the plan was rushed.',
  ]);

  it('a party is an organisation, not a place or a person', () => {
    expect(names(u.places)).not.toContain('Labour');
    expect(names(u.organisations)).toEqual(expect.arrayContaining(['Labour', 'Conservatives', 'Liberal Democrats']));
    expect(names(u.people)).not.toContain('Conservatives');
    expect(names(u.people)).not.toContain('Lib Dems');
  });

  it('"<Name> MP said" names a person who is the quote\'s speaker; "Labour MP <Name>" is the role', () => {
    expect(u.people.map((p) => ({ name: p.name, ...(p.role !== undefined && { role: p.role }) }))).toEqual([
      { name: 'Harriet Colby' },
      { name: 'Dennis Oakley', role: 'Labour MP' },
    ]);
    expect(u.quotes.map((q) => q.speaker)).toEqual(['Harriet Colby']);
  });
});

describe('Indonesian parties', () => {
  const u = read('id', [
    'PDIP dan Gerindra berebut kursi ketua DPRD',
    'Partai Demokrasi Indonesia Perjuangan mengajukan dua nama untuk kursi ketua DPRD.',
    'Ketua DPC Gerindra Bambang Wicaksono mengatakan partainya siap bermusyawarah.',
    'Golkar dan PKB belum menentukan sikap hingga Selasa.',
  ]);

  it('a party is an organisation under every name it is written by, opening a sentence too', () => {
    const pdip = u.organisations.find((o) => o.name === 'PDIP');
    expect(pdip?.paragraphs).toEqual([1, 2]);
    expect(names(u.organisations)).not.toContain('Partai Demokrasi Indonesia Perjuangan');
    expect(names(u.organisations)).toContain('Golkar');
  });

  it('a party after a title is the role\'s, not the first word of the name', () => {
    expect(u.people.map((p) => ({ name: p.name, role: p.role }))).toEqual([{ name: 'Bambang Wicaksono', role: 'Ketua DPC Gerindra' }]);
  });
});
