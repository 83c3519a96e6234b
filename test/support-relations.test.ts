// "setelah …", "sebelum …" in a very long question: a clause of context the passage need not repeat,
// unless it writes the other relation there (answer/gaps.ts, lang/relation-words.ts). Passages and
// questions are written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { LONG, supportedDespite, type Gap } from '../src/answer/support.js';
import { openAnswer } from './helpers/answer.js';

const ask = (text: string, question: string): string | undefined => openAnswer(text, question, 'when');

const order = (term: string, contradicted = false): Gap => ({ term, kind: 'order', contradicted });
const question = 'Kapan Pemerintah Lorem membatalkan kunjungan Menteri Luar Negeri Ipsum Dimas Wiratama setelah Perdana Menteri Ipsum pergi ke kuil itu?';

describe('a temporal relation in a very long Indonesian question', () => {
  it('may go unsaid, where an ordinal may not', () => {
    expect(supportedDespite([order('setelah')], LONG, false)).toBe(true);
    expect(supportedDespite([order('terakhir')], LONG, false)).toBe(false);
    expect(supportedDespite([order('setelah')], LONG - 1, false)).toBe(false);
  });

  it('answers where the passage tells the event and not the clause after "setelah"', () => {
    const text = 'Pemerintah Lorem membatalkan kunjungan Menteri Luar Negeri Ipsum, Dimas Wiratama, pada Senin (18/10). Pembatalan itu diumumkan juru bicara kementerian.\n';
    expect(ask(text, question)).toBe('18/10');
  });

  it('refuses where the passage writes the other relation', () => {
    const text = 'Pemerintah Lorem membatalkan kunjungan Menteri Luar Negeri Ipsum, Dimas Wiratama, sebelum Perdana Menteri Ipsum pergi ke kuil itu pada Senin (18/10).\n';
    expect(ask(text, question)).toBeUndefined();
    expect(supportedDespite([order('setelah', true)], LONG, false)).toBe(false);
  });
});
