// A question in one language about an article in the other: past roles and titles
// (cross-language-roles.test.ts), the everyday words of the news ("jembatan" for "bridge", "war" for
// "perang") and the event verbs of the support tables ("meet" for "bertemu") find the passage, and the
// answer is still checked against it. Asked in the article's own language, a verb no paragraph
// writes is not looked for by its concept's other words. Articles are written for these tests.
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

const english =
  'Council approves new footbridge\n\nThe council in Leeds approved a new footbridge on Tuesday, its leader Judith Blake said.\n\n' +
  'Work will start in June and the bridge is expected to open in 2027, the council said.';
const indonesian =
  'Menteri bertemu di Bogor\n\nMenteri Luar Negeri Lorem Ipsum dan Menteri Luar Negeri Dolor Amet bertemu di Bogor, Sabtu. ' +
  'Pertemuan itu terjadi di tengah perang di Ukraina yang belum juga usai.\n\n' +
  'Ratusan wartawan menunggu di luar gedung. Menteri Perdagangan Sit Amet mengatakan ekspor naik di Surabaya.';

describe('everyday words asked in the other language of the article', () => {
  it('an Indonesian question finds the English nouns', () => {
    expect(ask(english, 'Kapan pekerjaan dimulai?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('June') });
    expect(ask(english, 'Kapan jembatan dibuka?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('2027') });
  });

  it('an English question finds the Indonesian verb and noun', () => {
    expect(ask(indonesian, 'Where did the minister meet?', 'id')).toMatchObject({ found: true, value: 'Bogor' });
    expect(ask(indonesian, 'Where is the war?', 'id')).toMatchObject({ found: true, value: 'Ukraina' });
  });

  it('still refuses what the passage does not say', () => {
    expect(ask(english, 'Kapan jembatan ditutup?', 'en')).toMatchObject({ found: false });
    expect(ask(indonesian, 'Where did the minister die?', 'id')).toMatchObject({ found: false });
  });

  it('does not look for an event verb alone in the other language ("Who said that?" names nothing)', () => {
    expect(ask(indonesian, 'Who said that?', 'id')).toMatchObject({ found: false });
  });
});

describe('a near miss across languages', () => {
  const budget = 'Budget row deepens\n\nTory co-chairman Mark Penfold said the plan would hurt small firms.\n\nThe vote will take place next week.';

  it('names no word of the article as standing for a word of the question in the other language', () => {
    const reply = ask(budget, 'Siapa ketua bersama Partai Tory?', 'en');
    expect(reply.found).toBe(false);
    expect(reply.answer).not.toContain('firms');
    expect(reply.answer).toContain('bersama');
  });
});

describe('the words of a match report', () => {
  it('"scored a goal" ~ "mencetak gol", "beat" ~ "mengalahkan", both ways', () => {
    const match = 'Persija Lorem beat Arema Ipsum 2-1 at the Gelora Stadium on Saturday. Budi Santoso scored the winning goal in the 84th minute.';
    expect(ask(match, 'Siapa yang mencetak gol kemenangan?', 'en')).toMatchObject({ found: true, value: 'Budi Santoso' });
    const laga = 'Persija Lorem mengalahkan Arema Ipsum 2-1 di Stadion Gelora, Sabtu. Gol kemenangan dicetak Budi Santoso pada menit 84.';
    expect(ask(laga, 'Who scored the winning goal?', 'id')).toMatchObject({ found: true, value: 'Budi Santoso' });
  });
});

describe('a goal is scored, booked or netted', () => {
  it('"gol Arema dibukukan X" tells who scored it, in either language', () => {
    const laga = 'Persija Lorem menang 3-1 atas Arema Ipsum di Stadion Gelora, Sabtu. Adapun satu gol Arema dibukukan Agus Wibowo pada awal babak kedua. Bek kiri, Budi Santoso, mencetak gol pada menit 84.';
    expect(ask(laga, 'Siapa yang mencetak gol Arema?', 'id')).toMatchObject({ found: true, value: 'Agus Wibowo' });
    expect(ask(laga, "Who scored Arema's goal?", 'id')).toMatchObject({ found: true, value: 'Agus Wibowo' });
  });
});
