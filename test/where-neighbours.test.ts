// The places a border word lists ("berbatasan dengan", "borders") are the subject's neighbours: one
// listed beside the place asked about says nothing of where that place lies (answer/where-candidates.ts).
// The subject itself is still placed by its neighbours' sentence. Passages written for these tests
// (an invented country among real ones, which the gazetteer knows).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('a neighbour listed beside the place asked about', () => {
  it('does not say where that place lies (Indonesian)', () => {
    const text = 'Norlandia adalah sebuah negara berdaulat di Asia Tenggara. Norlandia berbatasan dengan Myanmar di sebelah barat, Kamboja dan Vietnam di sebelah timur, dan Malaysia di sebelah selatan.';
    expect(ask(text, 'Di manakah letak Kamboja?', 'id').found).toBe(false);
    expect(ask(text, 'Di mana letak negara Vietnam?', 'id').found).toBe(false);
    expect(ask(text, 'Di manakah letak Norlandia?', 'id').value).toBe('Asia Tenggara');
  });

  it('does not say where that place lies (English)', () => {
    const text = 'Norland is a sovereign country located in Southeast Asia. Norland borders Myanmar in the west, Cambodia and Vietnam in the east, and Malaysia in the south.';
    expect(ask(text, 'Where is Cambodia located?', 'en').found).toBe(false);
    expect(ask(text, 'Where is Norland located?', 'en').value).toBe('Southeast Asia');
  });
});
