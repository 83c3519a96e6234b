// Person names (ner21): general shapes of what is no person's name and of name parts that were missed.
// Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner21', `${text}\n`, { language })).map((p) => p.name);

describe("a faith's or a people's adjective alone, or a doctrine's name, names no one", () => {
  it('Indonesian: "tokoh Katolik yakni <Name>", "mayoritas Kristen Protestan", "teori Marxisme"', () => {
    expect(names('Dari desa itu berasal tokoh Katolik yakni Benediktus Lorem yang dibaptis di Larantuka.')).toEqual(['Benediktus Lorem']);
    expect(names('Penduduk kampung itu mayoritas Kristen Protestan dengan tiga gereja.')).toEqual([]);
    expect(names('Para perintis teori Marxisme dikenal di kampus itu, kata Ani Wulandari.')).toEqual(['Ani Wulandari']);
  });

  it('English: "mostly Catholic and Protestant", "Leninism spread …"', () => {
    expect(names('Most people in the valley are Catholic and Protestant, the priest said.', 'en')).toEqual([]);
    expect(names('Leninism spread quickly among the students, Tom Barker wrote.', 'en')).toEqual(['Tom Barker']);
  });

  it('a name holding such a word with other name words is still a name', () => {
    expect(names('Christian Barker said the church would open on Sunday.', 'en')).toEqual(['Christian Barker']);
  });
});

describe("a short word with lower case between two capitals is a body's acronym", () => {
  it('Indonesian: "gereja GPdI <Name>", "kariernya dengan VfB <Town>"', () => {
    expect(names('Desa itu memiliki dua gereja, yaitu GPdI Betania dan GPdI Sion Lorem.')).toEqual([]);
    expect(names('Dia memulai kariernya dengan VfB Ipsumberg di liga utama pada tahun 2000.')).toEqual([]);
  });

  it('English: "joined VfB <Town>", "several GPdI <Name> members"', () => {
    expect(names('He joined VfB Ipsumberg in 2000 and left two years later.', 'en')).toEqual([]);
    expect(names('Several GPdI Betania members came to the meeting.', 'en')).toEqual([]);
  });

  it('a specialist\'s degree ("SpBS") and a family prefix ("DeLuca") are no acronym', () => {
    expect(names('Kepala bidang itu, dr Ilham Lorem SpBS, mengatakan hal itu.')[0]).toContain('Ilham Lorem');
    expect(names('Coach Marco DeLuca said the team was ready.', 'en')).toEqual(['Marco DeLuca']);
  });
});

describe("a family name's particle written lower case before a name word makes it a person's name", () => {
  it('Indonesian: ", de <Surname> kuliah …", "oleh van <Surname>"', () => {
    expect(names('Setelah lulus dari sekolah itu di Wiltshire, Inggris, de Lacroix kuliah di Dublin.')).toEqual(['de Lacroix']);
    expect(names('Rencana itu kemudian diperbaiki oleh van Oosterhout pada tahun 1920.')).toEqual(['van Oosterhout']);
  });

  it('English: "After college, de <Surname> studied …"', () => {
    expect(names('After college, de Lacroix studied French at a university in Dublin.', 'en')).toEqual(['de Lacroix']);
  });

  it('a particle inside a name or a place stays as it was', () => {
    expect(names('Keturunan Hubert de Lacroix itu tinggal di kastil tua.')).toEqual(['Hubert de Lacroix']);
    expect(names('He won the Tour de France twice before he retired.', 'en')).toEqual([]);
  });
});

describe('a word for a resident after a copula says a person, not a place', () => {
  it('Indonesian: "<Name> merupakan warga …", "<Name> adalah penduduk asli …"', () => {
    expect(names('Sejak tahun 1996 Harsono merupakan warga desa itu.')).toEqual(['Harsono']);
    expect(names('Dalang terkenal Wiryo Lorem merupakan penduduk desa ini sejak 1996.')).toEqual(['Wiryo Lorem']);
  });

  it('English: "<Name> is a resident of …"', () => {
    expect(names('Barkley is a resident of Riverton, the paper said.', 'en')).toEqual(['Barkley']);
  });

  it('a place is still a place: "<X> merupakan pusat …"', () => {
    expect(names('Kowangsari merupakan pusat perekonomian kecamatan itu.')).toEqual([]);
  });
});

describe('the name right after a word for those living somewhere is a place', () => {
  it('Indonesian: "penduduk <Village>", "Penduduk <Village> …"', () => {
    expect(names('Semua penduduk Kalirejo menganut agama yang sama sejak dulu.')).toEqual([]);
    expect(names('Penduduk Kalirejo menanam padi dan jagung.')).toEqual([]);
    // A known given name with a family name after it is a resident's name.
    expect(names('Hal itu dibenarkan penduduk Slamet Wiryono kepada wartawan.')).toEqual(['Slamet Wiryono']);
  });

  it('English: "the people of <Town>", "residents of <Town>"', () => {
    expect(names('The people of Green Hollow voted against the plan.', 'en')).toEqual([]);
    expect(names('Residents of Green Hollow said the river rose overnight.', 'en')).not.toContain('Green Hollow');
  });
});

describe('a level of school after a word of time is a time of life, and the name after it opens the clause', () => {
  it('Indonesian: "Sejak SMP <Name> telah …", "Semasa SMA <Name> bersekolah …"', () => {
    expect(names('Sejak SMP Laras telah bermain musik bersama teman-temannya.')).toEqual(['Laras']);
    expect(names('Semasa SMA Wulan bersekolah di sebuah kota kecil.')).toEqual(['Wulan']);
  });

  it('a school\'s own name is still no person: "Sejak SMA Negeri 3 dibuka …", "di SMP Negeri 3 <Town>"', () => {
    expect(names('Sejak SMA Negeri 3 dibuka, jumlah siswa terus naik.')).toEqual([]);
    expect(names('Ia bersekolah di SMP Negeri 3 Lorem sejak 1990.')).toEqual([]);
  });

  it('English writes the level in lower case: "Since middle school, <Name> has …" is read as before', () => {
    expect(names('Since middle school, Laras Wulandari has played in bands with her friends.', 'en')).toEqual(['Laras Wulandari']);
  });
});

describe('in Indonesian, capitals closing a run right after a name word are its last initials', () => {
  it('two capitals: "<Name> SM (keyboard)", "<Name> HM"', () => {
    expect(names('Personel band itu adalah Oding Lorem (gitar), Dondy SM (keyboard) dan Sudibyo (bass).')).toContain('Dondy SM');
    expect(names('Gedung itu diserahkan bersama gelanggang renang Hasanudin HM agar lebih terawat.')).toEqual(['Hasanudin HM']);
  });

  it('one capital after a known given name or a titled name: "Tony Q", "dr <Name> S"', () => {
    expect(names('Menurut wawancara dengan Tony Q di sebuah radio, ia pernah bermain blues.')).toEqual(['Tony Q']);
    expect(names('Di dusun itu ada dokter praktik umum (dr. Iwan Lorem & dr Ratna S) setiap hari.')).toContain('Ratna S');
  });

  it('not a league\'s or a class\'s letter ("pentas Serie A"); English, which writes posts after a name ("<Name> MP"), reads as before', () => {
    expect(names('Ia pemilik rataan gol terbaik di pentas Serie A sepanjang masa.')).toEqual([]);
    expect(names('The club plays in Serie A, coach Tom Barker said.', 'en')).toEqual(['Tom Barker']);
  });
});

describe('a title closing a run whose role goes on in lower case is no name word', () => {
  it('Indonesian: "<Name> Sekretaris desa <Name>", "<Name> Ketua umum partai …"', () => {
    expect(names('Kepala Desa Burhan Lorem Sekretaris desa Anton Wibowo, Kasi Umum Bintar Ipsum.')).not.toContain('Burhan Lorem Sekretaris');
    expect(names('Hadir pula Harsono Ketua umum partai itu.')).not.toContain('Harsono Ketua');
  });

  it('English: "<Name> Secretary general of the union"', () => {
    expect(names('The board met Tom Barker Secretary general of the union on Monday.', 'en')).not.toContain('Tom Barker Secretary');
  });

  it('a title closing a run before anything else is still a family name ("<Name> Hakim di …")', () => {
    expect(names('Pertemuan itu dipimpin Ahmad Hakim di balai desa.')).toEqual(['Ahmad Hakim']);
  });
});
