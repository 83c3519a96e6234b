// Person names, ner11 (issue 11): a word shaped like a brand's ("PayPal") is no person's.
// Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner11', `${text}\n`, { language })).map((p) => p.name);

describe('a word with a capital inside it is a brand\'s or a product\'s', () => {
  it('"<Brand> meluncurkan …" is no person', () => {
    expect(names('TaniKita meluncurkan aplikasi pemesanan pupuk untuk petani di Jawa Tengah.')).not.toContain('TaniKita');
  });

  it('the brand before a person\'s name is no part of it', () => {
    const found = names('"Kami menargetkan seribu pengguna," kata pendiri DanaRuang Yohanes Simatupang di Jakarta.');
    expect(found).toContain('Yohanes Simatupang');
    expect(found).not.toContain('DanaRuang Yohanes Simatupang');
  });

  it('English: "<Brand> has cut …" is no person, and a brand glued before a name is no part of it', () => {
    expect(names('KeenPay has cut its fees.', 'en')).not.toContain('KeenPay');
    const found = names('Analysts at KeenPay expect growth.\n\nKeenPay Laura Whitcombe said prices would fall.', 'en');
    expect(found).toContain('Laura Whitcombe');
    expect(found).not.toContain('KeenPay Laura Whitcombe');
  });

  it('family names written with a prefix stay names ("McTavish", "MacDowell", "DeLuca", "LaRue")', () => {
    expect(names('"Kami siap," kata pelatih Ewan McTavish.')).toContain('Ewan McTavish');
    expect(names('"We are ready," said coach Ian MacDowell.', 'en')).toContain('Ian MacDowell');
    expect(names('Gianni DeLuca mengatakan timnya siap bertanding.')).toContain('Gianni DeLuca');
    expect(names('"It was a hard game," said Marcus LaRue.', 'en')).toContain('Marcus LaRue');
  });
});
