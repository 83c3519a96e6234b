// Demonstratives that close a noun phrase and point back to a thing named before ("film ini",
// "candi yang dibangun tahun 809 itu", "proyek tersebut"): answer/name-references.ts reads a
// paragraph that opens with one as telling of a thing named before it.

/** Indonesian demonstratives, written after the noun and any clause on it. */
export const trailingDemonstratives: readonly string[] = ['ini', 'itu', 'tersebut'];
