// English answers read as a careful reader would (issue 11, SQuAD-shaped questions): adverbs opening
// a sentence are no names, an antonym in the passage refuses the question. Passages written for
// these tests.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import { openAnswer as ask } from './helpers/answer.js';

const people = (text: string): string[] => understand(parseArticle('reading', text)).people.map((p) => p.name);

describe('English reading', () => {
  it('an adverb opening a sentence ("Succinctly stated, …", "Reportedly, …") is no name; names ending in -ly stay names', () => {
    const text = 'The harbour board met on Tuesday. Succinctly stated, the new rule bans night fishing in the bay.';
    expect(ask(text, 'Who banned night fishing in the bay?', 'who')).not.toBe('Succinctly');
    expect(people('Reportedly, the council will vote again next week.')).not.toContain('Reportedly');
    expect(people('Generally, the ferries leave before dawn.')).not.toContain('Generally');
    expect(people('The fishermen thanked Beverly Connolly and Marcus Kelly for the new nets.')).toEqual(
      expect.arrayContaining(['Beverly Connolly', 'Marcus Kelly']),
    );
  });

  it('a passage that says the opposite word (acceleration/deceleration, smaller/larger) does not answer', () => {
    const text = 'The engineer Hana Sorvik showed that the acceleration of the cable car was steady at larger distances from the station.';
    expect(ask(text, 'Who showed that the acceleration of the cable car was steady?', 'who')).toBe('Hana Sorvik');
    expect(ask(text, 'Who showed that the deceleration of the cable car was steady?', 'who')).toBeUndefined();
    expect(ask(text, 'Who showed that the cable car was steady at smaller distances from the station?', 'who')).toBeUndefined();
    const ruling = 'In the end the Harbour Tribunal rejected the ferry firm\'s argument that the new landing fee was unlawful.';
    expect(ask(ruling, 'Who rejected the ferry firm\'s argument that the landing fee was unlawful?', 'who')).toBe('Harbour Tribunal');
    expect(ask(ruling, 'Who accepted the ferry firm\'s argument that the landing fee was unlawful?', 'who')).toBeUndefined();
  });

  it('a place goes on with the number that closes its name ("Article 5", "Jalan Kenari No. 12"), not with a count', () => {
    expect(ask('The right to strike is also written in Article 7 of the harbour charter.', 'Where is the right to strike written?', 'where')).toBe('Article 7');
    expect(ask('Kantor koperasi nelayan itu terletak di Jalan Kenari No. 12, Tegal.', 'Di mana letak kantor koperasi nelayan itu?', 'where')).toBe('Jalan Kenari No. 12, Tegal');
    expect(ask('The ferries were stopped in Tallinn 3 times that winter.', 'Where were the ferries stopped?', 'where')).toBe('Tallinn');
  });

  it('a place told without a name after a locative and an article answers where no named place does ("in the kingdom")', () => {
    expect(ask('After the truce the foreign sailors stayed on in the kingdom, and trade slowly returned.', 'Where did the foreign sailors stay after the truce?', 'where')).toBe('the kingdom');
    expect(ask('Last week the harbour divers found the lost anchor at the foot of the old pier.', 'Where did the harbour divers find the lost anchor?', 'where')).toBe('the foot of the old pier');
    // A named place still wins over a place told in common words.
    expect(ask('The sailors stayed in the harbour town of Velmora until spring.', 'Where did the sailors stay until spring?', 'where')).toBe('Velmora');
    // The part of a named place is where: "the coast of …", "the outskirts of …".
    expect(ask('In the end the two sisters settled on the coast of Norway, far from the old mill.', 'Where did the two sisters settle in the end?', 'where')).toBe('coast of Norway');
    // Indonesian has no article to open such a place: only named places answer.
    expect(ask('Para pelaut itu menetap di kerajaan tersebut setelah gencatan senjata.', 'Di mana para pelaut itu menetap?', 'where')).toBeUndefined();
  });

  it('a country doing what the question asks is a who-answer; a country merely named is not', () => {
    const text = 'In 1982, the Soviet Union sent its fishing fleet into the northern straits, and the Civil War in the south went on.';
    expect(ask(text, 'Who sent its fishing fleet into the northern straits?', 'who')).toBe('Soviet Union');
    expect(ask('Pada 1982, Jepang mengirim armada nelayannya ke selat utara yang dingin.', 'Siapa yang mengirim armada nelayan ke selat utara?', 'who')).toBe('Jepang');
    expect(ask('The northern straits, near Japan, were watched by the harbour guard Osric Harald.', 'Who watched the northern straits?', 'who')).toBe('Osric Harald');
  });

  it('a name closed by the noun of an event or a document ("Civil War", "Velmora Treaty") is no who-answer', () => {
    const text = 'After the Civil War the Velmora Treaty was signed, and the harbour master Osric Harald reopened the port.';
    expect(ask(text, 'Who reopened the port after the war?', 'who')).toBe('Osric Harald');
    expect(ask('The Velmora Treaty ended the long dispute over the fishing grounds.', 'Who ended the dispute over the fishing grounds?', 'who')).toBeUndefined();
    expect(ask('Piagam Tegal disusun oleh Budi Santoso dan para nelayan pada 1950.', 'Siapa yang menyusun piagam itu?', 'who')).toBe('Budi Santoso');
  });

  it('a place closing a name goes with it (a club named for its town), unless the question names the place', () => {
    expect(ask('Lawan mereka, Persitara Jakarta, menjuarai liga pesisir pada 2001.', 'Siapa yang menjuarai liga pesisir pada 2001?', 'who')).toBe('Persitara Jakarta');
    expect(ask('Their rivals, Polonia Warsaw, won the coastal league in 2001.', 'Who won the coastal league in 2001?', 'who')).toBe('Polonia Warsaw');
  });
});
