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
 * Spellings of one sound, old and new, native and borrowed ("khianat" ~ "hianat", "syarat" ~
 * "sarat", "shampoo" ~ "sampo", "nafas" ~ "napas", "aktivitas" ~ "aktipitas"): each pair's first
 * is written as its second before two words are compared.
 */
export const soundSpellings: readonly (readonly [string, string])[] = [
  ['kh', 'h'], ['sy', 's'], ['sh', 's'], ['ph', 'f'], ['f', 'p'], ['v', 'p'], ['q', 'k'], ['dj', 'j'], ['tj', 'c'], ['oe', 'u'], ['ch', 'k'],
];
