// An office the article gives to several people written in one sentence ("Menteri Luar Negeri Jepang A
// dan Menteri Luar Negeri Brasil B bertemu …"): /who of the office alone lists them all, each with
// their role, the paragraph cited with each of them marked, and /ask gives the same list in either
// language. Articles and people are invented for these tests.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const ID = 'Jakarta - Menteri Luar Negeri Jepang Hana Lorem dan Menteri Luar Negeri Brasil Carlos Ipsum bertemu di Tokyo, Senin. Pertemuan berlangsung empat jam.\n';
const EN = 'TOKYO - Japanese Foreign Minister Hana Lorem and Brazilian Foreign Minister Carlos Ipsum met in Tokyo on Monday to sign a trade pact. The talks lasted four hours.\n';

const ask = (text: string, language: 'id' | 'en', command: 'who' | 'ask', query: string) =>
  answer(libraryFromText(text, language, '2024-05-01'), { command, query, locale: language });

const namesOf = (reply: ReturnType<typeof ask>): string[] => (reply.value ?? '').split(/, | dan | and /);

describe('/who of an office several people hold in one sentence', () => {
  it('lists every holder, in the order written, each with their role (Indonesian article)', () => {
    for (const query of ['menteri luar negeri', 'foreign minister', 'Menlu']) {
      const reply = ask(ID, 'id', 'who', query);
      expect(reply, query).toMatchObject({ found: true });
      expect(namesOf(reply), query).toEqual(['Hana Lorem', 'Carlos Ipsum']);
      expect(reply.answer).toBe('Hana Lorem (Menteri Luar Negeri Jepang) dan Carlos Ipsum (Menteri Luar Negeri Brasil) — ¶1.');
      expect(reply.citations).toHaveLength(1);
      expect(reply.citations[0]!.highlights).toEqual(expect.arrayContaining(['Hana Lorem', 'Carlos Ipsum']));
    }
  });

  it('lists every holder, in the order written, each with their role (English article)', () => {
    for (const query of ['foreign minister', 'menteri luar negeri']) {
      const reply = ask(EN, 'en', 'who', query);
      expect(namesOf(reply), query).toEqual(['Hana Lorem', 'Carlos Ipsum']);
      expect(reply.answer).toBe('Hana Lorem (Japanese Foreign Minister) and Carlos Ipsum (Brazilian Foreign Minister) — ¶1.');
      expect(reply.citations[0]!.highlights).toEqual(expect.arrayContaining(['Hana Lorem', 'Carlos Ipsum']));
    }
  });

  it('/ask of the office, in either language, says what /who says', () => {
    const cases = [
      [ID, 'id', 'menteri luar negeri', ['Siapa menteri luar negeri?', 'Who is the foreign minister?']],
      [EN, 'en', 'foreign minister', ['Who is the foreign minister?', 'Siapa menteri luar negeri?']],
    ] as const;
    for (const [text, language, office, questions] of cases) {
      const who = ask(text, language, 'who', office);
      for (const question of questions) {
        const reply = ask(text, language, 'ask', question);
        expect(reply.answer, question).toBe(who.answer);
        expect(reply.citations.map((c) => c.paragraph)).toEqual([1]);
      }
    }
    // The office with its country is one holder.
    expect(ask(ID, 'id', 'who', 'Menlu Jepang')).toMatchObject({ found: true, value: 'Hana Lorem' });
    expect(ask(ID, 'id', 'ask', 'Siapa Menteri Luar Negeri Brasil?')).toMatchObject({ found: true, value: 'Carlos Ipsum' });
    expect(ask(EN, 'en', 'ask', 'Who is the Brazilian foreign minister?')).toMatchObject({ found: true, value: 'Carlos Ipsum' });
  });

  it('leaves out a deputy, a former holder and, asked with a country, the holder of another; holders apart are not listed', () => {
    const id =
      'Jakarta - Menteri Luar Negeri Jepang Hana Lorem, Wakil Menteri Luar Negeri Jepang Dewi Dolor dan Menteri Luar Negeri Brasil Carlos Ipsum bertemu di Tokyo, Senin.\n';
    expect(namesOf(ask(id, 'id', 'who', 'menteri luar negeri'))).toEqual(['Hana Lorem', 'Carlos Ipsum']);
    const en = 'TOKYO - Japanese Foreign Minister Hana Lorem, former Japanese Foreign Minister Dewi Dolor and Brazilian Foreign Minister Carlos Ipsum met in Tokyo on Monday.\n';
    expect(namesOf(ask(en, 'en', 'who', 'foreign minister'))).toEqual(['Hana Lorem', 'Carlos Ipsum']);
    const presidents = 'Caracas, Jumat - Presiden Venezuela Budi Santoso, Jumat (26/8), mengatakan Presiden Amerika Serikat Adi Nugroho bertanggung jawab.\n';
    expect(namesOf(ask(presidents, 'id', 'who', 'presiden'))).toEqual(['Budi Santoso', 'Adi Nugroho']);
    expect(ask(presidents, 'id', 'ask', 'Siapa Presiden AS?')).toMatchObject({ found: true, value: 'Adi Nugroho' });
    // Holders written in different sentences: the one whose role adds fewest words, as before.
    const apart = 'JAKARTA - Japanese Foreign Minister Hana Lorem arrived on Monday. Later, Brazilian Foreign Minister Carlos Ipsum came.\n';
    expect(ask(apart, 'en', 'who', 'foreign minister')).toMatchObject({ found: true, value: 'Hana Lorem', answer: expect.stringMatching(/^Hana Lorem — Japanese Foreign Minister\. Mentioned in ¶1/) });
  });
});

describe('/who of an office of one country, another country’s holder written first', () => {
  it('"/who presiden AS" gives the president of the country asked, though no term keeps "AS"', () => {
    const text = 'Caracas - Presiden Venezuela Budi Lorem bertemu Presiden Amerika Serikat Agus Ipsum di Caracas, Senin.\n';
    expect(ask(text, 'id', 'who', 'presiden AS')).toMatchObject({ found: true, value: 'Agus Ipsum' });
    expect(ask(text, 'id', 'who', 'Presiden Venezuela')).toMatchObject({ found: true, value: 'Budi Lorem' });
  });
});
