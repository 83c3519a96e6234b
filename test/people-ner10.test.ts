// Person names, fourth pass of this round (issue 11): general cues that carry to text never seen,
// not lists of names. Every sentence is written for the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { parseArticle } from '../src/load/article.js';

type Lang = 'id' | 'en';
const names = (text: string, language: Lang = 'id'): string[] => extractPeople(parseArticle('ner10', `${text}\n`, { language })).map((p) => p.name);

describe('a word for a group, then a word qualifying it, names the group (Indonesian head-first noun phrase)', () => {
  it('"grup musik <X>", "kelompok jazz <X>", "label independen <X>" are no people', () => {
    expect(names('Ia lalu membentuk grup musik Ravana Kolt bersama dua kawannya.')).not.toContain('Ravana Kolt');
    expect(names('Pada tahun 1990 ia bergabung dengan kelompok jazz Orbis Taliwang.')).not.toContain('Orbis Taliwang');
    expect(names('Lagu itu dirilis oleh label independen Zantara Vox pada 2012.')).not.toContain('Zantara Vox');
  });

  it('the person after the group still counts ("kelompok jazz <X> mengajak <Name>")', () => {
    const found = names('Pada tahun 1990, kelompok jazz Orbis Taliwang mengajak Wiratmaja Sulistyo bergabung.');
    expect(found).toContain('Wiratmaja Sulistyo');
    expect(found).not.toContain('Orbis Taliwang');
  });

  it('a noun made from a verb, a doer\'s noun or an owner\'s word between points at a person', () => {
    expect(names('Pada musim itu, band bentukan Haryo Wicaksono tampil di tiga kota.')).toContain('Haryo Wicaksono');
    expect(names('Sejak 2015 band pengiring Larasati Wulandari berlatih di Bandung.')).toContain('Larasati Wulandari');
    expect(names('Restoran itu dibeli grup milik Bambang Sutrisno pada 2010.')).toContain('Bambang Sutrisno');
  });

  it('a team is as often someone\'s: "tim sukses <Name>" is left to the other cues', () => {
    expect(names('Kemenangan itu dirayakan tim sukses Haryo Wicaksono di posko pemenangan.')).toContain('Haryo Wicaksono');
  });

  it('a work\'s word is no group\'s: "album ketiga <Singer>" may be the singer\'s', () => {
    expect(names('Album ketiga Larasati Wulandari terjual seratus ribu keping.')).toContain('Larasati Wulandari');
  });

  it('a title before the group\'s word makes it a person\'s role ("Pemandu acara kondang <Name>")', () => {
    expect(names('Pemandu acara kondang Ratna Kirana menggalang dana untuk rumah sakit anak.')).toContain('Ratna Kirana');
  });

  it('English puts the head last: "group member <Name>" is not read this way', () => {
    expect(names('The band drummer Tom Hollis said the tour would go on.', 'en')).toContain('Tom Hollis');
  });
});

describe('after one word, a copula alone says nothing of a person; what follows it does', () => {
  it('"<X> merupakan objek wisata …", "<X> adalah satu-satunya universitas …" are no people', () => {
    expect(names('Sejak lama, Watuputih merupakan objek wisata yang ramai dikunjungi.')).not.toContain('Watuputih');
    expect(names('Di wilayah itu, Karangwuni adalah satu-satunya kampus yang membuka kelas malam.')).not.toContain('Karangwuni');
    expect(names('Selama sepuluh tahun Ravoka yang merupakan kelanjutan dari grup lama itu tampil di kafe.')).not.toContain('Ravoka');
  });

  it('a relative, a word for people or a title after the copula says the word is a person', () => {
    expect(names('Di desa itu, Sulastini merupakan anak sulung dari empat bersaudara.')).toContain('Sulastini');
    expect(names('Setelah lulus, Wiratmaja adalah personel sebuah grup musik di Bandung.')).toContain('Wiratmaja');
    expect(names('Konon, Margiono yang merupakan adik kandung bupati menolak rencana itu.')).toContain('Margiono');
    expect(names('Sejak 1990, Sudarsono adalah Menteri Pertanian pada kabinet itu.')).toContain('Sudarsono');
  });

  it('loosely, after one word: a part in a band, a doer\'s noun, a god ("adalah vokal utama", "adalah pembuat", "adalah salah satu dewa")', () => {
    expect(names('Di grup itu, Haryadi adalah vokal utama sejak album pertama.')).toContain('Haryadi');
    expect(names('Menurut kisahnya, Wirasena adalah pembuat semua robot di kota itu.')).toContain('Wirasena');
    expect(names('Dalam kisah itu, Batarajaya adalah salah satu dewa yang dipuja para petani.')).toContain('Batarajaya');
  });

  it('but not a place\'s predicate after the copula ("adalah penghasil utama …")', () => {
    expect(names('Sejak dulu, Kaliwungon adalah penghasil utama sayur di provinsi itu.')).not.toContain('Kaliwungon');
  });

  it('a person\'s act after the one word still makes it the subject', () => {
    expect(names('Pada tahun 2001, Wiratmaja bergabung dengan grup itu.')).toContain('Wiratmaja');
  });

  it('two or more name words before a copula are read as before', () => {
    expect(names('"Andika Pratama adalah contoh bagi kami," kata pelatih itu.')).toContain('Andika Pratama');
  });
});

describe('every country is world knowledge to the name reader, never a person', () => {
  it('"Presiden <Country> <Given> <Family>": the name stops at the country', () => {
    const found = names('Presiden Zimbabwe Tendai Murewa tiba di bandara kemarin.');
    expect(found).toContain('Tendai Murewa');
    expect(found).not.toContain('Zimbabwe Tendai Murewa');
  });

  it('"politikus <Country>", "timnas <Country>" name no one', () => {
    expect(names('Ia adalah pengacara dan politikus Andorra yang menjabat dua periode.')).toEqual([]);
    expect(names('Pada laga itu, Gabon menahan imbang tuan rumah.')).toEqual([]);
  });

  it('English: "Uruguayan Foreign Minister <Name>"', () => {
    expect(names('Uruguayan Foreign Minister Rodrigo Alvear said the talks would resume.', 'en')).toContain('Rodrigo Alvear');
  });
});

describe('a title after a name particle after a name word is part of the name', () => {
  it('"<Name> al Hakim", "<Name> bin Hakim" keep their last word', () => {
    expect(names('Pemimpin dewan itu, Rasyad al Hakim, mengatakan rapat ditunda.')).toContain('Rasyad al Hakim');
    expect(names('Menurut Rasyad bin Hakim, rapat ditunda.')).toContain('Rasyad bin Hakim');
  });

  it('English: "<Name> al Sheikh said …"', () => {
    expect(names('The council chairman, Nabil al Sheikh, said the meeting was over.', 'en')).toContain('Nabil al Sheikh');
  });
});
