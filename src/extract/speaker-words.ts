// extract: what each word of an attribution clause is, by the language tables: a title or an
// honorific, a role word, an organisation or place word, a known place or outlet, an acronym, a date
// or number, a lower-case word, or what is left and capitalised: a name (speaker-names.ts reads the
// classes into the person an attribution names).
import { outletSpans, placeSpans } from '../text/known-names.js';
import { hasRoleAffix, lexicon } from '../text/lexicon.js';
import type { Word } from '../text/words.js';
import type { NameScope } from './speaker-scope.js';

export type Kind = 'name' | 'initial' | 'particle' | 'title' | 'honorific' | 'role' | 'org' | 'place' | 'known' | 'lower' | 'mark';

export interface Classed {
  readonly word: Word;
  readonly kind: Kind;
}

/**
 * Right after a speech verb, a capitalised function word is a name: no sentence starts there, so the
 * capital is the name's ("tutur Lalu", "kata Hari", "ujar Sih Wahyudi", "said Will"), never a
 * pronoun, determiner or demonstrative ("kata Dia", "according to The Times"). So is a word of a
 * body's name standing alone ("kata Agung"): no body's name is that one word. Letters alone ("kata
 * MK", "pesan JK") may be a body or a person: left as they are.
 */
function functionWordName(w: Word, next: Word | undefined, scope: NameScope): boolean {
  if (!w.cap || lexicon.pronouns.has(w.norm) || lexicon.personalPronouns.has(w.norm) || scope.determiners.has(w.norm) || scope.demonstratives.has(w.norm)) return false;
  if (!w.acronym && (lexicon.stopWords.has(w.norm) || lexicon.fillers.has(w.norm) || lexicon.leadWords.has(w.norm))) return true;
  const alone = next === undefined || next.mark || !next.cap;
  const bodyWord = lexicon.organisationWords.has(w.norm) || lexicon.placeWords.has(w.norm) || hasRoleAffix(w.norm) || scope.titles.has(w.norm);
  return alone && !bodyWord && w.acronym !== true && lexicon.roleWords.has(w.norm);
}

/** Class every word of a clause. Known places and outlets are found in the clause text itself. */
export function classify(text: string, words: readonly Word[], scope: NameScope, afterVerb: boolean): Classed[] {
  const known = [...placeSpans(text), ...outletSpans(text)];
  const out: Classed[] = [];
  const first = words.findIndex((w) => !w.mark);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (afterVerb && i === first && functionWordName(w, words[i + 1], scope)) {
      out.push({ word: w, kind: 'name' });
      continue;
    }
    const push = (kind: Kind, n = 1): void => {
      for (let k = 0; k < n; k++) out.push({ word: words[i + k]!, kind });
      i += n - 1;
    };
    if (w.mark) push('mark');
    else if (/\p{N}/u.test(w.text)) push('role');
    // A known place or outlet, or a web address ("Kompas.id", "Warta.com").
    else if (known.some((s) => w.start >= s.start && w.end <= s.end) || /\p{L}\.(?:com|co|id|net|org|tv)$/iu.test(w.text)) push('known');
    else if (scope.honorifics.has(w.norm)) push('honorific');
    else if (scope.titles.matchAt(words, i) > 0) push('title', scope.titles.matchAt(words, i));
    // "Co-founder", "ex-chief", "Vice-President": a title after a hyphen.
    else if (/-/.test(w.norm) && scope.titles.has(w.norm.split('-').pop()!)) push('title');
    else if (w.cap && lexicon.organisationWords.matchAt(words, i) > 0) push('org', lexicon.organisationWords.matchAt(words, i));
    else if (w.cap && lexicon.placeWords.matchAt(words, i) > 0) push('place', lexicon.placeWords.matchAt(words, i));
    else if (!w.cap) push(lexicon.nameParticles.has(w.norm) ? 'particle' : (lexicon.roleWords.has(w.norm) || hasRoleAffix(w.norm)) && !lexicon.stopWords.has(w.norm) ? 'role' : 'lower');
    else if (/^\p{Lu}$/u.test(w.text) || /^\p{Lu}\.$/u.test(w.text)) push('initial');
    else if (
      // A brand written with a capital inside ("MotoGP", "YouTube"), not "McMenemy" or "MacDonald".
      (/^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(w.text) && !/^Mac/.test(w.text)) || scope.affixed(w.norm) || scope.body?.(w.norm) === true ||
      w.acronym || lexicon.roleWords.has(w.norm) || hasRoleAffix(w.norm) || lexicon.demonyms.has(w.text) ||
      lexicon.calendar.has(w.norm) || lexicon.stopWords.has(w.norm) || lexicon.pronouns.has(w.norm) || lexicon.leadWords.has(w.norm) ||
      lexicon.fillers.has(w.norm) || lexicon.personalPronouns.has(w.norm) || lexicon.speechVerbs.has(w.norm) || lexicon.accordingTo.has(w.norm) ||
      /^[IVX]+$/.test(w.text) || /\p{L}['’]s$/u.test(w.text) // a possessive ("the GMB's regional secretary") owns the role
    )
      push('role');
    else push('name');
  }
  return out;
}
