// Two events of one kind told apart by ordinals, and a when-question naming neither: both are
// answered, each with its date and paragraph, earliest first (answer/ordinal-events.ts); a question
// naming one ("pertama", "first") gets that one. Articles are written for this test.
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

const indonesian =
  'Pasar Lorem kembali terbakar\n\nKebakaran kedua dalam tahun ini melanda Pasar Lorem di Bandung pada Selasa (12/3). Api menghanguskan sekitar 40 kios pedagang.\n\n' +
  'Kebakaran pertama terjadi pada Januari lalu dan merusak 15 kios di blok timur pasar.\n\nPolisi masih menyelidiki penyebab kebakaran.';
const english =
  'Lorem market burns again\n\nA second fire this year swept through Lorem market in Bandung on Tuesday, destroying about 40 stalls.\n\n' +
  'The first fire broke out in January and damaged 15 stalls in the east block of the market.\n\nPolice are still investigating the cause of the fire.';

describe('two events of one kind, asked with no ordinal', () => {
  it('Indonesian: "Kapan kebakaran terjadi?" names both fires', () => {
    const reply = ask(indonesian, 'Kapan kebakaran terjadi?', 'id');
    expect(reply).toMatchObject({ found: true, value: 'Januari; Selasa (12/3)' });
    expect(reply.citations.map((c) => c.paragraph)).toEqual([3, 2]);
    expect(ask(indonesian, 'Kapan kebakaran pertama terjadi?', 'id')).toMatchObject({ found: true, value: 'Januari' });
    // One fire told with no ordinal is answered alone.
    const one = 'Pasar Lorem terbakar\n\nKebakaran melanda Pasar Lorem di Bandung pada Selasa (12/3).\n\nPolisi masih menyelidiki penyebab kebakaran.';
    expect(ask(one, 'Kapan kebakaran terjadi?', 'id').value).toContain('Selasa');
  });

  it('English: "When did the fire happen?" names both fires', () => {
    const reply = ask(english, 'When did the fire happen?', 'en');
    expect(reply).toMatchObject({ found: true, value: 'January; Tuesday' });
    expect(reply.citations.map((c) => c.paragraph)).toEqual([3, 2]);
    expect(ask(english, 'When did the first fire happen?', 'en')).toMatchObject({ found: true, value: 'January' });
  });
});
