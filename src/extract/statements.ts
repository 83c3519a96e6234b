// Reported speech: the sentences that say who said something ("X mengatakan, …", "…, kata X",
// "menurut X", "X said …"), with the speaker as the sentence writes them — a run of capitalised
// words, its role with it, past a dated aside or an apposition. /ask reads them for "Siapa yang
// mengatakan bahwa …?" (answer/said-by.ts); direct quotes are extract/quotes.ts's.
import { allTables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import { paragraphWords, type ParagraphWord as Word } from '../text/words.js';
import type { Article, ReportedSpeech } from '../types.js';

const invertedVerbs = new Set(allTables.flatMap((t) => [...(t.quoteWords?.invertedVerbs ?? t.speechVerbs)]));
const subjectVerbs = new Set(allTables.flatMap((t) => [...(t.quoteWords?.subjectVerbs ?? t.speechVerbs)]));
/** "menurut", "according to": the phrase's words, read where its last word stands. */
const accordingTo = allTables.flatMap((t) => (t.quoteWords?.accordingTo ?? []).map((p) => p.split(' ')));
const prepositions = new Set(allTables.flatMap((t) => t.quoteWords?.prepositions ?? []));
const fillers = new Set(allTables.flatMap((t) => t.quoteWords?.fillers ?? []));
/** "tanggung jawab": a noun ending in a speech verb, no cue. */
const verbNouns = new Set(allTables.flatMap((t) => t.quoteWords?.verbNouns ?? []));
const introducesSource = (words: readonly Word[], i: number): boolean =>
  accordingTo.some((p) => p.every((part, k) => words[i - p.length + 1 + k]?.norm === part));
/** Lower-case words inside a speaker's role ("Direktur Pelayanan dan Pendidikan", "Menteri of …"). */
const roleJoiners = new Set(['dan', 'of', 'and', 'the']);
/** Titles written in lower case inside a role ("Staf Medis drh Budi"). */
const titles = lexicon.speakerTitles;

const isCap = (w: Word | undefined): boolean => w !== undefined && !w.mark && w.cap;

/** The speaker written before a subject verb: the capitalised run, its role with it, past a dated aside ("X, Kamis (29/12), mengatakan"). */
function speakerBefore(words: readonly Word[], verb: number): [number, number] | undefined {
  let i = verb - 1;
  // Skip fillers, commas and a bracketed aside between the speaker and the verb.
  for (let depth = 0; i >= 0; i--) {
    const w = words[i]!;
    if (w.text === ')') depth++;
    else if (w.text === '(') depth--;
    else if (depth > 0 || w.text === ',' || fillers.has(w.norm)) continue;
    else if (!(isCap(w) && (words[i + 1]?.text === '(' || words[i + 1]?.text === ','))) break;
    else if (words[i + 1]?.text === '(' && !isCap(words[i - 1])) continue;
    else break;
  }
  // "Budi dalam siaran pers, Kamis (22/12), mengatakan": a phrase a preposition opens stands between.
  let p = i;
  while (p > 0 && i - p < 5 && !words[p]!.mark && !words[p]!.cap) p--;
  if (p < i && isCap(words[p]) && prepositions.has(words[p + 1]!.norm)) i = p;
  const last = i;
  if (!isCap(words[last])) return undefined;
  let first = last;
  for (let k = last - 1; k >= 0 && words[k]!.sentence === words[last]!.sentence; k--) {
    const w = words[k]!;
    if (isCap(w) || ((w.text === ',' || roleJoiners.has(w.norm)) && isCap(words[k - 1]))) first = k;
    else break;
  }
  // "Budi, aktivis Partai X, mengatakan", "Budi, seperti dikutip dari siaran pers Y, mengatakan": an
  // aside opened by a lower-case word is set off by commas; the speaker stands before it.
  let k = first - 1;
  while (k >= 0 && !words[k]!.mark && !words[k]!.cap) k--;
  if (k < first - 1 && words[k]?.text === ',' && isCap(words[k - 1])) return speakerBefore(words, k) ?? [first, last];
  // "Di Paris, Menteri …": a place phrase that opens the sentence is no part of the speaker.
  if (prepositions.has(words[first]!.norm) || ['di', 'in', 'at', 'dari', 'from'].includes(words[first]!.norm)) {
    const comma = words.findIndex((w, k) => k > first && k < last && w.text === ',');
    if (comma < 0) return undefined;
    first = comma + 1;
  }
  return [first, last];
}

/** The speaker written after an inverted verb or "menurut": "…, kata Kepala Dinas Budi", "said Ms Smith". */
function speakerAfter(words: readonly Word[], verb: number): [number, number] | undefined {
  let first = verb + 1;
  // "kata hakim Budi", "menurut salah satu murid Budi": a few lower-case words of a role before the name.
  let lower = first;
  while (lower < first + 4 && words[lower] && !words[lower]!.mark && !words[lower]!.cap && !lexicon.stopWords.has(words[lower]!.norm)) lower++;
  if (!isCap(words[lower])) return undefined;
  if (lower > first && !titles.has(words[lower - 1]!.norm)) first = lower;
  let last = lower;
  const joins = (w: Word | undefined): boolean => w !== undefined && (roleJoiners.has(w.norm) || titles.has(w.norm));
  for (;;) {
    if (isCap(words[last + 1]) || (joins(words[last + 1]) && isCap(words[last + 2]))) last++;
    // "Universitas X (UX) Makassar": an acronym in brackets inside the run.
    else if (words[last + 1]?.text === '(' && words[last + 3]?.text === ')' && isCap(words[last + 2]) && isCap(words[last + 4])) last += 4;
    else break;
  }
  // "menurut murid Teguh, Budi Santoso, …": the name set off after a run a lower-case role opens
  // ("kata Kolonel Budi, Asisten Operasi …," names first and sets off the role).
  if (lower > verb + 1 && words[last + 1]?.text === ',' && isCap(words[last + 2])) {
    let end = last + 2;
    while (isCap(words[end + 1])) end++;
    if (words[end + 1]?.text === ',') last = end;
  }
  return [first, last];
}

/** The speaker a sentence attributes its words to, as a span of its words: the first one it names. */
function speakerOf(words: readonly Word[]): [number, number] | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.mark || verbNouns.has(`${words[i - 1]?.norm} ${w.norm}`)) continue;
    const range = invertedVerbs.has(w.norm) || introducesSource(words, i) ? speakerAfter(words, i) ?? (subjectVerbs.has(w.norm) ? speakerBefore(words, i) : undefined) : subjectVerbs.has(w.norm) ? speakerBefore(words, i) : undefined;
    if (!range) continue;
    let [first, last] = range;
    while (words[first]!.mark) first++;
    while (words[last]!.mark) last--;
    if (first <= last) return [first, last];
  }
  return undefined;
}

/** Every sentence that reports what someone said ("X mengatakan, …", "…, kata X", "X said …"), with its speaker as written. */
export function extractStatements(article: Article): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const paragraph of article.paragraphs) {
    const sentences = new Map<number, Word[]>();
    for (const w of paragraphWords(paragraph)) (sentences.get(w.sentence) ?? sentences.set(w.sentence, []).get(w.sentence)!).push(w);
    for (const [sentence, words] of sentences) {
      const span = speakerOf(words);
      if (span) out.push({ paragraph: paragraph.n, sentence, start: words[span[0]]!.start, end: words[span[1]]!.end });
    }
  }
  return out;
}
