// A who-question asking whose a thing is ("Aset siapa yang akan dibekukan Jepang?", "Whose assets will
// Japan freeze?", "Rumah itu milik siapa?"): the thing, as written. It asks for the thing's owner, not
// for whoever its passage names first.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';

const whoseWords = new Set(allTables.flatMap((t) => t.answerWords?.whoseWords ?? []));
const ownerWords = new Set(allTables.flatMap((t) => (t.answerWords?.ownerWords ?? []).filter((w) => !w.includes(' '))));
const whoWords = new Set(allTables.flatMap((t) => Object.entries(t.questionWords).filter(([p, k]) => k === 'who' && !p.includes(' ')).map(([p]) => fold(p))));
const stopWords = new Set(allTables.flatMap((t) => t.stopWords).map(fold));
/** Words of the thing: no function word, question word or owner word. */
const thingWord = (w: string): boolean => !stopWords.has(w) && !whoWords.has(w) && !whoseWords.has(w) && !ownerWords.has(w);

/** The thing a whose-question asks the owner of, as written; undefined when it asks no such thing. */
export function ownerAskedOf(text: string): string | undefined {
  const found = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  const raw = found.map((m) => m[0]);
  const words = raw.map(fold);
  // "whose assets": the words after it, up to a function word.
  const whose = words.findIndex((w) => whoseWords.has(w));
  let from = whose + 1;
  // "Aset siapa …", "Rumah itu milik siapa?": the words that open the question, before its who-word;
  // at most three, with no mark between ("Selain Lorem, siapakah …" asks who else, not whose).
  if (whose < 0) {
    const who = words.findIndex((w) => whoWords.has(w));
    if (who <= 0 || who > 3 || /[,;:]/u.test(text.slice(0, found[who]!.index))) return undefined;
    if (!thingWord(words[0]!) || !(thingWord(words[who - 1]!) || ownerWords.has(words[who - 1]!))) return undefined;
    from = 0;
  }
  // One word after "whose" (what follows may be the verb: "whose assets will …"); up to two before "siapa".
  const most = whose < 0 ? 2 : 1;
  let to = from;
  while (to < words.length && to - from < most && thingWord(words[to]!)) to++;
  if (to === from) return undefined;
  const thing = raw.slice(from, to).join(' ');
  // The question's first word is capitalised as any sentence's: "Aset siapa …" asks of "aset".
  return from === 0 && /^\p{Lu}\p{Ll}*$/u.test(raw[0]!) ? thing[0]!.toLowerCase() + thing.slice(1) : thing;
}
