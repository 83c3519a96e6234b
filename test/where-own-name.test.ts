// A where-answer is never the place asked about with a kind of place before or after it: "Pulau
// Lorem" answers no "Di mana letak Lorem?" (answer/where-candidates.ts). A question writing the kind
// itself, or naming more than the one place, may still be answered by a place of that name (the
// island of a province, the city of a school). Passages written for these tests (invented places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('the place asked about, with a kind beside it, is no answer', () => {
  it('Indonesian: "Pulau Lorem" of "Di mana letak Lorem?"', () => {
    const text = 'Pulau Lorem adalah pulau terbesar di Kepulauan Ipsum, Norlandia. Kota Dolor, ibu kota provinsi itu, berada di Pulau Lorem.';
    expect(ask(text, 'Di mana letak Lorem?', 'id')).toMatchObject({ found: true, value: 'Kepulauan Ipsum, Norlandia' });
  });

  it('English: "Lorem Island" of "Where is Lorem located?" (a guard: English ranks the place it lies in first already)', () => {
    const text = 'Lorem Island is the largest island in the Ipsum Islands, Norland. Dolor, its capital, lies on Lorem Island.';
    expect(ask(text, 'Where is Lorem located?', 'en')).toMatchObject({ found: true, value: 'Ipsum Islands, Norland' });
  });

  it('a place of that name still answers a question naming more than it', () => {
    const text = 'SMA Negeri 4 Parangsari adalah sekolah menengah atas yang berada di Kota Parangsari, Norlandia.';
    expect(ask(text, 'Di mana letak SMA Negeri 4 Parangsari?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Kota Parangsari') });
  });
});
