// /ask: a question in Indonesian or English goes to the answerer its question word asks for.
import { allTables, type QuestionKind } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import { lexicon } from '../text/lexicon.js';

/** Each question phrase (folded words, one space apart) and what it asks; the first table's kind where two tables share a phrase. */
const phraseKinds = new Map<string, QuestionKind>();
for (const [phrase, kind] of allTables.flatMap((t) => Object.entries(t.questionWords))) if (!phraseKinds.has(phrase)) phraseKinds.set(phrase, kind);
const longestPhrase = Math.max(1, ...[...phraseKinds.keys()].map((p) => p.split(' ').length));
/** Question phrases that open a relative clause when a who or when phrase comes before them ("Kapan … di mana …?"). */
const relativePhrases = new Set(allTables.flatMap((t) => t.relativeQuestionWords ?? []).map((p) => fold(p)));

/** What a question asks for, from its question word wherever it stands ("Budi itu siapa?"), but a relative "di mana" after it. */
export function classifyQuestion(question: string): QuestionKind | undefined {
  // The question's words, and each run of up to `longestPhrase` of them looked up as a phrase.
  const words = fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  let best: { kind: QuestionKind; at: number; length: number } | undefined;
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    let phrase = '';
    for (let n = 0; n < longestPhrase && i + n < words.length; n++) {
      phrase = n === 0 ? words[i]! : `${phrase} ${words[i + n]!}`;
      const kind = phraseKinds.get(phrase);
      // After a who or when phrase that ends before it, a relative phrase joins a clause and asks nothing
      // ("Apa nama kota di mana …?" still asks where).
      // "Kapan dan di mana?" asks both: after a joiner the phrase is a question of its own.
      const relative =
        best !== undefined && (best.kind === 'who' || best.kind === 'when') && best.at + best.length < at && relativePhrases.has(phrase) && !lexicon.listJoiners.has(words[i - 1] ?? '');
      if (kind === undefined || relative) continue;
      // The longest phrase wins; among equals, the earliest.
      if (!best || phrase.length > best.length) best = { kind, at, length: phrase.length };
    }
    at += words[i]!.length + 1;
  }
  return best?.kind;
}
