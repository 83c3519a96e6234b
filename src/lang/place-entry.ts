// The shape of a gazetteer entry, shared by the gazetteer's tables (places.ts, places-regions.ts,
// places-cities.ts) and the world's countries the name reader knows (places-world.ts).

export interface GazetteerEntry {
  /** The names in use: Indonesian, English, then other spellings, short forms and epithets. */
  readonly names: readonly string[];
  /** Words for its people or things ("Russian"): they mark a role, not a mention of the place. */
  readonly demonyms: readonly string[];
}

/** "Rusia|Russia|Federasi Rusia", "Russian|Russians" → an entry. */
export const entry = (names: string, demonyms = ''): GazetteerEntry => ({
  names: names.split('|'),
  demonyms: demonyms === '' ? [] : demonyms.split('|'),
});

/** "Lagos; Kano; Abuja" → one entry per place, each with its other names after "|" and no demonym. */
export const entries = (places: string): GazetteerEntry[] => places.split(';').map((p) => entry(p.trim()));
