// How an English word of Latin or Greek stock is spelt in Indonesian, and back: news in both languages
// writes the same loanwords ("evacuation" ~ "evakuasi", "recommended" ~ "merekomendasikan",
// "investigation" ~ "investigasi", "community" ~ "komunitas"). Read by src/query/cognates.ts, which
// applies them to a question word no table translates; the result counts only where an article writes it.

/** English endings and the Indonesian endings they are spelt with, the longest that fits is read. */
export const cognateEndings: readonly (readonly [en: string, id: string])[] = [
  ['isation', 'isasi'], ['ization', 'isasi'], ['ation', 'asi'], ['ition', 'isi'], ['ution', 'usi'], ['ction', 'ksi'],
  ['ssion', 'si'], ['sion', 'si'], ['tion', 'si'], ['ity', 'itas'], ['ism', 'isme'], ['ist', 'is'], ['ical', 'is'],
  ['ic', 'ik'], ['ize', 'isasi'], ['ise', 'isasi'], ['ate', 'asi'], ['ment', 'men'], ['ive', 'if'], ['logy', 'logi'],
  ['graphy', 'grafi'], ['ency', 'ensi'], ['ancy', 'ansi'], ['ence', 'ensi'], ['ance', 'ansi'], ['ure', 'ur'], ['acy', 'asi'], ['omic', 'omi'], ['omy', 'omi'],
];

/** An English verb without such an ending is spelt in Indonesian as its noun in -asi ("recommend" ~ "rekomendasi"). */
export const verbNounEnding: readonly [en: string, id: string] = ['', 'asi'];

/** English inflections stripped before the endings are read ("evacuated", "investigating", "communities"). */
export const englishInflections: readonly string[] = ['ies', 'ing', 'ed', 'es', 's'];

/** English letters and the Indonesian letters they are spelt with, in order ("c" before e, i, y is "s"; else "k"). */
export const cognateSpellings: readonly (readonly [en: string, id: string])[] = [
  ['t(?=i[aeou])', 's'], ['ph', 'f'], ['th', 't'], ['qu', 'kw'], ['ck', 'k'], ['x', 'ks'], ['c(?=[eiy])', 's'], ['c', 'k'], ['y', 'i'],
];

/** Indonesian affixes stripped before a word is spelt back ("dievakuasi", "merekomendasikan"). */
export const indonesianPrefixes: readonly string[] = ['mem', 'men', 'meng', 'me', 'di', 'ber', 'ter', 'pe'];
export const indonesianSuffixes: readonly string[] = ['kan', 'nya', 'i'];
