// extract: the classes names.ts gives each word of a capitalised run, and the letter each is written with.

/** One letter per class, as NameRun.classes spells them; upper case when the word is a known place, outlet or the dateline. */
export const WORD_CLASSES = {
  name: 'n',
  initial: 'i',
  rank: 'r',
  title: 't',
  role: 'l',
  organisation: 'g',
  acronym: 'a',
  other: 'x',
} as const;

export type WordClass = keyof typeof WORD_CLASSES;
