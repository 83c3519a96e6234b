// The language the console and `kutip ask` answer in when no one says: the question's words, then its
// title words ("/who Menlu" is Indonesian, "/who foreign minister" English), then, where nothing
// tells (a name alone), the language of the articles asked of. Articles and people are invented.
import { describe, expect, it } from 'vitest';
import { consoleReply } from '../src/cli/console.js';
import { answerLine } from '../src/cli/ask-lines.js';
import { entriesOf, libraryOf } from '../src/index/library.js';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';
import { titleLanguageOf } from '../src/query/language.js';

const idArticle = parseArticle('id-talks', 'Jakarta - Menteri Luar Negeri Jepang Hana Lorem dan Menteri Luar Negeri Brasil Carlos Ipsum bertemu di Tokyo, Senin.\n', {
  language: 'id',
  publishedAt: '2024-05-01',
});
const enArticle = parseArticle('en-talks', 'TOKYO - Japanese Foreign Minister Hana Lorem met Brazilian trade envoy Budi Santoso in Tokyo on Monday.\n', {
  language: 'en',
  publishedAt: '2024-05-01',
});
const indonesian = libraryOf(entriesOf([idArticle], understand));
const both = libraryOf(entriesOf([idArticle, enArticle], understand));

describe('the language of a question typed without question words', () => {
  it('is told by title words only one language writes', () => {
    expect(titleLanguageOf('Menlu')).toBe('id');
    expect(titleLanguageOf('menteri luar negeri')).toBe('id');
    expect(titleLanguageOf('foreign minister')).toBe('en');
    expect(titleLanguageOf('Hana Lorem')).toBeUndefined();
  });

  it('the console answers an Indonesian title in Indonesian, an English one in English', () => {
    expect(consoleReply(indonesian, '/who Menlu').split('\n')[0]).toBe('Hana Lorem (Menteri Luar Negeri Jepang) dan Carlos Ipsum (Menteri Luar Negeri Brasil) — ¶1.');
    expect(consoleReply(indonesian, '/who foreign minister').split('\n')[0]).toBe('Hana Lorem (Menteri Luar Negeri Jepang) and Carlos Ipsum (Menteri Luar Negeri Brasil) — ¶1.');
  });

  it('a name alone is answered in the language of the articles, English where they are of both', () => {
    expect(consoleReply(indonesian, '/who Hana Lorem').split('\n')[0]).toMatch(/Disebut di ¶1/);
    expect(consoleReply(both, '/who Hana Lorem').split('\n')[0]).toMatch(/Mentioned in/);
    expect(answerLine(both, '/who Hana Lorem', { article: 'id-talks' }).answer).toMatch(/Disebut di ¶1/);
    expect(answerLine(both, '{"command": "/who Hana Lorem", "article": "en-talks"}').answer).toMatch(/Mentioned in ¶1/);
    expect(answerLine(indonesian, '/who Hana Lorem', { locale: 'en' }).answer).toMatch(/Mentioned in ¶1/);
  });
});
