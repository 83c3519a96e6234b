// A listed company's suffix ends its name ("PT Lorem Tbk <Name>": the person after it is no part of
// the company, nor the suffix part of the person), and "the late" ("Almarhum <Name>", "mendiang
// <Name>") begins a person's name, ending any body's name before it. Invented companies and people.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const libraryWith = (text: string) => libraryFromText(text, 'id', '2025-03-04');
const peopleOf = (text: string): string[] => libraryWith(text).entries[0]!.understanding.people.map((p) => p.name);
const organisationsOf = (text: string): string[] => libraryWith(text).entries[0]!.understanding.organisations.map((o) => o.name);

describe('"Tbk" closes a company\'s name', () => {
  const text = [
    'Laba Bank Lorem Naik',
    'Direktur Utama PT Bank Lorem Ipsum Tbk Rahmat Widodo mengatakan laba perseroan naik 12 persen pada 2024.',
    'Sementara itu, ekonom PT Bank Dolor Tbk Sinta Maharani menilai kenaikan itu wajar.',
  ].join('\n\n');

  it('the person after it is found with the company in their role, and no person starts with "Tbk"', () => {
    const people = peopleOf(text);
    expect(people).toContain('Rahmat Widodo');
    expect(people).toContain('Sinta Maharani');
    expect(people.some((p) => /\bTbk\b/.test(p))).toBe(false);
    expect(organisationsOf(text)).toContain('PT Bank Lorem Ipsum Tbk');
    expect(organisationsOf(text).some((o) => /Rahmat|Sinta/.test(o))).toBe(false);
  });

  it('"Siapa Direktur Utama PT Bank Lorem Ipsum?" answers the person, not "Tbk …"', () => {
    const a = answer(libraryWith(text), { command: 'ask', query: 'Siapa Direktur Utama PT Bank Lorem Ipsum?', locale: 'id' });
    expect(a.found).toBe(true);
    expect(a.value).toBe('Rahmat Widodo');
  });
});

describe('"Almarhum" / "mendiang" begins a person\'s name', () => {
  it('a body written right before it ends there, and the person after it is found', () => {
    const text = 'Pendiri Yayasan Lorem Almarhum Hasan Basri dimakamkan di Bogor pada Kamis.\n\nJenazah mendiang Hasan Basri tiba di rumah duka pada Rabu malam.';
    expect(peopleOf(text)).toContain('Hasan Basri');
    expect(organisationsOf(text)).toContain('Yayasan Lorem');
    expect(organisationsOf(text).some((o) => /Almarhum|Hasan/.test(o))).toBe(false);
  });
});
