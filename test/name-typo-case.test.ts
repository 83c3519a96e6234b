// A name the question writes is found in another spelling or with a typo only where the passage
// writes a name: "Bandung" is not written by "banjir bandang". Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const lib = libraryFromText(
  [
    'Menteri Sosial meninjau korban banjir bandang di Kabupaten Loremia.',
    'Banjir bandang dan longsor di Loremia dipicu hujan deras sejak Selasa (20/9) malam.',
  ].join('\n\n') + '\n',
  'id',
  '2016-09-22',
);
const ask = (query: string): string | undefined => {
  const reply = answer(lib, { command: 'ask', query, locale: 'id' });
  return reply.found ? reply.value : undefined;
};

describe('a name asked is written as a name', () => {
  it('a lower-case word a letter away is not the asked place', () => {
    expect(ask('Kapan ada banjir di Bandung?')).toBeUndefined();
  });
  it('the place the passage names answers', () => {
    expect(ask('Kapan ada banjir di Loremia?')).toBeDefined();
  });
});
