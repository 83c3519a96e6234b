// English "on", "off" and "along" say where only before a place ("on Monday" is a time): before a
// part of a place ("off the coast of Lorem"), a kind written before its name ("on the River Lorem",
// "on Lake Ipsum"), a kind and "of" ("on the island of Dolor"), or a place the article knows. After
// "in the", a kind written before the name opens it too ("in the River Lorem"). Passages written for
// these tests.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a place after on, off, along', () => {
  it('answers where after "on the River"', () => {
    expect(askValue('The council said a new flood barrier will be built on the River Lorem after last winter.', 'Where will the barrier be built?', 'en')).toMatch(/River Lorem/);
  });
  it('answers where after "in the River"', () => {
    expect(askValue('The council said a new flood barrier will be built in the River Lorem after last winter.', 'Where will the barrier be built?', 'en')).toMatch(/River Lorem/);
  });
  it('answers where after "off the coast of"', () => {
    expect(askValue('The fishing boat sank off the coast of Ipsum on Tuesday, officials said.', 'Where did the fishing boat sink?', 'en')).toMatch(/Ipsum/);
  });
  it('answers where after "on the shores of Lake"', () => {
    expect(askValue('The old pier on the shores of Lake Dolor will be closed next month.', 'Where is the old pier?', 'en')).toMatch(/Lake Dolor/);
  });
  it('takes no day for a place', () => {
    expect(askValue('The council said on Monday that a new barrier will be built next year.', 'Where will the barrier be built?', 'en')).toBeUndefined();
  });
});
