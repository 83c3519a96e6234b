// A what-question asking for someone's office ("Apa jabatan Budi Hartono?", "Budi menjabat sebagai
// apa?", "What is Liam Fox's job?"): who it asks about, as the asker wrote the name. Such a question
// is answered as /who of that name, which gives the person with their role.
import { allTables } from '../lang/index.js';
import { fold } from '../text/normalize.js';

const roleWords = new Set(allTables.flatMap((t) => t.roleQuestionWords ?? []).map(fold));
/** Words around the name that are the question's own: question words, function words and the tables' fillers. */
const questionOwn = new Set(
  allTables.flatMap((t) => [...Object.keys(t.questionWords).flatMap((p) => p.split(' ')), ...t.stopWords, ...(t.roleQuestionFillers ?? [])]).map(fold),
);

/**
 * The name a what-question asks the office of, as written (its other words dropped); undefined
 * when the question asks no office, or names no one beside its own words.
 */
export function roleAskedOf(text: string): string | undefined {
  const words = text.replace(/['’]s\b/gu, ' ').split(/[^\p{L}\p{N}.'’-]+/u).filter((w) => w !== '');
  if (!words.some((w) => roleWords.has(fold(w)))) return undefined;
  const name = words.filter((w) => !roleWords.has(fold(w)) && !questionOwn.has(fold(w)));
  return name.length === 0 || name.length > 5 ? undefined : name.join(' ');
}
