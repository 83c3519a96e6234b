// What a name is learnt from: only a word saying where something is or what kind of thing it is
// ("di <Venue>", "produk <Brand>", "pindah ke <Club>"), not "ke"/"dari" of any other verb (people are
// written after them as often: "mengadu ke <Name>") nor a comma; and what a report is cited from
// ("dikutip dari <X>") is no place. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { understand } from '../src/extract/understand.js';
import { parseArticle } from '../src/load/article.js';

const read = (paragraphs: readonly string[]) => understand(parseArticle('artikel', `${paragraphs.join('\n\n')}\n`, { language: 'id' }));
const people = (paragraphs: readonly string[]): string[] => read(paragraphs).people.map((p) => p.name);
const places = (paragraphs: readonly string[]): string[] => read(paragraphs).places.map((p) => p.name);

describe('names learnt as places or things', () => {
  it('a person written after "ke" of a verb that is no going somewhere is still a person', () => {
    expect(people(['Warga berbondong-bondong datang untuk mengadu ke Lodoro pada Senin pagi.', 'Lodoro menerima mereka satu per satu di pendopo.'])).toContain('Lodoro');
  });
  it('a club written after "pindah ke" is still learnt', () => {
    expect(people(['Pemain muda itu pindah ke Parvanta pada musim lalu.', 'Parvanta mengalahkan tim tamu dua gol tanpa balas, Sabtu malam.'])).not.toContain('Parvanta');
  });
  it('what a report is cited from is no place', () => {
    const found = places(['Pelatih itu mengaku puas dengan hasil laga, seperti dikutip dari Loremsport, Senin (3/4).']);
    expect(found).not.toContain('Loremsport');
  });
});
