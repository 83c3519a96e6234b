// A name written as someone's companion ("bersama X", "along with X") is with the clause's subject:
// where the subject is a description of someone unnamed ("pengarang skenario film itu"), the
// companion does not hold the role the description gives, and a who-question for that role is
// refused rather than answered with the companion. A question asking who with, or who did a thing
// (a companion did it too), still answers them. Passages written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a companion does not hold the role of the subject it is with', () => {
  const id = 'Rumah produksi Lorem Pictures menambahkan Budi Santoso sebagai penulis sekuelnya. Dengan demikian, pengarang skenario film laga Ombak Merah itu kini bergabung di deretan penulis bersama Sari Wulandari dan Joko Prasetyo.';
  const en = "Lorem Pictures has added Ben Stone as a writer on the sequel. The screenwriter of the action film Red Wave has now joined the writers' room along with Sarah Wood and John Miles.";
  it('never answers the role with the companions (the one pointed back to, or a refusal)', () => {
    expect(askValue(id, 'Siapa penulis skenario Ombak Merah?', 'id') ?? '').not.toMatch(/Sari Wulandari|Joko Prasetyo/);
    expect(askValue(en, 'Who is the screenwriter of Red Wave?', 'en') ?? '').not.toMatch(/Sarah Wood|John Miles/);
  });
  it('answers who with, and who did the thing', () => {
    expect(askValue(id, 'Bersama siapa pengarang skenario itu bergabung?', 'id')).toMatch(/Sari Wulandari/);
    expect(askValue(en, "Who joined the writers' room?", 'en')).toMatch(/Sarah Wood/);
  });
  it('still answers the one the role is written beside', () => {
    expect(askValue(id, 'Siapa yang ditambahkan sebagai penulis?', 'id')).toBe('Budi Santoso');
  });
});

describe('after a passive verb, the companion did it too', () => {
  it('answers a role done together in the passive, in both languages', () => {
    expect(askValue('Serial Lorem diproduksi bersama Ipsum Broadcasting.', 'Siapa produser serial Lorem?', 'id')).toBe('Ipsum Broadcasting');
    expect(askValue('The Lorem series was produced together with Ipsum Broadcasting.', 'Who is the producer of the Lorem series?', 'en')).toBe('Ipsum Broadcasting');
  });
});
