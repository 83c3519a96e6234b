// The one who reports an act is not its doer: a who-answer followed by a verb of saying whose
// reported clause has a subject of its own does not answer a verb written only in that clause.
// Passages and questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('the speaker of a reported act', () => {
  it('Indonesian: "X mengatakan bahwa pasukan … menembak" names no shooter', () => {
    const text = 'Bentrokan di perbatasan\n\nPejabat Kementerian Dalam Negeri Lorem Ipsum mengatakan bahwa pasukan berusaha membubarkan massa dengan menembak ke udara pada Jumat.';
    expect(ask(text, 'Siapa yang menembak ke udara?', 'id')).toMatchObject({ found: false });
    // The verb of saying itself is the speaker's.
    expect(ask(text, 'Siapa yang mengatakan pasukan menembak ke udara?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Lorem Ipsum') });
  });

  it('Indonesian: a pronoun opening the reported clause stands for the speaker, who did it', () => {
    const text = 'Bentrokan di perbatasan\n\nKomandan Lorem Ipsum mengatakan ia memerintahkan pasukan menembak ke udara pada Jumat.';
    expect(ask(text, 'Siapa yang memerintahkan pasukan menembak ke udara?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Lorem Ipsum') });
  });

  it('English: "X said that troops fired …" names no one who fired', () => {
    const text = 'Border clash\n\nInterior ministry official Tom Webb said that troops fired into the air to disperse the crowd on Friday.';
    expect(ask(text, 'Who fired into the air?', 'en')).toMatchObject({ found: false });
    expect(ask(text, 'Who said troops fired into the air?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Tom Webb') });
  });
});
