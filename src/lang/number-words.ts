// How Indonesian writes a number in words (answer/number-phrases.ts reads them): units, the words
// that multiply what stands before them, "belas" (ten and …), and "se-", one of what follows
// ("dua puluh lima" 25, "tiga belas" 13, "seratus" 100, "dua ratus ribu" 200,000, "sejuta" 1,000,000).

export const unitWords: Readonly<Record<string, number>> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};

/** "belas": ten and the unit before it ("tiga belas" 13). */
export const teenWord = 'belas';

/** Multipliers of the group before them: "puluh" and "ratus" within a thousand, the others of all before them. */
export const smallMultipliers: Readonly<Record<string, number>> = { puluh: 10, ratus: 100 };
export const largeMultipliers: Readonly<Record<string, number>> = { ribu: 1_000, juta: 1_000_000, miliar: 1_000_000_000, milyar: 1_000_000_000, triliun: 1_000_000_000_000 };

/** "se-" before a multiplier or "belas" is one ("sepuluh", "sebelas", "seratus", "seribu", "sejuta"). */
export const onePrefix = 'se';
