// The NER score's mention spans: each short form of a person that a sentence writes as a name of its
// own is one more span, as written; forms inside a longer name, after a particle, or titles are not.
import { describe, expect, it } from 'vitest';
import { mentionNames } from '../src/eval/mentions.js';
import { createEngine } from '../src/eval/engine.js';

const person = (name: string, aliases: string[]) => ({ name, aliases });

describe('mention spans for the NER score', () => {
  it('reports a later short mention by surname as written (Indonesian)', () => {
    const text = 'Surat itu dikirim oleh Hendra Wicaksono, dan Wicaksono menunggu balasannya.';
    expect(mentionNames(text, [person('Hendra Wicaksono', ['Wicaksono', 'Hendra'])])).toEqual(['Hendra Wicaksono', 'Wicaksono']);
  });

  it('reports a short mention written before the full name (English)', () => {
    const text = 'Morrow was born in Leeds to Alan Morrow and his wife.';
    expect(mentionNames(text, [person('Alan Morrow', ['Morrow', 'Alan'])])).toEqual(['Alan Morrow', 'Morrow']);
  });

  it('takes the longest written form, not its parts', () => {
    const text = 'Marco Aurelio de Souza, yang dikenal sebagai Marco Souza, bermain di sayap kiri.';
    const found = mentionNames(text, [person('Marco Aurelio de Souza', ['Souza', 'Marco', 'Marco Souza'])]);
    expect(found).toEqual(['Marco Aurelio de Souza', 'Marco Souza']);
  });

  it('does not report a form inside a longer capitalised run or after a name particle', () => {
    const text = 'Hendra Wicaksono mendirikan Wicaksono Group bersama Tomas van Wicaksono.';
    expect(mentionNames(text, [person('Hendra Wicaksono', ['Wicaksono', 'Hendra'])])).toEqual(['Hendra Wicaksono']);
  });

  it('reports a short form after a function or time word opening the sentence, not after a capitalised name word there', () => {
    const id = 'Sekarang Wicaksono tinggal di Bandung bersama adiknya, Hendra Wicaksono.';
    expect(mentionNames(id, [person('Hendra Wicaksono', ['Wicaksono', 'Hendra'])])).toEqual(['Hendra Wicaksono', 'Wicaksono']);
    const en = 'Later Morrow moved to Leeds with his brother Alan Morrow.';
    expect(mentionNames(en, [person('Alan Morrow', ['Morrow', 'Alan'])])).toEqual(['Alan Morrow', 'Morrow']);
    // Mid-sentence, a capitalised word before the form still makes it part of a longer name.
    const run = 'Sejak itu Wicaksono Group dipimpin Hendra Wicaksono.';
    expect(mentionNames(run, [person('Hendra Wicaksono', ['Wicaksono', 'Hendra'])])).toEqual(['Hendra Wicaksono']);
  });

  it('does not report a title as a mention, nor a form that is not a part of the name', () => {
    const text = 'Pangeran Arya Sena tiba; Pangeran disambut, dan Ucok tersenyum.';
    expect(mentionNames(text, [person('Pangeran Arya Sena', ['Pangeran', 'Sena', 'Ucok'])])).toEqual(['Pangeran Arya Sena']);
  });

  it('scores what the bot reads: the eval engine reports the short mention of a person it found', () => {
    const engine = createEngine();
    const found = engine.people('Menurut Hendra Wicaksono, rapat itu penting; Wicaksono kemudian pulang.');
    expect(found).toContain('Hendra Wicaksono');
    expect(found).toContain('Wicaksono');
  });
});
