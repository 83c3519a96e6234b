// Facts of Indonesian word-building and spelling that the inflecting affixes of lang/id.ts do not
// state (answer/roots.ts reads a question word through them): where meN- and peN- keep no nasal,
// the confixes round a root, the clitic pronouns, and the spellings before the 1972 reform.

/**
 * Initials of roots before which meN- and peN- are written me-, pe- (the nasal falls away): "raih" →
 * "meraih", "peraih"; "lari" → "pelari"; "nanti" → "menanti"; "warna" → "mewarnai"; "yakin" →
 * "meyakini". A root of four letters after these prefixes is a root ("pe|raih", "me|lamar").
 */
export const nasalLessInitials: readonly string[] = ['l', 'r', 'm', 'n', 'w', 'y'];

/** The prefixes that keep no nasal before those initials. */
export const nasalLessPrefixes: readonly string[] = ['me', 'pe', 'di', 'ter', 'ber', 'per', 'ke'];

/**
 * The noun-making confixes (peN-…-an, per-…-an, ke-…-an) close with "-an": "pe-nangkap-an" is the
 * catching of "tangkap", "pe-milik-an" the owning of "milik". Their prefixes and their ends, which
 * come off together; a verb's "-kan" and "-i" do not, for they change what the verb says
 * ("menurunkan harga" lowers the price; "harga turun" is the price falling).
 */
export const nounPrefixes: readonly string[] = ['pe', 'pem', 'pen', 'peng', 'peny', 'per', 'ke'];
export const confixEnds: readonly string[] = ['an', 'annya'];
/**
 * A verb's locative "-i" under a prefix ("mengunjungi", "didatangi") and the noun "-an" of its root
 * ("kunjungan", "kedatangan": a confix end, `confixEnds`) tell one event: the visit of "kunjungan X" is X visiting. Only this
 * pair: the "-i" verb is not its bare root ("menduduki" occupies, "duduk" sits).
 */
export const locativeEnd = 'i';
/** Verb prefixes written before the root as it is ("didatangi", "mendatangi", "membangun"). */
export const verbPrefixes: readonly string[] = ['di', 'mem', 'men', 'meng', 'menge'];

/** Clitic pronouns written onto a word: before ("kuambil", "kauambil") and after ("bukuku", "rumahmu"). */
export const proclitics: readonly string[] = ['ku', 'kau'];
export const enclitics: readonly string[] = ['ku', 'mu'];

/**
 * Spellings before the 1972 reform (EYD) and before 1947 (van Ophuijsen), each with its writing today:
 * "Djakarta" → "Jakarta", "tjari" → "cari", "njanji" → "nyanyi", "sjarat" → "syarat", "achir" →
 * "akhir", "Soeharto" → "Suharto", "jang" → "yang". In that order: "dj" is read before "j".
 */
export const oldSpellings: readonly (readonly [string, string])[] = [
  ['dj', '\u0001'], ['tj', 'c'], ['nj', 'ny'], ['sj', 'sy'], ['ch', 'kh'], ['oe', 'u'], ['j', 'y'], ['\u0001', 'j'],
];

/**
 * Letters that non-standard spelling writes for one another in borrowed words: "jaman" for "zaman",
 * "ijin" for "izin", "fikir" for "pikir" (a word is compared with each first letter written as its second).
 */
export const looseLetters: readonly (readonly [string, string])[] = [['z', 'j']];
