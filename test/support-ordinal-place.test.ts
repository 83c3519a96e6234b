// An ordinal of the question past the first is said only where the passage's ordinal stands by what
// it numbers (answer/ordinal-place.ts): the question word beside it, the asked event or the answer,
// within three words; not anywhere in the sentence. Passages and questions are written for these tests.
import { describe, expect, it } from 'vitest';
import { openAnswer as ask } from './helpers/answer.js';

describe('an ordinal is said only where it stands by what it numbers', () => {
  const opening = 'Grup musik Pelita Senja dibentuk di Malang pada 2004.';
  it('Indonesian: "anggota terakhir" does not say "album terakhir"', () => {
    const elsewhere = `${opening} Anggota terakhir yang bergabung dengan grup itu adalah seorang pemain biola, tak lama sebelum album Jalan Pulang dirilis pada 2015.`;
    expect(ask(elsewhere, 'Kapan album terakhir Pelita Senja dirilis?', 'when')).toBeUndefined();
    const beside = `${opening} Album terakhir grup itu, Jalan Pulang, dirilis pada 2015.`;
    expect(ask(beside, 'Kapan album terakhir Pelita Senja dirilis?', 'when')).toBe('2015');
  });

  it('Indonesian: "terakhir kalinya" beside the asked event says it', () => {
    const text = 'Kereta wisata Lembah Hijau mulai melayani penumpang pada 2001. Setelah jalurnya rusak diterjang banjir, kereta itu beroperasi untuk terakhir kalinya pada Juni 2019.';
    expect(ask(text, 'Kapan kereta wisata Lembah Hijau terakhir beroperasi?', 'when')).toBe('Juni 2019');
    const far = 'Kereta wisata Lembah Hijau mulai beroperasi pada Juni 2001, dua tahun setelah jalurnya selesai dibangun oleh kontraktor terakhir yang ditunjuk pemerintah daerah.';
    expect(ask(far, 'Kapan kereta wisata Lembah Hijau terakhir beroperasi?', 'when')).toBeUndefined();
  });

  const formed = 'The band Copper Owls formed in Leeds in 2001.';
  it('English: "the last member" does not say "the last album"', () => {
    const elsewhere = `${formed} The last member to join was a violinist, shortly before the album Harbour Lights was released in 2012.`;
    expect(ask(elsewhere, 'When was the last album of Copper Owls released?', 'when')).toBeUndefined();
    const beside = `${formed} Their last album, Harbour Lights, was released in 2012.`;
    expect(ask(beside, 'When was the last album of Copper Owls released?', 'when')).toBe('2012');
  });
});
