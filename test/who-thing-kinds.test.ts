// A name written right after a word for the kind of thing it is — a series, a game console, a pub
// ("seri Lorem Ipsum", "konsol Lumo Station", "a pub Red Lantern") — names that thing, never a
// person: no who-answer is taken from it, and where no one else fits the question is refused.
// Passages written for these tests (invented names).
import { describe, expect, it } from 'vitest';
import { askText } from './helpers/articles.js';

describe('a name after a word for its kind of thing', () => {
  it('is no answer when it is a series (Indonesian)', () => {
    const text = 'Rudi Hartono merupakan tokoh fiksi karya Dewi Lestari dalam seri Lorem Ipsum. Sejauh ini, Bagus Wiratmo telah memerankan tokoh ini dalam tiga film.';
    expect(askText(text, 'Siapa yang memerankan karakter Rudi Hartono dalam Lorem Dolor?', 'id').value).not.toBe('Lorem Ipsum');
  });

  it('is no answer when it is a game console (Indonesian)', () => {
    const text = 'Permainan Lorem Dolor 2 dikembangkan oleh sebuah studio di Lumo. Permainan ini juga kemudian dibuat agar dapat dimainkan oleh konsol Lumo Station dan Sari Box.';
    expect(askText(text, 'Siapa yang membuat permainan Lorem Dolor 2?', 'id').found).toBe(false);
  });

  it('is no answer when it is a pub (Indonesian and English)', () => {
    expect(askText('Klub itu didirikan di sebuah pub Mawar Merah pada tahun 1905.', 'Siapa pendiri klub itu?', 'id').found).toBe(false);
    expect(askText('The club was founded in 1905 at a pub Red Lantern in the old town.', 'Who founded the club?', 'en').found).toBe(false);
  });
});
