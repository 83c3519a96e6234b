// Answers of the wrong type: the place of a role the article gives someone ("Sleman" of "Budi Lorem,
// Bupati Sleman") is an office's place, never the person a who-question asks for; a month after a
// locative ("in June") is a time, never where. Passages and questions are written for these tests
// (invented people).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a role written after the name, with its place', () => {
  it('answers with the person, not the role’s place (Indonesian)', () => {
    const text = 'Di antara korban tewas kecelakaan itu tercatat Budi Lorem, Bupati Sleman, yang hendak menghadiri rapat para bupati.';
    const a = ask(text, 'Siapa bupati yang tewas dalam kecelakaan itu?', 'id');
    expect(a).toMatchObject({ found: true, value: 'Budi Lorem' });
  });

  it('answers with the person, not the role’s place (English)', () => {
    const text = 'Among those killed in the crash was Jane Varden, Mayor of Kestrel Bay, who was travelling to a council meeting.';
    const a = ask(text, 'Who was the mayor killed in the crash?', 'en');
    expect(a).toMatchObject({ found: true, value: 'Jane Varden' });
  });
});

describe('a month or a day after a locative', () => {
  it('is a time, never a where-answer (English)', () => {
    const text = 'The city council approved a new footbridge on Monday. Work will start in June and the bridge is expected to open in 2027.';
    expect(ask(text, 'Where is the bridge?', 'en').found).toBe(false);
  });

  it('is a time, never a where-answer (Indonesian)', () => {
    const text = 'DPRD menyetujui pembangunan jembatan baru pada Senin. Pekerjaan dimulai pada Juni dan jembatan dibuka pada 2027.';
    expect(ask(text, 'Di mana jembatan itu?', 'id').found).toBe(false);
  });
});
