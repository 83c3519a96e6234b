// Names of things that are never a person's: a word shaped like a brand's.

/**
 * "PayPal", "GeoNet", "SteelSeries", "BlackBerry": a word with a capital inside it, after three or more
 * letters, is a brand's or a product's; a person's name is not written so, but for the prefixes
 * of a family name ("McIntyre", "MacDowel") and two-letter ones ("DeShawn", "LeFou", "DiCaprio").
 */
export const brandShaped = (text: string): boolean => /^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(text) && !/^Ma?c\p{Lu}/u.test(text);
