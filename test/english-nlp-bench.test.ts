// The English NLP comparison (npm run compare-english) scores every reader with the same rules:
// these tests hold those rules and the hand labels to what they claim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LABELS } from '../bench/english-labels.js';
import { candidateHit, core, countParagraph, overlaps, prf, sameText, type Counts } from '../bench/english-match.js';
import { parseArticle } from '../src/load/article.js';

describe('matching a found name or date with a gold answer', () => {
  it('sets aside an opening article or preposition, a possessive and punctuation', () => {
    expect(core('in the 1990s')).toEqual(['1990s']);
    expect(core("Britain's")).toEqual(['britain']);
    expect(sameText('on 20 June 2024', '20 June, 2024')).toBe(true);
    expect(sameText('the City council', 'Warsaw City Council')).toBe(false);
  });

  it('counts a name inside a longer answer, or a surname for a full name, only as overlapping', () => {
    expect(overlaps('Donald Tusk', 'Poland Prime Minister Donald Tusk')).toBe(true);
    expect(overlaps('Blinken', 'Antony Blinken')).toBe(true);
    expect(overlaps('Tusk Donald', 'Donald Tusk')).toBe(false);
    expect(candidateHit(['Donald Tusk'], ['Poland Prime Minister Donald Tusk'])).toEqual({ strict: false, loose: true });
    expect(candidateHit(['Einstein', 'Newton'], ['Albert Einstein', 'Einstein'])).toEqual({ strict: true, loose: true });
    expect(candidateHit([], ['Einstein'])).toEqual({ strict: false, loose: false });
  });

  it('scores one paragraph: a repeated name counts once, a name no label holds is a false positive', () => {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    countParagraph(['Kamikawa', 'Kamikawa.', 'Tokyo'], ['Yoko Kamikawa', 'Antony Blinken'], c);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(prf(c)).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});

describe('the hand labels of the English fixtures', () => {
  it('name only paragraphs the fixture has, with words written in that paragraph', () => {
    for (const { file, paragraphs } of FIXTURE_LABELS) {
      const article = parseArticle(file.replace(/\.txt$/u, ''), readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'));
      for (const [n, labels] of Object.entries(paragraphs)) {
        const text = article.paragraphs[Number(n) - 1]?.text;
        expect(text, `${file} ¶${n}`).toBeDefined();
        for (const label of [...labels.people, ...labels.places]) expect(text!.toLowerCase(), `${file} ¶${n}: ${label}`).toContain(label.toLowerCase());
      }
    }
  });
});
