// Which end of a written span answers a when-question (answer/when-candidates.ts, extract/dates):
// a question about the start ("dimulai", "dibuka", "began") of something written as a range of days
// takes its first day as written ("12" of "12-16 Mei 2019"), one about the end ("ditutup", "ended")
// its last; two years given as alternatives ("sekitar 230 atau 231") answer together; a day name
// written alone in one sentence answers with the date the paragraph gives that day in another.
// Passages and questions are written for these tests (invented people, places and events).
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('a range of days', () => {
  const id = 'Wali kota itu berbicara di depan Musyawarah Nelayan Parangsari yang berlangsung 12-16 Mei 2019 di Lorem.';
  const en = 'The mayor spoke before the Kestrel Fishers Assembly, which ran May 12-16, 2019 in Lorem.';

  it('answers a question about its start with its first day (Indonesian)', () => {
    expect(askValue(id, 'Kapan Musyawarah Nelayan Parangsari dimulai?', 'id')).toBe('12');
  });

  it('answers a question about its opening with its first day (Indonesian)', () => {
    expect(askValue(id, 'Kapan Musyawarah Nelayan Parangsari dibuka?', 'id')).toBe('12');
  });

  it('answers a question about its end with its last day (Indonesian)', () => {
    expect(askValue(id, 'Kapan Musyawarah Nelayan Parangsari berakhir?', 'id')).toBe('16 Mei 2019');
  });

  it('answers a question about its closing with its last day (Indonesian)', () => {
    const closed = 'Musyawarah Nelayan Parangsari berlangsung 12-16 Mei 2019 di Lorem dan ditutup oleh gubernur.';
    expect(askValue(closed, 'Kapan Musyawarah Nelayan Parangsari ditutup?', 'id')).toBe('16 Mei 2019');
  });

  it('answers a question about its closing with its last day, the closing left unsaid (Indonesian)', () => {
    expect(askValue(id, 'Kapan Musyawarah Nelayan Parangsari ditutup?', 'id')).toBe('16 Mei 2019');
  });

  it('does not date the closing of another name than the one it follows (Indonesian)', () => {
    const other = 'Setelah itu perkumpulan ini berganti nama menjadi Partai Nelayan Parangsari, sesuai hasil Musyawarah Besar di Lorem pada 12-16 Mei 2019.';
    expect(askValue(other, 'Kapan Partai Nelayan Parangsari ditutup?', 'id')).toBeUndefined();
  });

  it('answers a question about a body formed in it whole (Indonesian)', () => {
    const formed = 'Dalam kongres di Lorem pada 12-16 Mei 2019, Partai Nelayan Parangsari dibentuk oleh para utusan.';
    expect(askValue(formed, 'Kapan Partai Nelayan Parangsari dibentuk?', 'id')).toBe('12-16 Mei 2019');
  });

  it('answers a question about a body formed in it whole (English)', () => {
    const formed = 'At a congress in Lorem on May 12-16, 2019, the Kestrel Fishers Party was founded by the delegates.';
    expect(askValue(formed, 'When was the Kestrel Fishers Party founded?', 'en')).toBe('May 12-16, 2019');
  });

  it('answers a question about its start with its first day (English)', () => {
    expect(askValue(en, 'When did the Kestrel Fishers Assembly begin?', 'en')).toBe('May 12');
  });

  it('answers a question about its end with its last day (English)', () => {
    expect(askValue(en, 'When did the Kestrel Fishers Assembly end?', 'en')).toBe('16, 2019');
  });

  it('answers any other question whole', () => {
    expect(askValue(id, 'Kapan Musyawarah Nelayan Parangsari berlangsung?', 'id')).toBe('12-16 Mei 2019');
  });
});

describe('two years given as alternatives', () => {
  it('answer together (Indonesian)', () => {
    const text = 'Agus Lorem adalah pertapa dari Parangsari. Menurut catatan biara di lembah Sungai Parang, ia wafat mungkin sekitar 230 atau 231.';
    expect(askValue(text, 'Kapan Agus Lorem wafat?', 'id')).toBe('230 atau 231');
  });

  it('answer together (English)', () => {
    const text = 'John Varden was a hermit of Kestrel Bay. By the records of the abbey in the Kestrel valley, he died in 1230 or 1231.';
    expect(askValue(text, 'When did John Varden die?', 'en')).toBe('1230 or 1231');
  });

  it('are no date when they count something', () => {
    const text = 'Agus Lorem memimpin pertapaan di Parangsari. Pengikutnya sekitar 230 atau 231 orang pada 1890.';
    expect(askValue(text, 'Kapan Agus Lorem memimpin pertapaan?', 'id')).toBe('1890');
  });
});

describe('a day name dated in another sentence of the paragraph', () => {
  it('answers with that date (Indonesian)', () => {
    const text =
      'Dewan kota Lorem, Selasa (14/5), menolak rencana pembangunan pasar baru di tepi Sungai Parang. Penolakan itu menyusul unjuk rasa para pedagang di depan balai kota, Senin. Pada Selasa pula wali kota meresmikan jembatan gantung.';
    expect(askValue(text, 'Kapan wali kota meresmikan jembatan gantung?', 'id')).toBe('14/5');
  });

  it('answers with that date (English)', () => {
    const text =
      'The Lorem city council on Tuesday, May 14, rejected the plan for a new market on the bank of the Kestrel River. The rejection followed a traders protest outside city hall on Monday. On Tuesday too the mayor opened the suspension bridge.';
    expect(askValue(text, 'When did the mayor open the suspension bridge?', 'en')).toBe('May 14');
  });
});
