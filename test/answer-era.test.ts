// "SM", "BC", "M" after a year are its era, never a name: "Siapa yang mendirikan …?" of a passage
// dating the founding "1600 SM" is not answered "SM". Passages and questions are written for these
// tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { askText as ask } from './helpers/articles.js';

describe('the era after a year', () => {
  it('is no answer to who (Indonesian)', () => {
    const text =
      'Dinasti Seruni (1600—1046 SM) adalah dinasti yang menggantikan Dinasti Parang dalam sejarah Lembah Lirang. Sekitar tahun 1600 SM, Dinasti Seruni didirikan oleh pemimpin suku Seruni, Wiratama, setelah mengalahkan Dinasti Parang.';
    const a = ask(text, 'Siapakah yang mendirikan Dinasti Seruni?', 'id');
    expect(a.value).not.toBe('SM');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Wiratama');
  });

  it('is no answer to who (English)', () => {
    const text = 'The Seruni League, founded in 477 BC, was an alliance of the river towns under the leadership of Varden, which wanted to keep the valley free.';
    const a = ask(text, 'Who led the Seruni League?', 'en');
    expect(a.value).not.toBe('BC');
  });
});
