// The words that shape short answers to open questions (answer/): one language's part of its table (tables.ts).

export interface AnswerWords {
  /** Ranks and honorifics kept in front of a name in a short answer ("kolonel", "haji", "colonel"),
   * lower case. Job titles ("presiden", "menteri") are not kept: they are the role, not the name. */
  readonly ranks: readonly string[];
  /** Academic and noble titles a short answer keeps with the name, though they are titles to the name
   * reader ("dr", "prof", "sultan"; "sir"), lower case. */
  readonly nameTitles?: readonly string[];
  /** Titles of rulers and saints a short answer keeps before a name of one word, which a reader never writes
   * alone ("Kaisar Lorem", "Ratu Ipsum"; a full name stands without it), lower case. */
  readonly soleNameTitles?: readonly string[];
  /** Words for a work ("film", "buku", "makalah"; "novel", "paper"), lower case: the capitalised words written
   * after one ("film Lorem (1975), Ipsum (1979)", "buku berjudul "…"") are its title, never who made it. */
  readonly workWords?: readonly string[];
  /** Words for a government or a realm that, opening a name, make it a body that acts with its place
   * ("pemerintah", "kesultanan"; "government"), lower case. */
  readonly governments?: readonly string[];
  /** Words that join a place's head to the rest of its name ("of" in "Palace of Culture", "University of
   * Leeds"): the capitalised words after them are the same place's, lower case. */
  readonly placeJoiners?: readonly string[];
  /** Words written after a kind of place that say which of its kind ("jalur utama", "pasar induk", "kota
   * tua"): a name after them is still the place after the locative ("di jalur utama Lorem"), lower case. */
  readonly placeKindModifiers?: readonly string[];
  /** Articles after a locative that open a place told without a name ("in the kingdom", "at the foot of the
   * mast"): where-answers in lower-case words are read only after one of these, lower case. */
  readonly placeArticles?: readonly string[];
  /** Locatives that open a place told without a name with no article, in a language that writes none ("di pematang
   * sawah", "di seluruh dunia"): where-answers in lower-case words are read right after these too, lower case. */
  readonly barePlaceMarkers?: readonly string[];
  /** Words between such a locative and the place it opens that say only "inside" ("di dalam tanah berpasir"):
   * no part of the place, lower case. */
  readonly insideWords?: readonly string[];
  /** Words that make a noun every one of its kind ("masing-masing", "setiap"; "each", "every"): a place told with one
   * ("di masing-masing negara") is wherever each is, no one place, lower case. */
  readonly everyWords?: readonly string[];
  /** Kinds of place that say only "an area" ("wilayah", "daerah", "kawasan"; "area", "region"): written before a name in lower
   * case they are left off the where-answer, which other kinds open ("kota Lorem", "provinsi Ipsum"), lower case. */
  readonly areaWords?: readonly string[];
  /** Parts of a place written before it and "of" ("the coast of Lorem", "the outskirts of …"), or right before
   * its name in Indonesian ("tepi Sungai Lorem"): a where-answer starts at the part, lower case. */
  readonly placeParts?: readonly string[];
  /** Words between a place and the place that holds it, written as one where-answer ("di" of "Lorem di Ipsum",
   * "Ulm di Württemberg"), lower case. English answers keep the first place ("Victory Square in Warsaw"). */
  readonly placeHolders?: readonly string[];
  /** Kinds of place that hold others, as a country, a province or a town does ("kota", "provinsi", "pulau"; "city",
   * "county"), lower case: a name written with one is the place itself, where one written with another kind ("stasiun
   * Lorem", "Universitas Lorem") is a thing inside the place it is named for. */
  readonly divisionWords?: readonly string[];
  /** Locatives of where a thing comes from ("dari"; "from"), lower case: a place after one answers a where-question only
   * when it asks where from, or the sentence says the thing comes from there (after an originVerb). */
  readonly fromWords?: readonly string[];
  /** Words that ask or say where a thing comes from ("berasal", "asal"; "come", "originate"), lower case. */
  readonly originVerbs?: readonly string[];
  /** Verbs that say where a thing lies ("terletak", "berada"; "located", "situated"): the words after their
   * locative up to the place's name are where it is ("terletak di kaldera Gunung Lorem"), lower case. */
  readonly locatedWords?: readonly string[];
  /** Nouns for a place's seat or a part of it that stands apart ("pusat", "ibukota", "kampus"; "capital", "headquarters"),
   * lower case: a located verb after one ("pusat pemerintahan kabupaten ini berada di Lorem") says where the seat is,
   * not where the place asked about lies, unless the question asks for the seat itself. */
  readonly seatWords?: readonly string[];
  /** Nouns of a post taken or held, between a holder and the title ("mengambil posisi sebagai sutradara", "took the post of
   * director"): they say what someone is, as a copula does, lower case. */
  readonly postNouns?: readonly string[];
  /** Nouns of rule or command after a locative ("di bawah kekuasaan X", "under the rule of X"): X is who rules, not where. */
  readonly controlNouns?: readonly string[];
  /** Verbs that list a place's neighbours ("berbatasan", "bertetangga"; "borders", "bordered"): the places after one
   * are beside the subject, not where one another lies, lower case. */
  readonly borderWords?: readonly string[];
  /** Nouns that head the name of an event or a document ("war", "treaty"; "perang", "piagam"): a name
   * ending (in English) or opening (in Indonesian) with one names no one ("Civil War", "Piagam Jakarta"), lower case. */
  readonly namedThings?: readonly string[];
  /** Words of things whose name carries the year they were made or held ("the 2007 Lorem Treaty", "Piala Lorem 2018"),
   * lower case: that year answers when it was signed or held. */
  readonly yearNamedThings?: readonly string[];
  /** Adjectives of a faith or a people that are no country's name ("yahudi", "katolik", "portugis"; "jewish", "catholic"),
   * lower case: one written beside the noun it qualifies ("tradisi Yahudi", "Gereja Katolik", "Catholic Church") names no one. */
  readonly peopleAdjectives?: readonly string[];
  /** Roles a company or a body holds as well as a person ("pendiri", "pemilik", "founder", "owner"): a question naming
   * one may be answered by an organisation, one naming another role ("presiden", "ketua") by a person, lower case. */
  readonly bodyRoles?: readonly string[];
  /** Nouns of a group of people written before the name it belongs to ("pasukan Lorem", "pihak Lorem", "keluarga Lorem"),
   * lower case: the group, said with its noun, is the who-answer (answer/groups.ts). */
  readonly groupNouns?: readonly string[];
  /** Words joining the members of a list of names as one ("dan", "serta"; "and"), never as other names of one
   * ("atau", "or"), lower case: names so joined in the slot a who-question asks answer it together (answer/coordinated.ts). */
  readonly andWords?: readonly string[];
  /** Words that write a name as someone's companion ("bersama", "beserta"; "along with", "alongside"): the name
   * after one did the thing with the clause's subject and is not that subject, lower case. */
  readonly togetherWords?: readonly string[];
  /** Verbs that say what someone is ("adalah", "merupakan"; "is", "was"): after a name, what follows
   * answers "Siapakah <name>?" / "Who is <name>?" (answer/definition.ts), lower case. */
  readonly copulas?: readonly string[];
  /** Verbs that say what someone or something is as a copula does, though a name after them is another of its names
   * ("digambarkan sebagai", "dikenal sebagai"; "described as"): a description follows only in lower case, lower case. */
  readonly describingVerbs?: readonly string[];
  /** Words opening a relative clause ("yang"; "who", "which"), lower case: its verbs are said of the subject on the way
   * to the copula ("Lorem, yang kemudian menjabat …, adalah …"), where a verb of the subject's own makes its clause another. */
  readonly relativeWords?: readonly string[];
  /** Words before a verb that say the act may not have happened ("kesempatan untuk dimakamkan", "berhak",
   * "had the chance to"), lower case: the place said of such a verb is no answer to where it happened. */
  readonly unrealisedWords?: readonly string[];
  /** Words opening such a description that are not part of it ("seorang"; "a", "an"), lower case. */
  readonly descriptionOpeners?: readonly string[];
  /** Words before another name of the one just named ("atau", "alias", "dikenal sebagai"; "also known as"), lower case. */
  readonly aliasWords?: readonly string[];
  /** Words after a verb that say it was done again ("kembali", "ulang"; "again"): its doer is not the first one, lower case. */
  readonly repeatWords?: readonly string[];
  /** Forms of "be" before a participle: a passive ("was defeated"), lower case. */
  readonly beForms?: readonly string[];
  /** Auxiliaries after which a question names its subject, then its verb ("When will the dam open?"), lower case. */
  readonly questionAuxiliaries?: readonly string[];
  /** The modals among them ("will", "could"): the subject after one is read through to its verb ("Where will the barrier be built?"). */
  readonly modalAuxiliaries?: readonly string[];
  /** The forms of "have" among them, a verb of their own before an article ("Who had the idea …?"), lower case. */
  readonly possessionVerbs?: readonly string[];
  /** Forms of "be" after an auxiliary, before a participle ("will … be built", "might … have been moved"), lower case. */
  readonly participleBeForms?: readonly string[];
  /** Endings of a noun, never of a verb's bare form ("tickets", "activity", "building"), lower case. */
  readonly nounEndings?: readonly string[];
  /** Pronouns that are a subject of their own ("he", "they"; not "her" of "her son"), lower case. */
  readonly subjectPronouns?: readonly string[];
  /** Auxiliaries of a passive question ("When was X elected?"), lower case. */
  readonly passiveAuxiliaries?: readonly string[];
  /** Words that may stand between a doer and its verb ("X was elected", "X later died"), lower case. */
  readonly betweenDoerAndVerb?: readonly string[];
  /** Verbs of a who-said question ("mengatakan", "said"): saying, not writing or judging, lower case. */
  readonly saidVerbs?: readonly string[];
  /** Words of a where-question asking where someone spoke ("berbicara", "berpidato"; "speak", "spoke"), lower case:
   * with the saidVerbs, answered by the place of the saying, never by a place in what was said. */
  readonly speakingWords?: readonly string[];
  /** Locatives that say where a thing is, not where it goes or comes from ("di"; "in", "at"), lower case. */
  readonly atWords?: readonly string[];
  /** Words asking whose a thing is, right before the thing ("whose assets"), lower case. */
  readonly whoseWords?: readonly string[];
  /** Words between a thing and its owner ("aset milik Lorem"; "the assets of Lorem", "belonging to"), lower case. */
  readonly ownerWords?: readonly string[];
  /** Words opening what a speaker said in the writer's words ("bahwa"; "that"), lower case: a place after one is said, not where. */
  readonly reportedOpeners?: readonly string[];
  /** Words between a question word and "yang" that ask for no role ("nama", "salah satu"), lower case. */
  readonly notRoleWords?: readonly string[];
  /** Words of a question about a birth ("lahir", "born"): a life span "(1901-1968)" answers with its start. */
  readonly birthWords: readonly string[];
  /** Words of a question about a death ("meninggal", "died"): a life span answers with its end. */
  readonly deathWords: readonly string[];
  /** Words that make a who-question ask for several people ("para", "siapa saja"), lower case. */
  readonly pluralWords: readonly string[];
  /** Prepositions that mark the same part a person plays ("kepada", "ke"; "to"), lower case. */
  readonly prepositionGroups: readonly (readonly string[])[];
  /** Personal pronouns, never a name even when capitalised ("Kami", "We"), lower case. */
  readonly personalPronouns: readonly string[];
  /** Words between a person and the realm or house they are of ("Louis dari Lorem", "Conrad of Ipsum"), lower case:
   * in a list of people ("A dari X dan B dari Y") they belong to the person before them, not to the list's joints. */
  readonly originWords?: readonly string[];
  /** Words for a relative ("ayah", "istri", "keluarga"; "father", "wife"), lower case: a name after one is a relative's
   * ("pamannya Tomas X", "his wife, Mira X"), who may share a surname with the person a question names. */
  readonly kinWords?: readonly string[];
  /** Kin words that name a group or any relative ("keluarga", "anak"; "family", "child"), lower case: written where a
   * question has one relative, they tell no other one (answer/slots.ts). */
  readonly kinGroups?: readonly string[];
  /** A kin word in lower case right before a name says whose relative that is ("putra Lorem": Lorem's son), as
   * Indonesian writes it; English writes the relative itself there, in apposition ("his son Lorem"). */
  readonly kinBeforeOwner?: boolean;
  /** Kin words in pairs of converse relations (parents and children, wives and husbands), lower case: a name written
   * after "putra" ("putra Lorem", "son of Lorem") is the parent of the one it is said of, who a question asking the
   * father ("ayah") asks for. */
  readonly kinConverses?: readonly (readonly [readonly string[], readonly string[]])[];
  /** Each parent's word paired with the words for a spouse that name that parent beside the other ("ibu" with "istri",
   * "istrinya"; "mother" with "wife"), lower case, as written: "putra A dan istrinya B" names B the mother, A the father. */
  readonly parentSpouses?: readonly (readonly [readonly string[], readonly string[]])[];
  /** Words that may stand between a kin word and the name it is of ("putra sulung Lorem", "eldest son of Lorem"), lower case. */
  readonly kinModifiers?: readonly string[];
  /** Words before the doer of a passive verb ("oleh", "by"), lower case. */
  readonly agentMarkers: readonly string[];
  /** Prefixes of a passive verb whose doer follows it directly ("di" in "dibawakan X"), lower case. */
  readonly passivePrefixes: readonly string[];
}
