// A rank written in capitals before a name ("Kapolres Lorem AKBP Budi Santoso") is the name's rank,
// not an organisation; the force after a rank or a title ("Panglima TNI Jenderal …", "Mayjen TNI
// …") and an acronym before other words stay organisations. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/extract/organisations.js';
import { parseArticle } from '../src/load/article.js';
import type { Language } from '../src/types.js';

const bodies = (text: string, language: Language = 'id'): string[] => extractOrganisations(parseArticle('a', `${text}\n`, { language })).map((o) => o.name);

describe('a rank is no body', () => {
  it('AKBP and AKP before a name', () => {
    expect(bodies('Kapolres Lorem AKBP Budi Santoso dan Kasat Reskrim AKP Joko Wiranto memimpin penggerebekan itu.')).not.toContain('AKBP');
    expect(bodies('Kapolres Lorem AKBP Budi Santoso dan Kasat Reskrim AKP Joko Wiranto memimpin penggerebekan itu.')).not.toContain('AKP');
  });
  it('the force after a title or a rank stays a body', () => {
    expect(bodies('Panglima TNI Jenderal Budi Santoso meninjau latihan itu.')).toContain('TNI');
    expect(bodies('Pasukan itu dipimpin Mayjen TNI Joko Wiranto.')).toContain('TNI');
  });
  it('English: an agency before a name stays a body', () => {
    expect(bodies('The FBI agent John Harlow said the inquiry continues.', 'en')).toContain('FBI');
  });
});
