// The object side of the asked verb: "Siapa yang menyebarkan berita bohong?" asks who spread it, and
// a name written after the verb, inside what was spread, is not the doer.
// Passages and questions are written for these tests (invented people and groups).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a name on the object side of the asked verb', () => {
  it('Indonesian: "kelompok yang menyebarkan berita bohong bernada SARA" does not answer SARA', () => {
    const text = 'Polisi bongkar sindikat\n\nKepala Polda Lorem Budi Ipsum mengatakan polisi membongkar sindikat Dolor, kelompok yang menyebarkan berita bohong bernada SARA di media sosial.';
    const answer = ask(text, 'Siapa yang menyebarkan berita bohong?', 'id');
    expect(answer.value ?? '').not.toContain('SARA');
  });

  it('Indonesian: the doer after a copula still answers', () => {
    const text = 'Polisi bongkar sindikat\n\nYang menyebarkan berita bohong itu adalah Budi Ipsum, kata polisi di Lorem pada Senin.';
    expect(ask(text, 'Siapa yang menyebarkan berita bohong?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Budi Ipsum') });
  });
});
