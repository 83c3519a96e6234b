// How one word is made from another beyond the inflecting affixes of text/similarity.ts (answer/variants.ts
// reads a question word through them): the suffixes that make a person, a doctrine, a process or a land
// from a noun, and the spellings a language writes one sound with.

/**
 * Suffixes that derive a noun from a noun or an adjective, kept apart from the inflecting ones: "fisika"
 * → "fisikawan" (a physicist), "protestan" → "protestanisme", "digital" → "digitalisasi", "Babilon" →
 * "Babilonia"; English "physic" → "physicist", "Buddha" → "Buddhism".
 */
export const derivingSuffixes: readonly string[] = [
  // Indonesian: a person who practises it, a doctrine, a follower, a process, a land or its adjective.
  'wan', 'wati', 'man', 'isme', 'is', 'isasi', 'ia', 'iah', 'iyah', 'wi',
  // English.
  'ist', 'ists', 'ism', 'ian', 'ians', 'ic', 'ical', 'ics',
];

/**
 * Those of them that make a land or a realm of a people's or a place's name, or its adjective: "Mongol" →
 * "Mongolia", "Sumer" → "Sumeria", "Roma" → "Romawi"; English "Babylon" → "Babylonian". A name written
 * with one of them is the same name (answer/variants.ts); a person's ("Marxis") is not.
 */
export const landSuffixes: readonly string[] = ['ia', 'iah', 'iyah', 'wi', 'ian'];

/**
 * Spellings of one sound, old and new, native and borrowed ("khianat" ~ "hianat", "syarat" ~
 * "sarat", "shampoo" ~ "sampo", "nafas" ~ "napas", "aktivitas" ~ "aktipitas"): each pair's first
 * is written as its second before two words are compared.
 */
export const soundSpellings: readonly (readonly [string, string])[] = [
  ['kh', 'h'], ['sy', 's'], ['sh', 's'], ['ph', 'f'], ['f', 'p'], ['v', 'p'], ['q', 'k'], ['dj', 'j'], ['tj', 'c'], ['oe', 'u'], ['ch', 'k'],
];

/**
 * Ordinals by their number, in both languages: a name's number may be written either way ("Perang
 * Salib 1" ~ "Perang Salib Pertama", "Part 2" ~ "Part Two" ~ "Second Part" is not: only beside the same word).
 */
export const ordinalNumbers: Readonly<Record<string, number>> = {
  pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
