// Whether a passage says a question word (answer/written.ts with the tables of src/lang/support-*.ts):
// the words that share letters with a question word but not its meaning, and the rules that keep
// them from supporting an answer. Passages and questions are written for these tests (invented
// people and places).
import { describe, expect, it } from 'vitest';
import { says } from '../src/answer/written.js';
import { parseArticle } from '../src/load/article.js';
import { paragraphWords } from '../src/text/words.js';
import { openAnswer as ask } from './helpers/answer.js';

/** The words of a one-paragraph text, as the support check reads them. */
function wordsOf(text: string) {
  const article = parseArticle('written', `${text}\n`);
  return paragraphWords(article.paragraphs[0]!);
}

describe('an ordinal or a comparison is said only as written', () => {
  it('Indonesian: "berakhir" (ended) and "akhir" (an end) are not "terakhir" (the last)', () => {
    expect(says('terakhir', wordsOf('Pameran itu berakhir pada akhir bulan.'))).toBe(false);
    expect(says('terakhir', wordsOf('Pameran terakhirnya digelar di Solo.'))).toBe(true);
    expect(says('terbesar', wordsOf('Pasar itu besar sekali.'))).toBe(false);
  });

  it('English: "lasted" is not "last", "lately" not "late"', () => {
    expect(says('last', wordsOf('The fair lasted three days.'))).toBe(false);
    expect(says('last', wordsOf('It was the last fair of the year.'))).toBe(true);
  });

  it('Indonesian, asked: a fair that ended on a day is not the last fair held', () => {
    const ended = 'Pekan Raya Sindang berakhir pada 3 Mei 2019 setelah dua minggu.';
    expect(ask(ended, 'Kapan Pekan Raya Sindang terakhir diadakan?', 'when')).toBeUndefined();
    const last = 'Pekan Raya Sindang terakhir diadakan pada 3 Mei 2019 setelah dua minggu.';
    expect(ask(last, 'Kapan Pekan Raya Sindang terakhir diadakan?', 'when')).toBe('3 Mei 2019');
  });

  it('English, asked: a fair that lasted until a day is not the last fair held', () => {
    const lasted = 'The Sindang Fair lasted until 3 May 2019, two weeks after it opened.';
    expect(ask(lasted, 'When was the last Sindang Fair held?', 'when')).toBeUndefined();
  });
});

describe('a typo never lands on a function word', () => {
  it('Indonesian: "ketika" (when) is no typo of "ketiga" (third)', () => {
    expect(says('ketiga', wordsOf('Ia datang ketika hujan turun.'))).toBe(false);
    expect(says('ketiga', wordsOf('Ia datang pada hari ketiga.'))).toBe(true);
  });

  it('English: "about" is no typo of "abort"', () => {
    expect(says('abort', wordsOf('They talked about the launch.'))).toBe(false);
    expect(says('abort', wordsOf('They chose to abrot the launch.'))).toBe(true);
  });
});

describe('a word that frames says a concept only as the concept writes it', () => {
  it('Indonesian: "Kerajaan" tells no one ruled ("raja" is in it only as letters)', () => {
    expect(says('berkuasa', wordsOf('Kerajaan Lorem ada di pesisir utara.'))).toBe(false);
    expect(says('berkuasa', wordsOf('Raja Lorem ada di pesisir utara.'))).toBe(true);
    // A framing word written as the concept writes it still says it: "diduduki" of "menguasai".
    expect(says('menguasai', wordsOf('Wilayah itu diduduki sejak 1967.'))).toBe(true);
  });

  it('Indonesian: a work "karya X" still tells who wrote it, one way', () => {
    expect(says('penulis', wordsOf('Lorem adalah serial manga karya Budi.'))).toBe(true);
  });
});

describe('a founding is told by "lahirnya", but a birth by no founding', () => {
  it('Indonesian: "lahirnya organisasi" says "didirikan"; "dibangun" does not say "lahir"', () => {
    expect(says('didirikan', wordsOf('Tanggal itu menandai lahirnya organisasi Lorem.'))).toBe(true);
    expect(says('lahir', wordsOf('Puri itu dibangun pada 1770.'))).toBe(false);
    expect(says('lahir', wordsOf('Ia memulai usahanya pada 1770.'))).toBe(false);
  });

  it('Indonesian, asked: where someone died and what they built is not where they were born', () => {
    const text = 'Ia wafat di Puri Lindenau, puri yang dibangunnya di tepi sungai, pada 3 Agustus 1792.';
    expect(ask(text, 'Di manakah Tomas Arkelund lahir?', 'where')).toBeUndefined();
  });
});

describe('false friends: one root, another meaning', () => {
  it('Indonesian: "meninggalkan" (left) and "tinggal" (lived) do not say "meninggal" (died)', () => {
    expect(says('meninggal', wordsOf('Ia meninggalkan Jakarta pada 1990.'))).toBe(false);
    expect(says('meninggal', wordsOf('Ia tinggal di Jakarta sejak 1990.'))).toBe(false);
    expect(says('meninggal', wordsOf('Ia meninggal di Jakarta pada 1990.'))).toBe(true);
    expect(says('meninggal', wordsOf('Ia wafat di Jakarta pada 1990.'))).toBe(true);
  });

  it('Indonesian: "dirinya" (himself) does not say "berdirinya" (its founding)', () => {
    expect(says('berdirinya', wordsOf('Ia membuktikan dirinya di medan perang.'))).toBe(false);
    expect(says('berdirinya', wordsOf('Sejak berdirinya kota itu, pasar selalu ramai.'))).toBe(true);
    expect(says('pendiri', wordsOf('Ia membuktikan dirinya sebagai pendiri kota itu.'))).toBe(true);
  });

  it('Indonesian, asked: when someone left is not when they died', () => {
    const left = 'Budi Santoso meninggalkan Kota Baru pada 3 Mei 1990.';
    expect(ask(left, 'Kapan Budi Santoso meninggal?', 'when')).toBeUndefined();
    const died = 'Budi Santoso meninggal di Kota Baru pada 3 Mei 1990.';
    expect(ask(died, 'Kapan Budi Santoso meninggal?', 'when')).toBe('3 Mei 1990');
  });
});

describe('an English question asks about its verb', () => {
  it('the verb asked must be said, however long the question', () => {
    const joined = 'After years of talks, the Lorem Growers Union joined the Coastal Trade Alliance in 1999.';
    expect(ask(joined, 'When did the Lorem Growers Union leave the Coastal Trade Alliance?', 'when')).toBeUndefined();
    expect(ask(joined, 'When did the Lorem Growers Union join the Coastal Trade Alliance?', 'when')).toBe('1999');
  });

  it('a light verb need not be: "make X its seat" asks about the seat', () => {
    const text = 'The Diet of Ostrava became the permanent seat of the council in 1569.';
    expect(ask(text, 'When did the council make the Diet of Ostrava its permanent seat?', 'when')).toBe('1569');
  });

  it('an invasion says "invade", in both languages', () => {
    expect(says('invade', wordsOf('The invasion of Lumeria began in March 1920.'))).toBe(true);
    expect(says('menyerbu', wordsOf('Invasi ke Lumeria dimulai pada Maret 1920.'))).toBe(true);
  });
});

describe('an event is closed when it ends (one way)', () => {
  it('Indonesian: "berakhirnya" and "penutupan" say "ditutup"; "ditutup" does not say "berakhir"', () => {
    expect(says('ditutup', wordsOf('Api obor padam menandai berakhirnya pekan olahraga itu.'))).toBe(true);
    expect(says('ditutup', wordsOf('Upacara penutupan digelar di stadion.'))).toBe(true);
    expect(says('berakhirnya', wordsOf('Jalan itu ditutup sejak pagi.'))).toBe(false);
  });

  it('English: "ended" says "closed"', () => {
    expect(says('closed', wordsOf('The games ended on 21 August with fireworks.'))).toBe(true);
    expect(says('closed', wordsOf('The games began on 21 August with fireworks.'))).toBe(false);
  });
});

describe('a name set aside is never the answer', () => {
  const id = 'Rapat itu dihadiri Budi Santoso. Selain Budi Santoso, rapat juga dihadiri Rina Wulandari.';
  const en = 'The meeting was attended by Jane Doe. Besides Jane Doe, the meeting was attended by Mary Lowe.';

  it('Indonesian: "Selain X, siapa …?" answers another than X', () => {
    expect(ask(id, 'Selain Budi Santoso, siapa yang menghadiri rapat itu?', 'who')).toBe('Rina Wulandari');
    expect(ask('Rapat itu dihadiri Budi Santoso.', 'Selain Budi Santoso, siapa yang menghadiri rapat itu?', 'who')).toBeUndefined();
  });

  it('English: "Who besides X …?" and "Other than X, who …?" answer another than X', () => {
    expect(ask(en, 'Who besides Jane Doe attended the meeting?', 'who')).toBe('Mary Lowe');
    expect(ask('The meeting was attended by Jane Doe.', 'Who besides Jane Doe attended the meeting?', 'who')).toBeUndefined();
    expect(ask('The meeting was attended by Jane Doe.', 'Other than Jane Doe, who attended the meeting?', 'who')).toBeUndefined();
  });
});

describe('a where-question about an event needs only the event said', () => {
  it('English: "Where is the strike?" is answered by the place of the strike', () => {
    expect(ask('Dock workers went on strike in Rotterdam on Monday, halting exports.', 'Where is the strike?', 'where')).toBe('Rotterdam');
    expect(ask('Dock workers went on holiday in Rotterdam on Monday.', 'Where is the strike?', 'where')).toBeUndefined();
  });

  it('Indonesian: "Di mana mogok kerja itu?" likewise', () => {
    expect(ask('Buruh pelabuhan mogok kerja di Rotterdam pada Senin.', 'Di mana mogok kerja itu?', 'where')).toBe('Rotterdam');
    expect(ask('Buruh pelabuhan berlibur di Rotterdam pada Senin.', 'Di mana mogok kerja itu?', 'where')).toBeUndefined();
  });
});

describe('a word the passage contradicts with its opposite', () => {
  it('Indonesian: "barat" where the question asks "timur" refuses', () => {
    const text = 'Pasukan dari wilayah barat tiba di Kota Lorem pada 4 Mei 1901 setelah berbaris sepekan.';
    expect(ask(text, 'Kapan pasukan dari wilayah timur tiba di Kota Lorem?', 'when')).toBeUndefined();
    expect(ask(text, 'Kapan pasukan dari wilayah barat tiba di Kota Lorem?', 'when')).toBe('4 Mei 1901');
  });

  it('English: "Earlier papers" where the question asks about later ones refuses', () => {
    const text = 'Earlier papers on tidal clocks include the survey by Hana Ostrova, published in Leiden in 1961.';
    expect(ask(text, 'Who wrote later papers on tidal clocks?', 'who')).toBeUndefined();
    expect(ask(text, 'Who wrote earlier papers on tidal clocks?', 'who')).toBe('Hana Ostrova');
  });
});
