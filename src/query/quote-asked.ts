// A what-question asking what someone said ("Apa kata Budi Hartono?", "Apa yang dikatakan Budi?",
// "What did Liam Fox say?"): whose words it asks for, as the asker wrote the name. Where the article
// quotes that person, such a question is answered as /quote of that name.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';

const sayWords = new Set(allTables.flatMap((t) => t.quoteQuestionWords ?? []).map(fold));
/** Words around the name that are the question's own: question words and function words. */
const questionOwn = new Set(allTables.flatMap((t) => [...Object.keys(t.questionWords).flatMap((p) => p.split(' ')), ...t.stopWords]).map(fold));

/** The name a what-question asks the words of, as written; undefined when it asks no one's words, or names no one beside its own words. */
export function quoteAskedOf(text: string): string | undefined {
  const words = text.split(/[^\p{L}\p{N}.'’-]+/u).map((w) => w.replace(/\.$/u, '')).filter((w) => w !== '');
  if (!words.some((w) => sayWords.has(fold(w)))) return undefined;
  const name = words.filter((w) => !sayWords.has(fold(w)) && !questionOwn.has(fold(w)));
  return name.length === 0 || name.length > 5 ? undefined : name.join(' ');
}
