import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/extract/organisations.js';
import { extractPeople } from '../src/extract/people.js';
import { resolvePerson } from '../src/text/name-match.js';
import { parseArticle } from '../src/load/article.js';
import type { Article, Person } from '../src/types.js';

const fixture = (name: string): Article =>
  parseArticle(name, readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8'));

const tempo = fixture('tempo-2024-11-02-korut-rusia');
const antara = fixture('antara-2017-08-26-jepang-sanksi-korut');
const ekonomi = fixture('cnnindonesia-2017-03-06-ekonomi-china');
const apec = fixture('cnnindonesia-2017-05-17-tpp-apec');
const pilkada = fixture('rimanews-2017-04-18-pilkada-dki');
const tokyo = fixture('en-people-2024-05-20-tokyo-talks');
const port = fixture('en-places-2023-09-15-port-alder-strike');

const person = (people: readonly Person[], name: string): Person => {
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; have ${people.map((x) => x.name).join(', ')}`);
  return p;
};

describe('extractPeople: names after titles and roles (Indonesian)', () => {
  const people = extractPeople(tempo);

  it('keeps the full name and the role as written', () => {
    expect(person(people, 'Sergei Viktorovich Lavrov').role).toBe('Menteri Luar Negeri Rusia');
    expect(person(people, 'Choe Son Hui').role).toBe('Menteri Luar Negeri Korea Utara');
    expect(person(people, 'Vladimir Putin').role).toBe('Presiden Rusia');
    expect(person(people, 'Kim Jong Un').role).toBe('pemimpin Korea Utara');
  });

  it('finds exactly the four people of the Tempo article, in order of first mention', () => {
    expect(people.map((p) => p.name)).toEqual(['Choe Son Hui', 'Sergei Viktorovich Lavrov', 'Vladimir Putin', 'Kim Jong Un']);
  });

  it('links later mentions by surname or first name to the full name', () => {
    expect(person(people, 'Vladimir Putin').paragraphs).toEqual([4, 5, 6, 7]); // "kata Putin" (¶6), "kunjungan Putin" (¶7)
    expect(person(people, 'Kim Jong Un').paragraphs).toEqual([4, 7, 8]); // "ujar Kim" (¶8)
    expect(person(people, 'Sergei Viktorovich Lavrov').paragraphs).toEqual([2]);
  });

  it('gives surname, first name and the hyphenated forms of a family-name-first name as aliases', () => {
    expect(person(people, 'Sergei Viktorovich Lavrov').aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergei', 'Sergei Lavrov']));
    expect(person(people, 'Kim Jong Un').aliases).toEqual(expect.arrayContaining(['Kim', 'Kim Jong-un']));
    expect(person(people, 'Kim Jong Un').aliases).not.toContain('Un');
    expect(person(people, 'Choe Son Hui').aliases).toContain('Choe Son-hui');
  });

  it('never makes a person of a country, a place or an organisation', () => {
    const names = people.flatMap((p) => [p.name, ...p.aliases]);
    for (const notPerson of ['Korea Utara', 'Rusia', 'Korea', 'Moskow', 'Pyongyang', 'Ukraina', 'Kursk', 'KCNA', 'NATO', 'Antara']) {
      expect(names).not.toContain(notPerson);
    }
  });

  it('reads other title forms: "Kepala Sekretaris Kabinet …", "Sekretaris Jenderal PBB …", "Presiden Amerika Serikat …"', () => {
    const a = extractPeople(antara);
    expect(person(a, 'Yoshihide Suga').role).toBe('Kepala Sekretaris Kabinet');
    expect(person(a, 'Antonio Guterres').role).toBe('Sekretaris Jenderal PBB');
    expect(person(a, 'Donald Trump').role).toBe('Presiden Amerika Serikat');
    expect(person(a, 'Kim Jong Un').paragraphs).toEqual([3, 5, 8, 9, 11]); // "kata Kim kepada Guterres"
    expect(a.map((p) => p.name)).not.toContain('Amerika Serikat');
  });

  it('reads the office past a bracketed acronym, not the rank: "Panglima … (TNI) Jenderal TNI Gatot Nurmantyo"', () => {
    const p = extractPeople(pilkada);
    expect(person(p, 'Gatot Nurmantyo').role).toBe('Panglima Tentara Nasional Indonesia (TNI)');
    expect(person(p, 'Budi Gunawan').role).toBe('Kepala Badan Intelijen Negara (BIN)');
  });

  it('takes a nickname in brackets as an alias and links it: "Joko Widodo (Jokowi)" … "Presiden Jokowi"', () => {
    const p = extractPeople(pilkada);
    const jokowi = person(p, 'Joko Widodo');
    expect(jokowi.aliases).toContain('Jokowi');
    expect(jokowi.role).toBe('Presiden');
    expect(jokowi.paragraphs).toEqual([1, 2, 4, 7, 8]);
    expect(p.map((x) => x.name)).not.toContain('Jokowi');
  });

  it('reads names beside speech verbs and links them ("ujar Darmin", "Menurut Darmin")', () => {
    const p = extractPeople(ekonomi);
    expect(p.map((x) => x.name)).toEqual(['Darmin Nasution']);
    expect(person(p, 'Darmin Nasution')).toMatchObject({ role: 'Menteri Koordinator Bidang Perekonomian', paragraphs: [1, 3, 4] });
  });

  it('reads appositions: "Alan Bollard, direktur eksekutif Sekretariat APEC"', () => {
    const p = extractPeople(apec);
    expect(person(p, 'Alan Bollard').role).toBe('direktur eksekutif Sekretariat APEC');
    expect(person(p, 'Robert Lighthize').role).toBe('Perwakilan Perdagangan AS');
    expect(person(p, 'Shinzo Abe').role).toBe('Perdana Menteri');
    expect(p.map((x) => x.name)).toContain('Nguyen Xian Thanh'); // "kata Nguyen Xian Thanh dari …"
  });

  it('reads appositions on both sides and names standing alone (written passages)', () => {
    const text = [
      'Sementara itu di kawasan itu muncul rasa kecewa. Michael Shifter, Wakil Presiden Dialog Inter Amerika, mengatakan, kebijakan itu membingungkan.',
      'Mantan kepala keamanan Gaza, Moussa Arafat, tewas ditembak di luar rumahnya.',
      'Emas dipersembahkan Marestella Torres di nomor lompat jauh.',
    ].join('\n\n');
    const p = extractPeople(parseArticle('written', text, { language: 'id' }));
    expect(person(p, 'Michael Shifter').role).toBe('Wakil Presiden Dialog Inter Amerika');
    expect(person(p, 'Moussa Arafat').role).toBe('Mantan kepala keamanan Gaza');
    expect(p.map((x) => x.name)).toContain('Marestella Torres');
  });
});

describe('extractPeople: English', () => {
  const people = extractPeople(tokyo);

  it('reads titles with a demonym or country before them', () => {
    expect(person(people, 'Yoko Kamikawa').role).toBe('Japanese Foreign Minister');
    expect(person(people, 'Antony Blinken').role).toBe('U.S. Secretary of State');
    expect(person(people, 'Kim Jong Un').role).toBe('North Korean leader');
  });

  it('links "Blinken said" and "Kamikawa told" to the full names', () => {
    expect(person(people, 'Antony Blinken').paragraphs).toEqual([1, 2]);
    expect(person(people, 'Yoko Kamikawa').paragraphs).toEqual([1, 2, 3]);
  });

  it('reads appositions: "Rahm Emanuel, the U.S. ambassador to Japan," and "… spokesperson, Wang Wenbin,"', () => {
    expect(person(people, 'Rahm Emanuel').role).toBe('U.S. ambassador to Japan');
    expect(person(people, 'Wang Wenbin').role).toBe("China's foreign ministry spokesperson");
  });

  it('reads "<Name>, a spokeswoman for …", "Governor <Name>" and "<Name> said"', () => {
    const p = extractPeople(port);
    expect(person(p, 'Maria Santos')).toMatchObject({ role: 'spokeswoman for the Coastal Fishers Union', paragraphs: [2, 3] });
    expect(person(p, 'Tina Kotek').role).toBe('Governor');
    expect(p.map((x) => x.name)).toEqual(['Maria Santos', 'Tom Reilly', 'Tina Kotek']);
  });
});

describe('resolvePerson: what readers type', () => {
  const people = extractPeople(tempo);
  const resolve = (typed: string): string | undefined => resolvePerson(people, typed)?.name;

  it('accepts surname, first name, any case and the full name', () => {
    expect(resolve('Lavrov')).toBe('Sergei Viktorovich Lavrov');
    expect(resolve('lavrov')).toBe('Sergei Viktorovich Lavrov');
    expect(resolve('PUTIN')).toBe('Vladimir Putin');
    expect(resolve('Vladimir')).toBe('Vladimir Putin');
    expect(resolve('Sergei Viktorovich Lavrov')).toBe('Sergei Viktorovich Lavrov');
  });

  it('accepts hyphenated and joined given names', () => {
    expect(resolve('Kim Jong-un')).toBe('Kim Jong Un');
    expect(resolve('kim jongun')).toBe('Kim Jong Un');
    expect(resolve('Choe Son-hui')).toBe('Choe Son Hui');
    expect(resolve('choe')).toBe('Choe Son Hui');
  });

  it('accepts English transliterations, titles and typos', () => {
    expect(resolve('Sergey Lavrov')).toBe('Sergei Viktorovich Lavrov');
    expect(resolve('vladimir puttin')).toBe('Vladimir Putin');
    expect(resolve('Lavorv')).toBe('Sergei Viktorovich Lavrov');
    expect(resolve('Presiden Putin')).toBe('Vladimir Putin');
    expect(resolve('Mr Lavrov')).toBe('Sergei Viktorovich Lavrov');
    expect(resolve('kimjongun')).toBe('Kim Jong Un');
  });

  it('returns undefined for a name the article does not hold, or a place', () => {
    expect(resolve('Biden')).toBeUndefined();
    expect(resolve('Joe Biden')).toBeUndefined();
    expect(resolve('Korea Utara')).toBeUndefined();
    expect(resolve('Moskow')).toBeUndefined();
    expect(resolve('')).toBeUndefined();
  });
});

describe('extractOrganisations', () => {
  it('keeps acronyms with their expansion, and news outlets, apart from people and places', () => {
    const orgs = extractOrganisations(tempo);
    const nato = orgs.find((o) => o.name === 'NATO');
    expect(nato).toMatchObject({ expansion: 'North Atlantic Treaty Organization', paragraphs: [3] });
    expect(orgs.find((o) => o.name === 'KCNA')?.paragraphs).toEqual([2, 10, 11]);
    expect(orgs.find((o) => o.name === 'Antara')?.paragraphs).toEqual([6]);
    const names = orgs.map((o) => o.name);
    for (const notOrg of ['Korea Utara', 'Rusia', 'AS', 'Vladimir Putin']) expect(names).not.toContain(notOrg);
  });

  it('reads "Dewan Keamanan PBB", PBB, Reuters; "Tentara Nasional Indonesia (TNI)"; English head-last names', () => {
    const a = extractOrganisations(antara).map((o) => o.name);
    expect(a).toEqual(expect.arrayContaining(['PBB', 'Dewan Keamanan PBB', 'Reuters', 'Antara']));
    const tni = extractOrganisations(pilkada).find((o) => o.name === 'TNI');
    expect(tni?.expansion).toBe('Tentara Nasional Indonesia');
    const en = extractOrganisations(port).map((o) => o.name);
    expect(en).toEqual(['Coastal Fishers Union', 'Oregon Fishing Board']);
    expect(extractOrganisations(tokyo).map((o) => o.name)).not.toContain('TOKYO');
  });
});
