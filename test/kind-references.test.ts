// A sentence opening with a noun of a kind and a demonstrative ("Sekuel ini …", "The sequel …")
// tells of the thing of that kind the article named before, in its paragraph or one before: the
// question's name ("film Lorem Ipsum 2"), the noun another of its kind (a sequel is a film).
// Passages written for these tests.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

const ID = [
  'Studio Dolor mengumumkan bahwa film Lorem Ipsum 2 akan tayang lebih lambat dari rencana semula.',
  '',
  'Sekuel ini dijadwalkan untuk dirilis di bioskop pada 13 Desember 2019, setelah sebelumnya direncanakan tayang pada November.',
].join('\n');

const EN = [
  'Dolor Studios said on Tuesday that the film Lorem Ipsum 2 will reach cinemas later than planned.',
  '',
  'The sequel is now scheduled to be released on December 13, 2019, after an earlier plan for November.',
].join('\n');

describe('a noun of a kind pointing back to a name', () => {
  it('answers when, in Indonesian, from the paragraph after the name', () => {
    expect(askValue(ID, 'Kapan Lorem Ipsum 2 dirilis?', 'id')).toMatch(/13 Desember 2019/);
  });
  it('answers when, in Indonesian, two sentences after the name in one paragraph', () => {
    const text = 'Studio Dolor mengumumkan bahwa film Lorem Ipsum 2 akan tayang lebih lambat. Jadwal baru itu diumumkan di Jakarta. Sekuel ini dijadwalkan untuk dirilis pada 13 Desember 2019.';
    expect(askValue(text, 'Kapan Lorem Ipsum 2 dirilis?', 'id')).toMatch(/13 Desember 2019/);
  });
  it('answers when, in English', () => {
    expect(askValue(EN, 'When will Lorem Ipsum 2 be released?', 'en')).toMatch(/December 13, 2019/);
  });
  it('points to no name another thing of the kind stands after', () => {
    const text = ID.replace('Sekuel ini', 'Studio itu juga menggarap film Sit Amet 3. Sekuel ini');
    expect(askValue(text, 'Kapan Lorem Ipsum 2 dirilis?', 'id')).toBeUndefined();
  });
  it('points to no name of another kind', () => {
    expect(askValue(ID.replace('film Lorem', 'album Lorem'), 'Kapan Lorem Ipsum 2 dirilis?', 'id')).toBeUndefined();
  });
});
