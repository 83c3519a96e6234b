// An English verb asked about but told only in the sentence before the answer's, while the answer's
// sentence has a verb of its own right after the answer: another event, so no answer ("Who looked for
// the jet?" of "Volunteers … looked for … . Searchers from X found …" is not X). Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { askText, askValue } from './helpers/articles.js';

const search = [
  'Home Affairs Minister Lorem Ipsum said on Monday that the consortium would hand over the site next week.',
  'The first fire broke out in March. The second fire broke out in July, destroying three warehouses.',
  'Volunteers from the town looked for the missing jet for three days. Searchers from the Dolor Consortium found the wreck on Friday.',
].join('\n\n');

describe('an English verb told in the sentence before the answer', () => {
  it('is not what the answer did when the answer has a past verb of its own', () => {
    const reply = askText(search, 'Who looked for the jet?', 'en');
    // The volunteers did (or the article is not read to say so): never the searchers who found it.
    expect(reply.found ? reply.value : '').not.toContain('Dolor');
  });
  it('the answer\'s own verb still answers', () => {
    expect(askValue(search, 'Who found the wreck?', 'en')).toBe('Dolor Consortium');
  });
  it('a past form further on describing a noun tells no event of the answer', () => {
    const text = 'A tribute to the old harbour can be found in the Ipsum Maritime Museum. The Ipsum Maritime Museum also runs a rare preserved steam crane.';
    expect(askValue(text, 'Where can a tribute to the old harbour be found?', 'en')).toBe('Ipsum Maritime Museum');
  });
  it('the same shape in Indonesian is refused too', () => {
    const text = 'Tim penyelamat mencari pesawat yang hilang itu selama tiga hari. Relawan dari Konsorsium Dolor menemukan bangkai pesawat pada Jumat.';
    expect(askText(text, 'Siapa yang mencari pesawat itu?', 'id').found).toBe(false);
    expect(askValue(text, 'Siapa yang menemukan bangkai pesawat?', 'id')).toBe('Konsorsium Dolor');
  });
});
