// Parts of a name that look like other words (issue 11, the NERGrit work): a short month's name
// inside a name ("Jun", "Jan", "Mei" in East Asian and Dutch names) is a name word where no number
// stands beside it, and still a month where one does. Every sentence is written for the test; no
// dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang): string[] => extractPeople(parseArticle('parts', `${text}\n`, { language })).map((p) => p.name);

describe('a short month name inside a name', () => {
  it('Indonesian: before or between name words', () => {
    expect(names('Novel itu ditulis bersama Haruto Sakamoto dan Jun Takeda.', 'id')).toEqual(['Haruto Sakamoto', 'Jun Takeda']);
    expect(names('Ia memerankan tokoh Choi Jan Seo dalam drama itu.', 'id')).toEqual(['Choi Jan Seo']);
  });

  it('English: "Jan <Surname>"', () => {
    expect(names('The bridge was designed by Jan Vermeulen, an engineer from Delft.', 'en')).toEqual(['Jan Vermeulen']);
  });

  it('still a month beside a number', () => {
    expect(names('Rapat pada 5 Jun itu dihadiri oleh Budi Hartawan.', 'id')).toEqual(['Budi Hartawan']);
    expect(names('Sidang digelar pada Jan 2019 di Jakarta.', 'id')).toEqual([]);
  });
});

describe('a one-word place after a place named after a locative', () => {
  it('Indonesian: "di <Town>, <State>,", "kabupaten <Regency>, <Town> yang …" name no one', () => {
    // Without the rule, "Illinois" was a person of the list "<State>, untuk <Name>," and "Wanareja" one of its own.
    expect(names('Museum itu dibuka di Springfield, Illinois, untuk Harlan, yang memiliki usaha kayu.', 'id')).toEqual(['Harlan']);
    expect(names('Desa itu berjarak 20 km dari ibu kota kabupaten Sukamaju, Wanareja yang dapat dicapai dengan bus.', 'id')).toEqual([]);
  });

  it('a name of two words there is still a person, and so is a name opening a clause', () => {
    expect(names('Hal itu disampaikan juru bicara kepolisian di Jakarta, Hendra Wijaksono.', 'id')).toEqual(['Hendra Wijaksono']);
    expect(names('Selama di Eropa, Wiradana menjadi pelatih.', 'id')).toEqual(['Wiradana']);
  });
});

describe('a family named after its name', () => {
  it('Indonesian: "keluarga <Name>" names a person (the family name)', () => {
    expect(names('Perusahaan itu kini dimiliki oleh keluarga Wiradana yang membelinya pada 2002.', 'id')).toEqual(['Wiradana']);
    expect(names('Rumah itu milik keluarga besar di kampung Sukamaju.', 'id')).toEqual([]);
  });
});
