// The shape of one language's words for deciding whether a passage supports a question
// (answer/support.ts); each language's table is in support-en.ts and support-id.ts.
export interface SupportWords {
  /** Words that frame a question and need no support in the passage ("letak", "nama"; "located"), lower case. */
  readonly frameWords: readonly string[];
  /**
   * Ordinals ("pertama", "kedua", "terakhir"; "first", "second", "last"), lower case: a passage that
   * writes the question's noun or verb with another ordinal beside it ("Adipati X pertama" for
   * "Adipati X terakhir") tells of another one.
   */
  readonly ordinals: readonly string[];
  /** Ordinals a passage may leave unsaid: the first is what a passage tells of by default ("pertama", "first"). */
  readonly impliedOrdinals: readonly string[];
  /** Ordinals past the first and words for the latest one ("terakhir", "last"): where the passage writes one, the first is not what it tells. */
  readonly laterOrdinals: readonly string[];
  /**
   * Words before a title that make it another office, by what they make of it (vice, former,
   * candidate, acting; the same kinds in every language): "Calon Wakil Gubernur X" does not answer
   * who the governor is, nor "deputy governor" who is the governor.
   */
  readonly roleModifiers: Readonly<Record<string, readonly string[]>>;
  /**
   * Words beside an event's noun that make it another of its kind ("serupa", "sebelumnya"; "similar",
   * "previous"): "banjir serupa terjadi pada 2020" does not tell when the flood the article reports happened.
   */
  readonly otherInstances: readonly string[];
  /** Words that set a named one aside ("selain", "kecuali"; "besides", "except"): "Who besides X …?" needs X named, not the word. */
  readonly exclusions: readonly string[];
  /**
   * Verbs too light to be what a question asks ("make", "take", "become"): "When did X make Y its
   * seat?" asks about the seat. Any other verb an English question asks about ("When did X invade
   * Y?") must be said by the passage, however long the question.
   */
  readonly lightVerbs: readonly string[];
  /** Words that negate what follows ("tidak", "bukan"; "not", "never"), lower case. */
  readonly negations: readonly string[];
  /**
   * Concepts: words that say the same thing, as roots or as written (affixed forms match through the
   * language's affix rules: "lahir" holds "dilahirkan", "kelahiran"). A question word of a concept is
   * supported by any word of that concept in the passage.
   */
  readonly concepts: Readonly<Record<string, readonly string[]>>;
  /**
   * Words a passage may tell a concept by (keyed as in `concepts`), one way only: "lahirnya" of an
   * organisation tells its founding, but a question's "lahir" asks about a birth, not a founding.
   */
  readonly toldBy: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that share a root with a question word but not its meaning, keyed by the question word
   * (as a root: its affixed forms count): "meninggal" (to die) is not said by "meninggalkan" (to
   * leave) or "tinggal" (to live somewhere); "berdiri" (founded) not by "dirinya" (himself).
   */
  readonly falseFriends: Readonly<Record<string, readonly string[]>>;
  /**
   * Pairs of words that say opposite things ("timur" / "barat", "earlier" / "later"): a question
   * word the passage leaves unsaid while writing its opposite there is contradicted.
   */
  readonly opposites: readonly (readonly [string, string])[];
  /** Forms of one irregular word, space-separated ("take took taken"): each says the others. */
  readonly irregular: readonly string[];
  /** Irregular verbs that help another verb and tell no event of their own ("be", "have", "do"): their past forms are no past event. */
  readonly auxiliaries: readonly string[];
  /**
   * Words a passage may use for a question word, one way only: "ibu" is supported by "putri dari"
   * (a mother is named as a child's parent), but "putri" is no mother. Keyed by the question word.
   */
  readonly supportedBy: Readonly<Record<string, readonly string[]>>;
  /**
   * The words of roles and titles, by concept shared across the languages' tables ("minister":
   * "menteri", "minister"; "police": "polisi", "Kapolres", "police"): words of one concept support
   * each other, as concepts do, so "Who is the police chief?" finds "Kepala Polres …".
   */
  readonly roles: Readonly<Record<string, readonly string[]>>;
  /**
   * Words a passage must write (or say with a word of the same concept) for the question to be
   * answered, whatever else it says: comparisons and superlatives ("sebelum", "paling"; "before",
   * "most"). Names, numbers, ordinals past the first and words shaped like verbs are such words too.
   */
  readonly keyWords: readonly string[];
  /**
   * Words of events that undo or end another ("bubar", "tutup", "larang", "hancur"; "abolished",
   * "banned"), as roots: a question about such an event is never answered by a passage that tells of
   * the event it undoes ("Kapan X dibubarkan?" of "X didirikan pada …").
   */
  readonly reversals: readonly string[];
  /** Prefixes and suffixes that make a word a verb or an event ("di", "me", "ber", "ter"; "ed", "est"), lower case. */
  readonly eventPrefixes: readonly string[];
  readonly eventSuffixes: readonly string[];
  /** Prefixes written glued to a word of their own ("pascakenaikan" is after a "kenaikan"): the word is read without them too. */
  readonly gluedPrefixes: readonly string[];
  /**
   * Prepositions that open a phrase of context in a question ("di", "pada", "dalam", "untuk"; "in",
   * "at", "during"): what they say narrows the question, and a passage may leave it to the article's
   * own context — unless it says something else in its place.
   */
  readonly contextWords: readonly string[];
  /** Words after which a year or a day is the start of what the question asks about ("sejak", "since"). */
  readonly startWords: readonly string[];
  /**
   * Words of a record ("terparah", "pertama"; "worst", "first"), lower case: an event told as the
   * worst or the first since a date ("the worst floods since December 2015") is compared with an
   * earlier one, and that date is not its own.
   */
  readonly recordWords: readonly string[];
  /**
   * Words that tell what one side asked for, not what was given ("tuntutan", "menuntut"; "sought",
   * "demanded"): prosecutors seek a sentence, a court hands one down (lang/support.ts grantedConcepts).
   */
  readonly soughtWords: readonly string[];
  /** The start words of such a comparison ("sejak"; "since"): not "dari", "from", which start spans of the event itself. */
  readonly sinceWords: readonly string[];
  /** Words that close or hold a span of time ("hingga", "antara"; "until", "between"): a date after one is an end of the span, not of an event before it. */
  readonly spanWords: readonly string[];
  /** Nouns of an amount written before what they count ("jumlah pengunjung", "the number of visitors"): the number later in the clause ("… dibatasi 2.000 orang") is that count. */
  readonly amountWords: readonly string[];
  /**
   * A sum of money: what a how-much question asks of it (nouns "pendapatan", "harga"; "earnings",
   * "price"), the verbs telling it ("meraih", "meraup"; "earned", "grossed"), and how an amount is
   * written: a sign before its digits ("Rp", "US$"; "$") or a word after them ("dolar"; "dollars").
   */
  readonly money: { readonly nouns: readonly string[]; readonly verbs: readonly string[]; readonly signs: readonly string[]; readonly units: readonly string[] };
  /** Words that open a reported clause after a verb of saying ("mengatakan bahwa …", "said that …"). */
  readonly complementisers: readonly string[];
  /**
   * Words that name someone by who they are to someone or something ("ibu", "pendiri", "penulis";
   * "mother", "founder"): a where-question of such a word and names alone ("Di mana pendiri X?")
   * asks where a person is, which a passage does not tell by a place it names.
   */
  readonly personWords: readonly string[];
  /** Words that join a clause to the one before ("dan", "lalu"; "and", "then"): an event after one is not the one before it. */
  readonly clauseJoins: readonly string[];
  /** Words of a question about an end ("berakhir", "runtuh"; "ended"): a span of years answers with its end. */
  readonly endWords: readonly string[];
}
