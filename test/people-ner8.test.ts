// Person names, second pass of this round (issue 11): initials that open a name right after a role,
// told apart from the acronym of the body the role belongs to. Every sentence is written for the test;
// no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner8', `${text}\n`, { language })).map((p) => p.name);

describe('two capitals after a role and its complement, before a name word, are the person’s initials', () => {
  it('after a ministry or office: "Departemen Perikanan JS <Surname>"', () => {
    expect(names('Rapat itu dihadiri Sekretaris Jenderal Departemen Perikanan JS Wirantaka yang mewakili menteri.')).toContain('JS Wirantaka');
    expect(names('Kepala Dinas Pendidikan HR Suganda menolak memberi keterangan.')).toContain('HR Suganda');
  });

  it('after a place that completes the role: "Wali Kota Bogor RT Sumantri"', () => {
    expect(names('Hadir pula dalam acara itu Wali Kota Bogor RT Sumantri.')).toContain('RT Sumantri');
  });

  it('three capitals stay an acronym, and the initials stay with their surname', () => {
    expect(names('Anggota Komisi Pendidikan DPR Lukas Ardianto meminta penjelasan.')).toContain('Lukas Ardianto');
    expect(names('Kepala Dinas Pendidikan HR Suganda menolak memberi keterangan.')).not.toContain('Suganda');
  });
});

describe('an honorific of another language written in two capitals is initials in an Indonesian text', () => {
  it('"MS <Surname>", "MR <Surname>" are initials, not "Ms" and "Mr"', () => {
    expect(names('Menteri Perikanan MS Handoko beberapa waktu lalu membeberkan temuan itu.')).toContain('MS Handoko');
    expect(names('Hadir pula dalam acara itu Wali Kota Bogor MR Sutanto.')).toContain('MR Sutanto');
  });

  it('an honorific the language itself writes in capitals stays a title ("DR")', () => {
    expect(names('Seminar itu dibuka oleh DR Lestari Wulandari di aula kampus.')).not.toContain('DR Lestari Wulandari');
  });

  it('in an English text "Mr" keeps its reading as an honorific', () => {
    expect(names('The plan was backed by Mr Harrowgate, who spoke to reporters.', 'en')).toContain('Harrowgate');
  });
});

describe('a known body’s acronym before a name is the body, not the person’s initials', () => {
  it('"Ketua MK <Name>", "Gubernur BI <Name>", also opening the sentence', () => {
    expect(names('Ketua MK Lukas Ardianto mengatakan putusan itu final.')).toEqual(['Lukas Ardianto']);
    expect(names('Ia bertemu Ketua MA Hendra Sasmita dan Gubernur BI Rahmat Wibisono kemarin.')).toEqual(['Hendra Sasmita', 'Rahmat Wibisono']);
  });
});

describe('initials and one surname standing alone are a person, as two name words are', () => {
  it('Indonesian: "disusun JB <Surname>", with no other cue', () => {
    expect(names('Dalam buku yang disusun JS Wirantaka itu, daftar pemainnya lengkap.')).toEqual(['JS Wirantaka']);
  });

  it('a club’s or a body’s form before one name word is no one’s initials', () => {
    expect(names('Ia pernah bermain untuk AC Lorenza dan FK Dravena sebelum pensiun.')).toEqual([]);
    expect(names('Pembangunan itu disahkan lewat SK Gubernur tahun 1990.')).toEqual([]);
  });
});

describe('words followed by the acronym of their initials in brackets name a body', () => {
  it('Indonesian: "<A> <B> <C> (ABC)" with no cue of a person is no one', () => {
    expect(names('Kemudian Sora Wana Bhakti (SWB) membuka kantor di kota itu.')).toEqual([]);
    expect(names('Ia ikut mendirikan Wadah Seniman Rakyat (WSR) dan Persatuan Pelukis Muda bersama Rudi Hartono.')).toEqual(['Rudi Hartono']);
  });

  it('English: "<A> <B> <C> (ABC)" is a body', () => {
    expect(names('Later Harrow Field Bray (HFB) opened an office in the town.', 'en')).toEqual([]);
  });

  it('a title before the name still makes it a person, acronym or not', () => {
    expect(names('Presiden Lukas Bima Ardianto (LBA) hadir di sana.')).toEqual(['Lukas Bima Ardianto']);
  });
});

describe('a British honour after a name is no part of it and leaves the person found', () => {
  it('Indonesian and English: "<Name> CB ()", "<Name> OBE"', () => {
    expect(names('Mayor Jenderal Hamish Torrance CB () adalah seorang perwira militer.')).toEqual(['Hamish Torrance']);
    expect(names('Sir Harold Wenbury OBE said the plan was sound.', 'en')).toEqual(['Harold Wenbury']);
  });
});
