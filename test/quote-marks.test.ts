// Which quote marks open and close a quote (extract/quote-marks.ts): Kompas's ” on both sides,
// tokenised spacing, a paragraph that starts inside a quote, mixed and nested marks, in both
// languages. Sentences are our own, in the shapes news sites write.
import { describe, expect, it } from 'vitest';
import { innerRange, quoteSpans } from '../src/extract/quote-marks.js';

/** The quoted words of each span, as extractQuotes would take them. */
const quoted = (text: string, inside = false): string[] =>
  quoteSpans(text, 1, { inside }).map((s) => {
    const { start, end } = innerRange(text, s);
    return text.slice(start, end);
  });

describe('quoteSpans: Kompas house style', () => {
  it('reads ” at a paragraph start as opening and ” before the speech verb as closing', () => {
    expect(quoted('”Kami akan menyelidiki,” kata Kepala Polres Budi.')).toEqual(['Kami akan menyelidiki']);
  });
  it('reads ” after a space as opening: "X mengatakan, ”…”"', () => {
    expect(quoted('Ia mengatakan, ”Semua pihak akan kami periksa.” Penyelidikan dimulai Senin.')).toEqual(['Semua pihak akan kami periksa.']);
  });
  it('pairs two quotes in one paragraph', () => {
    const text = '”Gudang itu tidak berizin,” kata Budi. Menurut dia, ”Pemiliknya sudah kami panggil.”';
    expect(quoted(text)).toEqual(['Gudang itu tidak berizin', 'Pemiliknya sudah kami panggil.']);
  });
  it('handles tokenised spacing: "” Kami siap , ” kata Budi" and an opening mark glued to the sentence before', () => {
    expect(quoted('” Kami siap bekerja , ” kata Budi.')).toEqual(['Kami siap bekerja']);
    const glued = 'Hujan turun sejak pagi.” Kami sudah menyiapkan pompa. Air akan surut besok, ”kata Budi. Warga masih mengungsi.';
    expect(quoted(glued)).toEqual(['Kami sudah menyiapkan pompa. Air akan surut besok']);
  });
  it('starts inside a quote when the paragraph opens mid-quote (the opening mark lost or in the paragraph before)', () => {
    const spans = quoteSpans('Semua warga sudah kami evakuasi,” ujar Budi. Hujan masih turun.', 1);
    expect(spans).toEqual([{ paragraph: 1, open: -1, close: 32, closed: true }]);
    expect(quoted('Semua warga sudah kami evakuasi,” ujar Budi.')).toEqual(['Semua warga sudah kami evakuasi']);
  });
  it('leaves a quote open at the paragraph end, and closes it in the next paragraph', () => {
    expect(quoteSpans('”Kami akan menyelidiki kasus ini.', 1)).toEqual([{ paragraph: 1, open: 0, close: 33, closed: false }]);
    expect(quoted('Pelakunya pasti kami temukan,” kata Budi.', true)).toEqual(['Pelakunya pasti kami temukan']);
    expect(quoted('”Pelakunya pasti kami temukan,” kata Budi.', true)).toEqual(['Pelakunya pasti kami temukan']);
  });
});

describe('quoteSpans: mixed, nested and English marks', () => {
  it('pairs curly, straight and closing-closing marks in one paragraph', () => {
    const text = '“Kami siap,” kata Ani. "Kami juga," ujar Budi. ”Semua siap,” tutur Citra.';
    expect(quoted(text)).toEqual(['Kami siap', 'Kami juga', 'Semua siap']);
  });
  it('pairs „…“ and a straight opening with a curly closing mark', () => {
    expect(quoted('„Kami menolak rencana itu“, kata Budi.')).toEqual(['Kami menolak rencana itu']);
    expect(quoted('"We will not wait any longer,” the mayor said.')).toEqual(['We will not wait any longer']);
  });
  it('keeps a single-mark quote inside a double-mark quote', () => {
    expect(quoted('“Dia bilang ‘tidak ada dana’, padahal ada,” kata Budi.')).toEqual(['Dia bilang ‘tidak ada dana’, padahal ada']);
    expect(quoted('"They told us \'not yet\' again," she said.')).toEqual(["They told us 'not yet' again"]);
  });
  it('keeps a double-mark quote inside a double-mark quote as part of the outer one', () => {
    const text = '“Sejak awal moto kami “Rapi itu murah”, dan pelanggan menyukainya,” kata Sinta.';
    expect(quoted(text)).toEqual(['Sejak awal moto kami “Rapi itu murah”, dan pelanggan menyukainya']);
  });
  it('English: a quote after a colon, a quote split by its attribution, a scare quote', () => {
    expect(quoted('Dr Fox told the radio: "This budget will not last the summer."')).toEqual(['This budget will not last the summer.']);
    expect(quoted('"We offered a fair deal," said Ann Lee. "The answer was no."')).toEqual(['We offered a fair deal', 'The answer was no.']);
    expect(quoted('The union called the offer a "final insult" and walked out.')).toEqual(['final insult']);
  });
  it('finds no quote in a paragraph without marks, and none from a lone stray mark', () => {
    expect(quoteSpans('Tidak ada kutipan di sini.', 1)).toEqual([]);
    expect(quoted('Polisi menyita 12 unit laptop dan 3" layar cadangan di gudang itu hari ini.')).toEqual([]);
    expect(quoted('Foto <img src="https://example.org/a.jpg"> dimuat ulang.')).toEqual([]);
  });
});
