// An ordinal told with the answer decides which of several events it is: the date right after "the
// first fire" is not when the second happened; the winner of a round told "kedua" before the name did
// not win the first; "kebakaran kedua tahun ini" counts within the year, it does not date the fire.
// Passages are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { askText, askValue } from './helpers/articles.js';

const fireId = 'Kebakaran kembali melanda Pasar Sukamaju pada Selasa, 12 Maret 2024. Ini merupakan kebakaran kedua tahun ini setelah kebakaran pertama pada 5 Januari 2024.';
const fireEn = 'Fire broke out again at the Sukamaju market on Tuesday, 12 March 2024. It was the second fire this year, after the first fire on 5 January 2024.';

describe('the date right after another ordinal event', () => {
  it('does not date the asked one (Indonesian)', () => {
    const reply = askText(fireId, 'Kapan kebakaran kedua terjadi?', 'id');
    expect(reply.found ? reply.value : '').not.toMatch(/Januari|tahun ini/);
    expect(askValue(fireId, 'Kapan kebakaran pertama terjadi?', 'id')).toContain('5 Januari 2024');
  });
  it('does not date the asked one (English)', () => {
    const reply = askText(fireEn, 'When did the second fire happen?', 'en');
    expect(reply.found ? reply.value : '').not.toMatch(/January|this year/);
    expect(askValue(fireEn, 'When did the first fire happen?', 'en')).toContain('5 January 2024');
  });
  it('nor across languages', () => {
    const reply = askText(fireId, 'When did the second fire happen?', 'en');
    expect(reply.found ? reply.value : '').not.toMatch(/Januari|tahun ini/);
  });
});

describe('an ordinal before the answer in its sentence', () => {
  const round = 'Pada putaran kedua pemilihan ketua koperasi, Lorem Ipsum menang dengan 300 suara.';
  it('answers its own round, not the first', () => {
    expect(askValue(round, 'Siapa pemenang putaran kedua?', 'id')).toBe('Lorem Ipsum');
    expect(askText(round, 'Siapa pemenang putaran pertama?', 'id').found).toBe(false);
    expect(askText('In the second round of the cooperative\'s election, Lorem Ipsum won with 300 votes.', 'Who won the first round?', 'en').found).toBe(false);
  });
  it('a runner-up named after the winner leaves the winner the first', () => {
    expect(askValue('Pemenang musim ini adalah Lorem dari Sukamaju dan juara kedua adalah Ipsum dari Sukamakmur.', 'Siapa juara pertama musim ini?', 'id')).toBe('Lorem');
  });
});
