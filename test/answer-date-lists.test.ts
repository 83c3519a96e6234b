// Dates written side by side, as a reader answers a when-question with them: "pada 1957 dan 1975"
// answers whole, unless the question picks one by an ordinal; a question about the first time
// ("pertama kali", "first") takes the earliest date its passage gives. Passages and questions are
// written for these tests (invented places and events).
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { askText as ask } from './helpers/articles.js';

describe('two dates joined by a conjunction', () => {
  it('answer together (Indonesian)', () => {
    const text = 'Festival layang-layang Parangsari digelar di alun-alun kota pada tahun 1957 dan 1975, dua kali dalam sejarahnya.';
    const a = ask(text, 'Kapan festival layang-layang Parangsari digelar?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1957 dan 1975');
  });

  it('answer together (English)', () => {
    const text = 'The Varden kite festival was held in the town square in 1957 and 1975, twice in its history.';
    const a = ask(text, 'When was the Varden kite festival held?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1957 and 1975');
  });

  it('answer one when the question picks it by an ordinal', () => {
    const text = 'Gempa besar mengguncang Parangsari pada 6 Februari 2004 dan 26 November 2004, merusak ratusan rumah warga.';
    const a = ask(text, 'Kapan gempa besar yang pertama mengguncang Parangsari?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('6 Februari 2004');
  });
});

describe('a question about the first time', () => {
  it('takes the earliest date of the passage (Indonesian)', () => {
    const text =
      'Lomba perahu di Sungai Parang sudah diadakan para nelayan pada tahun 1921 untuk bersenang-senang. Pada tahun 1948 lomba perahu Sungai Parang diadakan secara resmi oleh pemerintah kota.';
    const a = ask(text, 'Kapan lomba perahu Sungai Parang pertama kali diadakan?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1921');
  });

  it('takes the earliest date of the passage (English)', () => {
    const text =
      'Boat races on the Varden river go back to 1921, when the fishermen first raced for fun. The Varden river boat race was held officially by the town council in 1948.';
    const a = ask(text, 'When was the Varden river boat race first held?', 'en');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1921');
  });

  it('takes no date of a sentence about something else', () => {
    const text =
      'Konser pertama grup musik Lorem, Senja di Pelabuhan (Juni 1998), digelar di Parangsari. Warga kota mulai membangun pelabuhan itu pada tahun 1950-an.';
    const a = ask(text, 'Kapan konser pertama grup musik Lorem digelar?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('Juni 1998');
  });

  it('leaves a question without the ordinal to the nearest date', () => {
    const text =
      'Lomba perahu naga di Sungai Parang sudah ada sejak tahun 1921, ketika para nelayan mengadakannya. Lomba perahu naga Sungai Parang diadakan secara resmi oleh pemerintah kota pada tahun 1948.';
    const a = ask(text, 'Kapan lomba perahu naga Sungai Parang diadakan secara resmi?', 'id');
    expect(a.found).toBe(true);
    expect(a.value).toBe('1948');
  });
});
