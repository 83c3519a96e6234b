// Person names, ner14 (issue 11: "Names swallow their neighbours"). Every sentence is written for
// the test; no dataset passage.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people.js';
import { guessLanguage, parseArticle } from '../src/load/article.js';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

type Lang = 'id' | 'en';
const names = (text: string, language?: Lang): string[] =>
  extractPeople(parseArticle('ner14', `${text}\n`, language === undefined ? {} : { language })).map((p) => p.name);

describe('an Indonesian sentence full of English titles is read as Indonesian', () => {
  const sentence = 'Ia kemudian bermain sebagai Rina dalam film Tales of the Night and the Day of the Sun sebelum menjadi penyanyi.';

  it('the language is Indonesian: its own words outnumber the title\'s "of" and "the"', () => {
    expect(guessLanguage(sentence)).toBe('id');
    expect(guessLanguage('He played Rina in the film Tales of the Night before he became a singer.')).toBe('en');
  });

  it('the words of the English title are no people, the part played is', () => {
    const found = names('Ia kemudian bermain sebagai Rina dalam film The Girl in the Painted Boat sebelum menjadi penyanyi.');
    expect(found).toContain('Rina');
    expect(found).not.toContain('Painted Boat');
  });
});

describe('an English title with "of" inside an Indonesian sentence heads a role, it is no work\'s title', () => {
  it('"Director of <Body> <Name>": the name after the body answers who holds the office', () => {
    const library = libraryFromText('Penghargaan itu diserahkan Director of Research Division WHO Mirela Tanvoort di Jenewa.', 'id', '2025-03-04');
    const reply = answer(library, { command: 'ask', query: 'Siapa Director of Research Division WHO?', locale: 'id' });
    expect(reply.found).toBe(true);
    expect(reply.value).toBe('Mirela Tanvoort');
  });

  it('a work\'s title after "of" is still a title: "Lamb of Stone" names no one', () => {
    expect(names('Ia bergabung dengan band Lamb of Stone Ridge sebelum bersolo karier.', 'id')).toEqual([]);
  });
});

describe('a title whose holder is named after a place ("Sunan <Town>") names a person', () => {
  it('"Sunan" before a known town is the saint of that town, a person with the title in the name', () => {
    expect(names('Para santri belajar kepada Sunan Bogor sebelum pulang ke kampung.', 'id')).toContain('Sunan Bogor');
  });

  it('the town alone stays a place', () => {
    expect(names('Rombongan itu tiba di Bogor pada malam hari.', 'id')).toEqual([]);
  });
});

describe('a name the article says is a place or a thing is no person elsewhere in it', () => {
  it('Indonesian: "<X> adalah desa di …", then "<X> memiliki …" acting as a subject', () => {
    expect(names('Karangsari adalah desa di kecamatan Ipsum, Jawa Tengah, Indonesia, Karangsari memiliki kode pos 55123.', 'id')).toEqual([]);
  });

  it('English: "<X> is a village …", then "<X> joined …"', () => {
    expect(names('Lorvanton is a village in the north of the county; in 1990 Lorvanton joined the union.', 'en')).toEqual([]);
  });

  it('a name acting with nothing saying it is a place is still a person', () => {
    expect(names('Karangsari memiliki kode pos 55123.', 'id')).toEqual(['Karangsari']);
  });
});
