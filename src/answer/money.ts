// How much money? "Berapa pendapatan film itu?", "How much did the film earn?": asked by a noun of a
// sum ("pendapatan", "harga"; "earnings", "price") or a verb telling one ("meraup"; "earned"), and
// answered by a sentence writing an amount ("US$ 816 juta", "Rp 10,8 triliun", "$5 million") that
// says such a noun or verb (the article's "meraih lebih dari US$ 816 juta" supports "pendapatan").
// A count of what the noun names ("sebuah film") is no answer to it (lang/support-*.ts `money`).
import type { SearchHit } from '../index/search.js';
import { moneyTables } from '../query/concepts.js';
import { escapeRegExp } from '../text/find.js';
import { fold } from '../text/normalize.js';
import { paragraphWords } from '../text/words.js';
import type { Preference } from './search.js';
import { says } from './written.js';

const signs = [...new Set(moneyTables.flatMap((m) => m.signs))].sort((a, b) => b.length - a.length).map(escapeRegExp);
const units = [...new Set(moneyTables.flatMap((m) => m.units))].map(escapeRegExp);

/** An amount of money as written: a sign before digits ("US$ 816", "Rp10,8", "$5"), or digits before a currency word, maybe through "juta"/"million" ("816 juta dolar", "5 million dollars"). */
const amount = new RegExp(`(?:(?<![\\p{L}])(?:${signs.join('|')})\\s?\\d)|(?:\\d[\\d.,]*\\s+(?:\\p{L}+\\s+)?(?:${units.join('|')})(?![\\p{L}]))`, 'iu');

/** The nouns and verbs of a sum of money, as the tables write them. */
const moneyNouns = new Set(moneyTables.flatMap((m) => m.nouns).map((w) => fold(w)));
const moneyVerbs = new Set(moneyTables.flatMap((m) => m.verbs).map((w) => fold(w)));
const moneyWords = [...new Set([...moneyNouns, ...moneyVerbs])];

/** The question's words that ask a sum of money ("pendapatan"; "earn"), none where it asks none. */
export function moneyAsked(terms: readonly string[]): readonly string[] {
  return terms.filter((t) => moneyNouns.has(t) || moneyVerbs.has(t));
}

/** Does a sentence's text write an amount of money? */
export const writesAmount = (text: string): boolean => amount.test(text);

/**
 * The sentence of a hit's paragraph that best tells the sum asked: one writing an amount and a noun
 * or verb of money (the question's `asked`, as written or by its concept, or any of the tables'),
 * scored one more for each of the question's other words (`terms`) it says; 0 where none does.
 */
export function moneyScoreOf(asked: readonly string[], terms: readonly string[]): (hit: SearchHit) => Preference {
  const others = terms.filter((t) => !asked.includes(t));
  return (hit) => {
    const paragraph = hit.entry.article.paragraphs[hit.paragraph - 1]!;
    const words = paragraphWords(paragraph);
    const own = hit.sentence ?? 0;
    let best: Preference = { score: 0, hit };
    for (const sentence of [own, ...paragraph.sentences.keys()]) {
      const span = paragraph.sentences[sentence];
      if (!span || !writesAmount(paragraph.text.slice(span.start, span.end))) continue;
      const said = words.filter((w) => w.sentence === sentence);
      const ofMoney = [...asked, ...moneyWords].some((t) => says(t, said));
      if (!ofMoney) continue;
      const score = 1 + others.filter((t) => says(t, said)).length;
      if (score > best.score) best = { score, hit: { ...hit, sentence } };
    }
    return best;
  };
}
