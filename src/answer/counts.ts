// Does a passage give the count asked for? For "Berapa warga …?" / "How many ships …?": a number in
// digits or words ("1.200 warga", "about 300 ships", "ratusan rumah"; one in "seorang pilot", "a pilot") right before the counted word,
// in the hit's best sentence; the digits of a date ("Selasa (4/3/2025)", "in 2002") are no count.
// Of several that do, the one saying more of the question counts what was asked: "Berapa orang
// tewas …?" is told by "tiga orang meninggal dunia", not by "mengevakuasi tiga orang". Where none
// does, a number a few words after the word tells it ("tarif PPN … menjadi 9,1 persen", "the price
// rose to $5"); a passage with neither tells no count, and the question is not answered.
import type { SearchHit } from '../index/search.js';
import { allTables } from '../lang/index.js';
import { amountWords } from '../query/concepts.js';
import { lexicon } from '../text/lexicon.js';
import { fold } from '../text/normalize.js';
import { paragraphWords } from '../text/words.js';
import { says } from './written.js';

/** How many words may stand between the number and the counted word ("300 container ships", "82% of members"). */
const GAP = 2;

/** How far after the counted word a number may tell its amount ("tarif PPN hasil tembakau ke angka 9,1 persen"). */
const AFTER = 8;

/** How far after an amount's counted word ("jumlah pengunjung …", "the number of visitors …") its number may stand, within the clause. */
const AFTER_AMOUNT = 16;

/** The same word, or its plural or affixed form ("ship" / "ships", "warga" / "warganya"). */
const sameWord = (word: string, counted: string): boolean => word === counted || (counted.length >= 4 && (word.startsWith(counted) || counted.startsWith(word)) && Math.abs(word.length - counted.length) <= 3);

/** A sentence giving the count right before the counted word outranks any that only holds a number. */
const BEFORE_THE_WORD = 1000;

/**
 * The sentence of a hit's paragraph that best gives the count of `counted` the question asks for,
 * with its score: 0 where no sentence holds a number, else one for each of the question's other
 * words (`terms`) the sentence says (as written, affixed, or by a word of the same concept), plus
 * one, plus BEFORE_THE_WORD where the number stands right before the counted word. Of equals, the
 * sentence the search chose, then the first.
 */
export function countScoreOf(counted: string, terms: readonly string[]): (hit: SearchHit) => { readonly score: number; readonly hit: SearchHit } {
  const countOf = countPlaceOf(counted);
  const others = terms.filter((t) => t !== counted);
  return (hit) => {
    const paragraph = hit.entry.article.paragraphs[hit.paragraph - 1]!;
    const words = paragraphWords(paragraph);
    const own = hit.sentence ?? 0;
    let best = { score: 0, hit };
    for (const sentence of [own, ...paragraph.sentences.keys()]) {
      const at = { ...hit, sentence };
      const place = countOf(at);
      if (place === undefined) continue;
      const said = words.filter((w) => w.sentence === sentence);
      const score = (place === 'before' ? BEFORE_THE_WORD : 0) + 1 + others.filter((t) => says(t, said)).length;
      if (score > best.score) best = { score, hit: at };
    }
    return best;
  };
}

/**
 * Where the hit's sentence gives a number (not a date's) for `counted`: right before it ("900 warga"),
 * else a few words after it ("tarif … menjadi 9,1 persen"), else nowhere (undefined).
 */
function countPlaceOf(counted: string): (hit: SearchHit) => 'before' | 'after' | undefined {
  const noun = fold(counted);
  return (hit) => {
    const paragraph = hit.entry.article.paragraphs[hit.paragraph - 1];
    const sentence = paragraph && (paragraph.sentences[hit.sentence ?? 0] ?? paragraph.sentences[0]);
    if (!paragraph || !sentence) return undefined;
    // The sentence's words with their offsets; a word inside a date the article writes is no number.
    const dates = hit.entry.understanding.dates.filter((d) => d.paragraph === hit.paragraph);
    const inDate = (at: number): boolean => dates.some((d) => at >= d.offset && at < d.offset + d.text.length);
    const words = [...paragraph.text.slice(sentence.start, sentence.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,%]*/gu)].map((m) => ({
      word: fold(m[0].replace(/[.,]+$/, '')),
      at: sentence.start + m.index,
    }));
    // The counted word after a noun of its amount ("jumlah pengunjung", "number of visitors"): its number may stand further on in the clause.
    const amountAt = (j: number): boolean => amountWords.has(words[j - 1]?.word ?? '') || (words[j - 1]?.word === 'of' && amountWords.has(words[j - 2]?.word ?? ''));
    const sameClause = (from: number, to: number): boolean => !/[,;:]/.test(paragraph.text.slice(words[from]!.at, words[to]!.at));
    let place: 'after' | undefined;
    for (let i = 0; i < words.length; i++) {
      const { word, at } = words[i]!;
      // "seorang pilot", "a pilot", "a single pilot": one of it, only right before it.
      if (lexicon.oneOf.has(word) && words.slice(i + 1, i + 3).some((w, k) => sameWord(w.word, noun) && (k === 0 || lexicon.oneOf.has(words[i + 1]!.word)))) return 'before';
      if (!((/^\d/.test(word) && !inDate(at)) || lexicon.countWords.has(word))) continue;
      if (words.slice(i + 1, i + 2 + GAP).some((w) => sameWord(w.word, noun))) return 'before';
      if (words.slice(Math.max(0, i - AFTER), i).some((w) => sameWord(w.word, noun))) place = 'after';
      const reach = Math.max(0, i - AFTER_AMOUNT);
      if (words.slice(reach, i).some((w, k) => sameWord(w.word, noun) && amountAt(reach + k) && sameClause(reach + k, i))) place = 'after';
    }
    return place;
  };
}

/** Question phrases that ask how long ("berapa lama", "how long"), and the units a length of time is counted in ("tahun", "years"). */
const durationPhrases = allTables.flatMap((t) => t.dateWords?.askDuration ?? []).map((p) => fold(p));
const durationUnits = [...new Set(allTables.flatMap((t) => Object.keys(t.dateWords?.units ?? {})))];

/** The words of a question that ask how long, if it does ("Berapa lama hukumannya?": "lama"); else undefined. */
export function durationAsked(question: string): readonly string[] | undefined {
  const text = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const phrase = durationPhrases.find((p) => text.includes(` ${p} `));
  return phrase === undefined ? undefined : phrase.split(' ');
}

/**
 * "Berapa lama …?", "How long …?": the sentence that best gives a number of days, months or years
 * (countScoreOf of each unit), scored on the question's other words (`terms`, past those asking how long).
 */
export function durationScoreOf(terms: readonly string[]): (hit: SearchHit) => { readonly score: number; readonly hit: SearchHit } {
  const scores = durationUnits.map((unit) => countScoreOf(unit, terms));
  return (hit) => scores.map((s) => s(hit)).reduce((a, b) => (b.score > a.score ? b : a));
}
