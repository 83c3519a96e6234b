// An academic degree a question writes after a name ("Arief Lorem, M.Sc.", "Budi Ipsum, S.H.")
// addresses the person, as an honorific does: the passage need not write it.
import { describe, expect, it } from 'vitest';
import { askValue } from './helpers/articles.js';

const id = 'Sutarman Wibisono lahir di Kediri pada tanggal 2 April 1961. Ia kemudian menjadi dosen teknik di Bandung.';
const en = 'Sutarman Wibisono was born in Kediri on 2 April 1961. He later taught engineering in Bandung.';

describe('a degree after a name need not be written', () => {
  it('Indonesian: "Dr. Ir. Sutarman Wibisono, M.Sc."', () => {
    expect(askValue(id, 'Tahun berapa Dr. Ir. Sutarman Wibisono, M.Sc. dilahirkan?', 'id')).toBe('1961');
  });
  it('English: "Sutarman Wibisono, M.Sc."', () => {
    expect(askValue(en, 'When was Sutarman Wibisono, M.Sc. born?', 'en')).toBe('2 April 1961');
  });
  it('the name itself must still be written', () => {
    expect(askValue(id, 'Tahun berapa Dr. Ir. Harsono Lukito, M.Sc. dilahirkan?', 'id')).toBeUndefined();
  });
});
