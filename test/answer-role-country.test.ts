// A role of another country than the one asked ("Presiden Zimbabwe" for "Siapa Presiden AS?") is no
// answer, though the country is one of the world's that the gazetteer leaves to the words around it
// (lang/places-world.ts). Passages and questions are written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('the role of a country outside the gazetteer', () => {
  it('does not answer for the country asked (Indonesian)', () => {
    const text =
      'Sidang itu menjadi panggung kritik bagi Presiden Amerika Serikat Daniel Harmon. Di sidang ini, Harmon dikecam. Kecaman paling pedas diucapkan Presiden Zimbabwe Tobias Mlambo ketika berbicara di depan sidang, Rabu.';
    expect(ask(text, 'Siapa Presiden AS?', 'id')).toMatchObject({ found: true, value: 'Daniel Harmon' });
  });

  it('does not answer for the country asked (English)', () => {
    const text =
      'The summit was a stage of criticism for United States President Daniel Harmon. At the summit, Harmon was attacked. The harshest attack came from Zimbabwe President Tobias Mlambo when he addressed the session on Wednesday.';
    expect(ask(text, 'Who is the president of the United States?', 'en')).toMatchObject({ found: true, value: 'Daniel Harmon' });
  });
});
