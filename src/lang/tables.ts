// The shape of one language's word lists. Each language fills one table (id.ts, en.ts);
// the code that reads them never names a word of its own.
import type { AnswerWords } from './answer-words.js';
import type { DateWords } from './date-words.js';

export type { AnswerWords } from './answer-words.js';
export type { DateUnit, DateWords, RelativeDate } from './date-words.js';

export type QuestionKind = 'who' | 'when' | 'where' | 'what' | 'why' | 'how' | 'howmany';

export interface LanguageTable {
  /** Question words and phrases, lower case, mapped to what they ask. Longest phrases win. */
  readonly questionWords: Readonly<Record<string, QuestionKind>>;
  /**
   * Question phrases that, written after a who or when phrase, open a relative clause and ask
   * nothing ("Kapan terjadi X di mana Y?": "di mana" is "where Y happened", the question asks when).
   */
  readonly relativeQuestionWords?: readonly string[];
  /** Words that carry no content in a query, lower case. */
  readonly stopWords: readonly string[];
  /** Nouns and verbs that ask for someone's office in a what-question ("Apa jabatan X?", "X menjabat sebagai apa?",
   * "What is X's job?"), lower case: such a question is answered as /who X is. */
  readonly roleQuestionWords?: readonly string[];
  /** Other words of such a question that are no part of the name asked about ("kini", "hold"), lower case; function words are in `stopWords`. */
  readonly roleQuestionFillers?: readonly string[];
  /** Verbs that ask for what someone said in a what-question ("Apa kata X?", "Apa yang dikatakan X?", "What did X
   * say?"), lower case: where X is a person the article quotes, such a question is answered as /quote X. */
  readonly quoteQuestionWords?: readonly string[];
  /** Words between a who-question word and the term it asks to be told what it is ("itu", "yang dimaksud dengan" of
   * "Siapa yang dimaksud dengan X?"), lower case, longest first where one opens another. */
  readonly definitionCues?: readonly string[];
  /** Speech verbs that attribute a quote ("kata", "said"), lower case. */
  readonly speechVerbs: readonly string[];
  /** Speech verbs with a pronoun suffix that point back to the last named speaker ("ujarnya"). */
  readonly pronounSpeechVerbs: readonly string[];
  /** Phrases that introduce a relay source ("dikutip dari", "according to"). */
  readonly relayPhrases: readonly string[];
  /** Title and role words that precede a name ("Presiden", "Menteri", "Foreign Minister"). */
  readonly titles: readonly string[];
  /** Armed forces and police as written after a rank ("Jenderal TNI") or a title ("Panglima TNI", "Humas Polri"):
   * the force belongs to the office before the rank, lower case. */
  readonly forces?: readonly string[];
  /** Titles of the head of a regional unit of the police or the army ("Kapolda", "Pangdam"), lower case: the capitalised
   * words right after one name the unit's region ("Kapolda Metro Jaya"); its holder is written after a rank. */
  readonly regionalHeads?: readonly string[];
  /** Titles of a part in a case ("tersangka", "suspect"), lower case: the case they take ("tersangka pelecehan") is
   * written anywhere in the sentence ("pelaku pelecehan … ditetapkan sebagai tersangka"), not beside them as an office's field. */
  readonly caseTitles?: readonly string[];
  /** Month names and abbreviations, lower case, to month number 1–12. */
  readonly months: Readonly<Record<string, number>>;
  /** Day names, lower case, to ISO weekday 1 (Monday) – 7 (Sunday). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Abbreviations that end with a dot but not a sentence ("Dr", "Jl", "a.n"), as written, without the final dot. */
  readonly abbreviations: readonly string[];
  /** Line starts of promo and trailer lines of news sites ("Baca juga:"), lower case. */
  readonly promoLineStarts: readonly string[];
  /** Prefixes and suffixes a word may carry and still be the same word for search ("di|serang", "bantu|an"). */
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /**
   * Prefixes that replace the first consonant of the root they join, with that consonant
   * ("meny|erang" is "serang", "peng|iriman" is "kiriman"), as [prefix, consonant].
   */
  readonly prefixAlternations?: readonly (readonly [string, string])[];
  /** Words that mark a language, for guessing it from the text. */
  readonly markerWords: readonly string[];
  /** Words opening a byline or credit line ("Oleh", "By", "Editor"), lower case: such a line is no headline. */
  readonly bylineWords?: readonly string[];
  /** Words around quotes and their speakers (extract/quotes.ts). */
  readonly quoteWords?: QuoteWords;
  /** Broadcasting (text/programme-titles.ts), lower case: words that make a name a station ("Radio", "TV"), words a
   * programme's title is made of ("Today", "Morning", "Breakfast") and words written after one ("programme", "show"). */
  readonly broadcastWords?: BroadcastWords;
  /** Words of date expressions beside month and day names (extract/dates/). */
  readonly dateWords?: DateWords;
  /** Words around people, organisations and places (extract/people.ts, organisations.ts, places.ts). */
  readonly nameWords?: NameWords;
  /** Words that shape the short answer to an open who/when question (answer/question.ts). */
  readonly answerWords?: AnswerWords;
}

export interface NameWords {
  /** Words inside roles and institution names that are never a person's name ("luar", "negeri", "foreign"), lower case. */
  readonly roleWords: readonly string[];
  /** Prefix and suffix that together mark a common noun ("pe…an": "Perekonomian"; "…ment"), lower case. */
  readonly roleAffixes: readonly (readonly [string, string])[];
  /** Lower-case words that may join two parts of one role ("dan" in "Tenaga Kerja dan Transmigrasi", "of"). */
  readonly connectors: readonly string[];
  /** Words that begin an organisation's name ("dewan", "partai", "ministry"), lower case. */
  readonly organisationWords: readonly string[];
  /** Words that end a company's name ("Tbk" of "PT Lorem Tbk"), lower case: what follows is no longer the company's. */
  readonly organisationSuffixes?: readonly string[];
  /** Short forms of laws and regulations ("UU", "Perppu", "KUHP"), lower case: no organisation, nor is the acronym naming the law after one ("UU ITE"). */
  readonly lawWords?: readonly string[];
  /** Words for "the late" before a dead person's name ("almarhum", "mendiang"), lower case: a person's name begins after one. */
  readonly deceasedMarkers?: readonly string[];
  /** Words for a kind of place, before its name ("wilayah", "kota", "city"), lower case. */
  readonly placeWords: readonly string[];
  /**
   * The words of `placeWords` written before a place's name ("Mount", "Lake"; English writes most after
   * it: "Hyde Park"), lower case; absent, all of them (Indonesian: "Gunung", "Danau", "Jalan").
   */
  readonly placeWordsBefore?: readonly string[];
  /** Words that open a place's name and never a person's ("New" of "New Orleans", "San", "Los"), lower case. */
  readonly placeNameOpeners?: readonly string[];
  /** Words for a kind of named event, before its name: weather ("topan", "badai"; "hurricane", "storm"), a war, a battle or a
   * disaster ("Perang Lorem", "Restorasi Ipsum"; "Battle of …", "Siege …"), lower case: never a person's. */
  readonly namedEventWords?: readonly string[];
  /** Words for a kind of state, before its country's name ("Republik", "Kingdom"), lower case: the place after one is that
   * state's own name, never a role's country left unsaid. */
  readonly polityWords?: readonly string[];
  /** The country the news of this language is mostly about, where its roles go without it ("Menteri Perindustrian [Indonesia]"):
   * a role's country a question adds and a passage leaves unsaid is taken as said only when it is this one. */
  readonly homeCountries?: readonly string[];
  /** Offices the home country does not have ("perdana menteri", "kanselir"): a passage writing one without its country tells of another
   * country, the article's own; a country a question adds after one is taken as said where the paragraph names no other place. */
  readonly foreignOffices?: readonly string[];
  /** Prepositions before a place ("di", "ke", "dari", "in", "at"), lower case. */
  readonly locatives: readonly string[];
  /** Prepositions that say where only before a place, never alone ("on Monday"): before a part or a kind of place ("on the
   * banks of X", "off the coast of X", "on the River X", "on the island of X") or a place the article knows ("on Bali"), lower case. */
  readonly boundLocatives?: readonly string[];
  /** The locatives after which a capitalised run is a place and never a person ("di", "ke"; "in", "at"), lower case. */
  readonly placeMarkers: readonly string[];
  /** Words for a kind of work, group or product, before its name in lower case ("film", "band", "album"): the name they
   * introduce is that thing's, never a person's, lower case. */
  readonly thingWords: readonly string[];
  /** Honorifics before a name ("Mr", "Dr", "Sir"; "Bapak", "Mbak"): a sign of a person, never the person's role, lower case. */
  readonly honorifics: readonly string[];
  /** Two-letter acronyms of bodies that stand between a role and a name ("Ketua MK <Name>"), lower case: before
   * a name word they are the body, where other two capitals there are the person's initials ("JB <Surname>"). */
  readonly bodyAcronyms?: readonly string[];
  /** Prefixes joined by a hyphen to a title that keep it a title ("co-chairman", "ex-chief", "eks-menteri"), lower case. */
  readonly titlePrefixes: readonly string[];
  /** Words after a name that belong to it ("Jr", "Sr"), lower case. */
  readonly nameSuffixes: readonly string[];
  /** Lower-case words right before a name that make it a person's: relations ("istrinya", "putra", "wife"), "bernama",
   * the doer of a work ("dibintangi", "karya", "starring"). */
  readonly personMarkers: readonly string[];
  /** Common nouns and adjectives that titles of works, awards, subjects and places capitalise ("Terbaik", "Musik",
   * "Sejarah"; "Best"): never a person's name, lower case. */
  readonly commonNouns: readonly string[];
  /** Words right after a name that make it the subject of a sentence about a person ("lahir", "adalah seorang",
   * "was born"), lower case. */
  readonly personPredicates: readonly string[];
  /** Words that open a predicate right after the subject of a sentence ("yang", "adalah", "telah"; "was", "has"), lower case:
   * one capitalised word before them, opening the sentence, is someone's name unless it is a common word. */
  readonly predicates: readonly string[];
  /** Prefixes of an active verb ("me", "ber" in "mendirikan", "bergabung"), lower case: such a verb opens a predicate too. */
  readonly verbPrefixes: readonly string[];
  /** Words that open a sentence and are never part of a name ("sebelumnya", "however"), lower case. */
  readonly leadWords: readonly string[];
  /** Compass words that may follow a place's name and belong to it ("<City> Pusat", "North <Place>"), lower case. */
  /** Words that join a compass word to the place it divides ("bagian" in "Afrika bagian utara"), lower case. */
  readonly sideWords?: readonly string[];
  readonly compass: readonly string[];
  /** Function words of this language that, capitalised inside a run of capitalised words in an article of another
   * language, make the run the title of a work or a band ("Superman Is Dead", "Take That", "Born This Way"), never a
   * person, lower case. */
  readonly workTitleWords?: readonly string[];
  /** Titles that the language writes as part of the name they precede ("Pangeran <Name>", "Sunan <Name>"): kept in the
   * person's name rather than read as the role, lower case. */
  readonly titlesInName?: readonly string[];
  /** Titles whose holder is named after a place ("Sunan <Town>", "Sunan Gunung <Peak>": the saint of that place; "Ki Ageng <Town>"): the
   * capitalised words right after one are the holder's name, though they name a known place, lower case. */
  readonly placeNamedTitles?: readonly string[];
  /** Balinese names open with "I" (men) or "Ni" (women) before a birth-order or caste name ("I Made …", "Ni Luh …"):
   * those words, lower case; "I" or "Ni" right before one is the name's first word, not an initial or a pronoun. */
  readonly balineseNameWords?: readonly string[];
  /** Words that introduce a name ("bernama", "berjudul", "named", "titled"): after a word for a kind of work or group a few
   * words back ("band baru yang bernama …"), the name is that thing's, lower case. */
  readonly namingWords?: readonly string[];
  /** Passive verbs of calling ("disebut", "dijuluki"), lower case: the name right after one is what something is called,
   * not the doer a passive verb's next name otherwise is ("diciptakan <Name>"). */
  readonly callingVerbs?: readonly string[];
  /** Verbs of sending or handing over ("dikirim", "diserahkan"), lower case: a run after one and the locative "ke" right after
   * it is who or what receives ("dikirim ke <Name>"), a person as often as a place, not a place for certain. */
  readonly recipientVerbs?: readonly string[];
  /** Endings of a passive verb whose doer may follow it with no "oleh" ("-kan": "diciptakan <Name>"): a word with the
   * passive prefix and no such ending may be a noun ("dinasti", "diskusi"). */
  readonly doerPassiveEnds?: readonly string[];
  /** A part in a work: the word before a character's name and the word after it ("sebagai <Name> dalam <Film>",
   * "as <Name> in <Film>"), lower case. */
  readonly playsAs?: readonly string[];
  readonly playsIn?: readonly string[];
  /** A word for a character, before its name in a work as the part's word is ("memerankan tokoh <Name> dalam <Film>",
   * "played the character <Name> in <Film>"), lower case. */
  readonly characterWords?: readonly string[];
  /** A time, a count or an order said between a subject and its verb ("<Name> beberapa kali meliput …", "<Name> sampai
   * saat ini telah …", "<Name> first won …"), lower case. */
  readonly subjectAdverbs?: readonly string[];
  /** Words that introduce the members of a group ("yaitu", "yakni", "namely"): after a word for people a few words back
   * ("personel awal yaitu <A>, <B> dan <C>", "anggota kelompok itu yakni …"), the members are people, lower case. */
  readonly listIntroducers?: readonly string[];
  /** Words that introduce examples of a kind ("seperti", "such as"): after a word for a work or a group, its names. */
  readonly exampleWords?: readonly string[];
  /** Words that join the last members of a list ("dan", "serta", "and"), lower case. */
  readonly listJoiners?: readonly string[];
  /** Words for people counted or listed ("orang", "anggota"; "people", "members"): before a list's introducer or a colon
   * ("tiga orang yaitu <A>, <B> dan <C>", "anggota: <A>, <B>"), the names after them are people's, lower case. */
  readonly peopleWords?: readonly string[];
  /** What someone is at an occasion, said only of people ("pembicara", "pemenang"; "speakers"): before a copula or a list's
   * introducer ("Pembicara acara ini adalah <A> dan <B>", "The speakers were <A>"), the names after it are people's, lower case. */
  readonly occasionRoles?: readonly string[];
  /** The same for a contest ("pemenang", "juara"; "winner"), whose holder may be a team: a person only named with two words or more. */
  readonly contestRoles?: readonly string[];
  /** What a band member plays, in brackets after the name ("<Name> (drum)", "<Name> (vocals)"): a person, lower case. */
  readonly instruments?: readonly string[];
  /** The word between a band member and what they play, without brackets ("<Name> pada vokal", "<Name> on vocals"), lower case. */
  readonly playsOn?: readonly string[];
  /** Words right after a subject, past words like "masih", "juga", "merupakan", that say it is a place ("berbatasan",
   * "terletak", "bagian"; "borders", "lies"), lower case. */
  readonly placePredicates?: readonly string[];
  /** Verbs and nouns done with a person ("berduet", "dijodohkan", "wawancara"; "married", "interview") and the word
   * after them before the name ("dengan"; "with", "to"): "berduet dengan <Name>" is a person, lower case. */
  readonly companionWords?: readonly string[];
  readonly withWords?: readonly string[];
  /** Titles of the head or a member of a place or a body ("bupati", "raja", "anggota"; "member"): one capitalised word
   * right after them names that place or body ("Bupati <Regency>", "anggota <Band>"), not a person, lower case. */
  readonly headTitles?: readonly string[];
  /** Political parties as written, each its usual name then other forms (["Golkar", "Partai Golkar"], ["Labour", "Labour
   * Party"]): an organisation wherever it is written, never a person or a place, found as the news outlets are. */
  readonly parties?: readonly (readonly string[])[];
  /** The word joining a head's title to what it heads ("of": "Mayor of <City>"), lower case. */
  readonly headLinks?: readonly string[];
  /** Words before a team or a club's name ("memperkuat", "bermain untuk", "klub"; "played for"): the name after them is no person, lower case. */
  readonly teamCues?: readonly string[];
  /** Words for a member of a body ("anggota"; "member"): the name right after them, of any length, is the body's, lower case. */
  readonly memberWords?: readonly string[];
  /** Words saying whose a thing is ("milik"): a group's word, then one of these, then a person ("klub milik <Name>"). */
  readonly ownerWords?: readonly string[];
  /** The classifier a language puts before a thing, never a person ("sebuah", "suatu"; a person is "seorang"), lower case. */
  readonly thingClassifiers?: readonly string[];
  /** How the language names football clubs ("pers": "Persela", "Persik"): a name opening so is a team's, lower case. */
  readonly clubPrefixes?: readonly string[];
  /** Words for a landform that are also family names ("tanjung", "gunung"): ending a run after a name word, a name word, lower case. */
  readonly landformWords?: readonly string[];
  /** Words for years of age written after the number ("45 tahun", "45 years"): "<Name> (45 tahun)" is a person, lower case. */
  readonly ageWords?: readonly string[];
}

export interface QuoteWords {
  /** Personal pronouns that stand for the last named speaker ("dia" in "kata dia", "he"), lower case. */
  readonly pronouns: readonly string[];
  /** Words that may stand between a speaker and the speech verb ("Ia pun mengatakan", "has said"). */
  readonly fillers: readonly string[];
  /** Lower-case particles inside names ("bin", "van", "al"). */
  readonly nameParticles: readonly string[];
  /** Words before a name that make it an object, not the speaker ("kepada Hartono", "to Hartono"). */
  readonly prepositions: readonly string[];
  /** Words that introduce a source: a speaker when nothing else names one, else a relay ("menurut", "according to"). */
  readonly accordingTo: readonly string[];
  /** Determiners before a title-only speaker ("the president said"). */
  readonly determiners: readonly string[];
  /** Speech verbs that may stand before their speaker ("kata X", "said X"); the others take an object
   * there ("mengatakan bahwa", "told Reuters"). All speech verbs when absent. */
  readonly invertedVerbs?: readonly string[];
  /** Speech verbs that may stand after their speaker ("X mengatakan", "X said"); "Pemkot itu tegas
   * menolak" is no attribution. All speech verbs when absent. */
  readonly subjectVerbs?: readonly string[];
  /** Titles written before a speaker's name beside the language's `titles`: short forms ("Kapolres",
   * "Mensos") and professions ("sejarawan", "dokter"). Read by the speaker rules only. */
  readonly titles?: readonly string[];
  /** A title written short and its long forms, lower case (["kapolres", "kepala kepolisian resor",
   * "kepala polres"]): "kata Kapolres" means the person named before as "Kepala Kepolisian Resor …". */
  readonly titleForms?: readonly (readonly string[])[];
  /** Possessive suffixes ("nya"): a long capitalised word ending so ("Instagramnya") is no name. */
  readonly possessives?: readonly string[];
  /** How verbs begin ("me", "ber"): a bare name before such a word opens a sentence as its subject;
   * any lower-case word that is no stop word when absent. */
  readonly verbPrefixes?: readonly string[];
  /** How nouns for a person who does something begin ("pe": pengamat, pelatih, petinggi): two lower-case
   * words opening with one stand for a role before a name ("kata pengamat pasar Budi"). */
  readonly agentPrefixes?: readonly string[];
  /** Words before the name a person goes by ("pria yang akrab disapa Emil", "known as"), lower case. */
  readonly nicknameWords?: readonly string[];
  /** Words between a speaker and where they work ("Fajar dari PT Sinar Kayu mengatakan", "Ann Lee of the union said"). */
  readonly affiliations?: readonly string[];
  /** Words after a role that point back to the person spoken of ("kata politisi senior itu"), lower case. */
  readonly demonstratives?: readonly string[];
  /** Honorifics ("Mr", "Dr", "Sir"): never a role or a speaker on their own, never part of the speaker's name. */
  readonly honorifics?: readonly string[];
  /** The language writes a title before a name in lower case ("Finance minister Sarah Quinn", "union
   * leader Tom Barker"), so a sentence's subject may hold one. Indonesian capitalises them ("Menteri
   * Keuangan"): a lower-case one there is an organisation's role ("juru bicara perusahaan X"). */
  readonly titlesInLowerCase?: boolean;
  /** A noun of age after a number ("year-old"): with a determiner ("the 52-year-old said") it stands
   * for the person spoken of, as a pronoun does. */
  readonly ageNouns?: readonly string[];
  /** Nouns whose last word is a speech verb ("tanggung jawab", "tanya jawab"): no cue, lower case. */
  readonly verbNouns?: readonly string[];
  /** How short names of bodies begin ("Kemenkes", "Pemkot", "Pemilu"): never a speaker's name, lower case. */
  readonly bodyPrefixes?: readonly string[];
}

/** A capitalised run after a station's possessive that holds a title word ("Radio 4's Today", "NPR's Morning Edition"),
 * or after any possessive and before a programme word ("the station's Lorem programme"), is a programme's title. */
export interface BroadcastWords {
  readonly stations: readonly string[];
  readonly titleWords: readonly string[];
  readonly programmes: readonly string[];
}
