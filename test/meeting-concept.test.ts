// A gathering asked by one of its names and written by another: "meeting", "pertemuan", "conference",
// "konferensi", "summit", "KTT" are one concept (lang/support-*.ts), and "held", "digelar" only frame
// the question. A ship docking ("merapat") holds no "rapat". Articles are written for these tests.
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

const indonesian =
  'Menteri ASEAN bahas tarif baja\n\nPara menteri perdagangan ASEAN akan berbicara di sela konferensi Kerja Sama Ekonomi Asia Timur di Manila, Filipina, pekan depan.\n\n' +
  'Sementara itu, kapal pengangkut baja merapat di Pelabuhan Tanjung Perak, Surabaya, pada Senin.';
const english =
  'ASEAN ministers to discuss steel tariffs\n\nTrade ministers of ASEAN will talk on the sidelines of the East Asia Economic Cooperation summit in Manila, the Philippines, next week.\n\n' +
  'Meanwhile, a ship carrying steel docked at the port of Surabaya on Monday.';

describe('a gathering by another of its names', () => {
  it('an Indonesian article writing "konferensi" answers "meeting", "pertemuan" and "KTT"', () => {
    expect(ask(indonesian, 'Where is the ASEAN meeting held?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Manila') });
    expect(ask(indonesian, 'Di mana pertemuan ASEAN digelar?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Manila') });
    expect(ask(indonesian, 'Di mana KTT ASEAN dihelat?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Manila') });
    // "KTT" typed in capitals asks of the summit, not of a name.
    expect(ask(indonesian, 'Di mana KTT ASEAN?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Manila') });
  });

  it('an English article writing "summit" answers "meeting", "conference" and "pertemuan"', () => {
    expect(ask(english, 'Where will the ASEAN meeting be held?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Manila') });
    expect(ask(english, 'Where is the ASEAN conference held?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Manila') });
    expect(ask(english, 'Di mana pertemuan ASEAN digelar?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Manila') });
  });

  it('a ship docking is no meeting', () => {
    const docked = 'Kapal baja tiba\n\nKapal pengangkut baja merapat di Pelabuhan Tanjung Perak, Surabaya, pada Senin.';
    expect(ask(docked, 'Di mana rapat digelar?', 'id')).toMatchObject({ found: false });
    expect(ask(docked, 'Where was the meeting held?', 'id')).toMatchObject({ found: false });
    expect(ask(english, 'Where was the meeting of the ship held?', 'en')).toMatchObject({ found: false });
  });
});
