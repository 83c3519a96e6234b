// A who-question that asks nothing but an office. Answered by a list of holders of several offices,
// it names the one the article gives that office (as /who does); and a role's country left unsaid is
// taken as said only when it is the country the news of the language goes without (Indonesia for
// Indonesian news): "Siapa presiden Prancis?" is not answered by "Presiden Budi Lorem".
// Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';
import { openAnswer } from './helpers/answer.js';

describe('one office asked of a list of office holders', () => {
  const text = 'Presiden berbicara dengan Panglima TNI Jenderal Ahmad Lorem, Kepala Kepolisian Negara (Kapolri) Jenderal Pol. Budi Ipsum dan Kepala Badan Intelijen Negara (BIN) Candra Dolor.';

  it('Indonesian: "Siapa Kapolri?" names the Kapolri alone, as /who does', () => {
    const library = libraryFromText(text, 'id', '2025-04-17');
    const asked = answer(library, { command: 'ask', query: 'Siapa Kapolri?', locale: 'id' });
    expect(asked.value).toBe('Jenderal Pol. Budi Ipsum');
    expect(asked.answer).not.toContain('Candra');
    expect(answer(library, { command: 'who', query: 'Kapolri', locale: 'id' }).value).toBe('Budi Ipsum');
  });

  it('one person answering who holds another office gives way to the one whose role says it, in either language', () => {
    const library = libraryFromText(text, 'id', '2025-04-17');
    for (const [query, locale] of [['Siapa kepala polisi?', 'id'], ['Who is the police chief?', 'en'], ['Siapa kepala BIN?', 'id']] as const) {
      const asked = answer(library, { command: 'ask', query, locale });
      expect(asked.value, query).toBe(query.includes('BIN') ? 'Candra Dolor' : 'Budi Ipsum');
      expect(asked.answer, query).not.toContain('Ahmad Lorem');
    }
  });

  it('English, of the Indonesian list: the member whose role says the office through the tables', () => {
    const library = libraryFromText(text, 'id', '2025-04-17');
    const asked = answer(library, { command: 'ask', query: 'Who is the head of the intelligence agency?' });
    expect(asked.value).toBe('Candra Dolor');
    expect(asked.answer).not.toContain('Budi Ipsum');
  });

  it('English: a list of ministers answers one minister', () => {
    expect(openAnswer('The president met Finance Minister Ann Lorem and Defence Minister Bob Ipsum on Monday.', 'Who is the defence minister?', 'who')).toBe('Bob Ipsum');
  });
});

describe("a role's country the passage leaves unsaid", () => {
  const text = 'Presiden Budi Lorem memerintahkan tentara menjaga pemungutan suara pada Rabu.';

  it('Indonesian: the home country may go unsaid, another country may not', () => {
    expect(openAnswer(text, 'Siapa presiden Indonesia?', 'who')).toBe('Budi Lorem');
    expect(openAnswer(text, 'Siapa presiden Prancis?', 'who')).toBeUndefined();
  });

  it('/who of an office no one in the article holds names no one of a passage with its words', () => {
    const library = libraryFromText(`${text} Kapolri Jenderal Pol. Budi Ipsum menyebut Amerika mengirim pemantau.`, 'id', '2025-04-17');
    expect(answer(library, { command: 'who', query: 'presiden Amerika', locale: 'id' }).found).toBe(false);
  });

  it('English: "Who is the president of France?" of "President Tom Lorem" is not said', () => {
    expect(openAnswer('President Tom Lorem ordered the army to guard the vote on Wednesday.', 'Who is the president of France?', 'who')).toBeUndefined();
  });
});
