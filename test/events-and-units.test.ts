// An election's short form is no place ("menuju Pilpres" after "Pemilihan Presiden (Pilpres)"), and a
// police or military unit named after its town is an organisation ("Polres Depok"), not only the town;
// a law ("UU ITE", "KUHP") is no organisation.
// Passages are written for these tests (invented people and events).
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/extract/organisations.js';
import { extractPlaces } from '../src/extract/places.js';
import { parseArticle } from '../src/load/article.js';
import { askText } from './helpers/articles.js';

const article = (text: string, language: 'id' | 'en') => parseArticle('t', `${text}\n`, { language, publishedAt: '2024-05-01' });

describe('an event written after a locative is no place', () => {
  const text = 'Menteri Lorem Ipsum mengatakan pemerintah akan menggelar Pemilihan Kepala Daerah (Pilkada) pada tahun depan.\n\nIpsum mengatakan persiapan menuju Pilkada di Kabupaten Sukamaju sudah berjalan.';
  it('the short form of an election is not a place, the regency is', () => {
    const names = extractPlaces(article(text, 'id')).map((p) => p.name);
    expect(names).not.toContain('Pilkada');
    expect(names.join(' ')).toContain('Sukamaju');
  });
  it('an election word after "ke" or "to" is no place in either language', () => {
    expect(extractPlaces(article('Partai itu bersiap ke Pemilu berikutnya bersama warga Sukamaju.', 'id')).map((p) => p.name)).not.toContain('Pemilu');
    expect(extractPlaces(article('The party is heading to the General Election with new candidates.', 'en')).map((p) => p.name)).toEqual([]);
  });
  it('/where of the election does not answer with the election itself', () => {
    const reply = askText(text, 'Di mana Pilkada?', 'id');
    expect(reply.found ? reply.value : '').not.toBe('Pilkada');
  });
  it('nor with a short form the article coins for its event, in either language', () => {
    const coined = 'Komisi itu menyiapkan Pemilihan Bupati (Pilbup) Sukamaju tahun depan.\n\nPara calon bersiap menuju Pilbup dengan berkeliling desa.';
    expect(askText(coined, 'Di mana Pilbup?', 'id')).toMatchObject({ found: false });
    const english = 'The commission is preparing the Regional Head Election (Pilbup) for next year.\n\nCandidates are heading to Pilbup by touring the villages.';
    expect(askText(english, 'Where is Pilbup?', 'en')).toMatchObject({ found: false });
  });
});

describe('a police unit named after its town', () => {
  const text = 'Dalam dua tahun terakhir, Polres Sukamaju menangkap 12 pelaku pembakaran hutan.';
  it('is an organisation', () => {
    expect(extractOrganisations(article(text, 'id')).map((o) => o.name)).toContain('Polres Sukamaju');
  });
  it('answers who did what it did', () => {
    expect(askText(text, 'Siapa yang menangkap pelaku pembakaran?', 'id')).toMatchObject({ found: true, value: 'Polres Sukamaju' });
  });
});

describe('a law is no organisation', () => {
  const text = 'Polisi menjerat Lorem Ipsum dengan UU ITE dan KUHP setelah ia menyebarkan berita bohong, kata Kapolres Sukamaju AKBP Budi Santoso.';
  it('neither the short form of a law nor the acronym naming it', () => {
    const names = extractOrganisations(article(text, 'id')).map((o) => o.name);
    expect(names).not.toContain('UU');
    expect(names).not.toContain('ITE');
    expect(names).not.toContain('KUHP');
  });
  it('a body after a law word is still one when it is not an acronym of the law', () => {
    expect(extractOrganisations(article('Pimpinan PBNU menolak rancangan itu.', 'id')).map((o) => o.name)).toContain('PBNU');
  });
});
