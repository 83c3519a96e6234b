// How central a person, place or passage is to its article — named in the headline, in the lede,
// often, quoted — which does not depend on the query, so the name index works it out once per
// article when the library is built (index/names.ts) and answers only read it.
import { findAll } from '../text/find.js';
import { fold } from '../text/normalize.js';

export interface Presence {
  /** Paragraphs naming the subject, ascending. */
  readonly paragraphs: readonly number[];
  /** The names it goes by. */
  readonly forms: readonly string[];
  /** Whether the article quotes it (a person). */
  readonly quoted?: boolean;
}

/**
 * How central a person, place or passage is to its article, 0–8: named in the headline (3), in the
 * lede (2; the second paragraph 1), how often it is named (up to 2, at five paragraphs), quoted (1).
 * `headline` is folded (overview.headlines).
 */
export function centrality(headline: string, { paragraphs, forms, quoted = false }: Presence): number {
  return centralityOf(
    forms.some((f) => inHeadline(headline, f, fold(f))),
    paragraphs,
    quoted,
  );
}

/** Whether the folded headline names a form (`folded`: the form folded), as centrality() asks it. */
export function inHeadline(headline: string, form: string, folded: string): boolean {
  // includes() first: most names are not in the headline, and findAll makes an array per call.
  return form.length > 1 && headline.includes(folded) && findAll(headline, folded).length > 0;
}

/** centrality() once it is known whether the headline names the subject (the name index folds each form once). */
export function centralityOf(named: boolean, paragraphs: readonly number[], quoted: boolean): number {
  const first = paragraphs[0];
  const lede = first === 1 ? 2 : first === 2 ? 1 : 0;
  return (named ? 3 : 0) + lede + 2 * Math.min(1, paragraphs.length / 5) + (quoted ? 1 : 0);
}
