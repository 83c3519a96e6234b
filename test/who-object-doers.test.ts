// A who-question asking the doer of an act done to a name (answer/object-doers.ts): the name written
// doing something to that name answers, whatever verb the passage uses for the act; the name
// written doing the asked act to another name does not. Passages written for these tests: invented
// films and people. English verbs carry no prefix that tells them, so the rule reads Indonesian only.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

describe('the doer of an act done to the asked name', () => {
  it('is the one who plays the asked character with another verb, not the one who plays another with the asked verb', () => {
    const text =
      'Sekuel film Perempuan Baja akan dirilis tahun depan. Sutradara Joko Pranoto memastikan Sinta Maharani akan tetap memerankan Dewi Lestari dalam film tersebut. ' +
      'Adapun Bagus Wiratmo juga akan kembali memainkan karakter Rudi Hartono, kekasih Dewi.';
    expect(askValue(text, 'Siapa yang memerankan Rudi Hartono?', 'id')).toBe('Bagus Wiratmo');
  });

  it('is the one written with another verb before the asked name, not one written with the asked verb before another name', () => {
    const text = 'Dalam film itu Ratna Kusumawati memerankan Dewi Anggraini, sementara Sinta Maharani memainkan tokoh Sekar Arum.';
    expect(askValue(text, 'Siapa yang memerankan Sekar Arum?', 'id')).toBe('Sinta Maharani');
    // The asked name in the list of what the asked verb is done to: that doer is still the answer.
    expect(askValue('Ratna Kusumawati memerankan Dewi Anggraini dan Sekar Arum dalam film itu.', 'Siapa yang memerankan Sekar Arum?', 'id')).toBe('Ratna Kusumawati');
  });
});
