// extract: what the attributions of one article are read against — its people, the words it writes
// in lower case, alone or after a locative or an organisation word, and the quote words of its
// language compiled once (speaker-names.ts, speaker-words.ts read it).
import { allTables, tables } from '../lang/index.js';
import { lexicon } from '../text/lexicon.js';
import { PhraseSet } from '../text/phrases.js';
import { resolvePerson } from '../text/name-match.js';
import { wordsOf } from '../text/words.js';
import type { Article, Person } from '../types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: readonly string[]): string =>
  words.length === 0 ? '(?!)' : [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
const B = '(?<![\\p{L}\\p{N}])';

/** What an attribution is read against: the article's people and text, and the quote words of its language. */
export interface NameScope {
  readonly people: readonly Person[];
  /** The person of `people` a written name means (text/name-match.ts resolvePerson), remembered for this article. */
  readonly personNamed: (written: string) => Person | undefined;
  readonly honorifics: ReadonlySet<string>;
  readonly demonstratives: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Titles of both languages, with the speaker-only ones of the quote words. */
  readonly titles: PhraseSet;
  /** Words the article writes in lower case somewhere (folded): a capitalised one of them opening a sentence is no name. */
  readonly common: ReadonlySet<string>;
  /** Capitalised words the article writes with no capitalised word on either side: a part of a name used alone. */
  readonly alone: ReadonlySet<string>;
  /** Capitalised words the article writes as a place or an organisation's name: alone right after a
   * locative ("di Sidomulyo"), or right after an organisation word ("Partai Maju"). */
  readonly placeOrOrg: ReadonlySet<string>;
  /** A clause naming the person by the name they go by ("pria yang akrab disapa Emil itu"): group `name`. */
  readonly nickname?: RegExp;
  /** A noun for a person who does something, by its prefix ("pengamat", "petinggi"), lower case. */
  readonly agentNoun: (folded: string) => boolean;
  /** A word built as a verb or a possessive, never a name ("Disebutkan", "Instagramnya"). */
  readonly affixed: (folded: string) => boolean;
  /** Words that say where someone works ("dari", "of", "from"), lower case. */
  readonly affiliations?: ReadonlySet<string>;
  /** A short name of a body ("Kemenkes", "Pemkot"), never a person's. */
  readonly body?: (folded: string) => boolean;
}

/** Titles before a speaker's name, in either language (Indonesian articles write English titles too). */
const speakerTitles = new PhraseSet(allTables.flatMap((t) => [...t.titles, ...(t.quoteWords?.titles ?? [])]));

/** The nickname clause of a language's quote words, compiled once (it holds no state between uses). */
const nicknamePatterns = new Map<string, RegExp>();

function nicknamePattern(language: string, nicknames: readonly string[]): RegExp {
  let p = nicknamePatterns.get(language);
  if (!p) nicknamePatterns.set(language, (p = new RegExp(`^[^,.;:\\p{Lu}]{0,60}?${B}(?:${alt(nicknames)})\\s+(?<name>\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})`, 'u')));
  return p;
}

/** What attributions of one article are read against: its people, and its words read once. */
export function scopeOf(article: Article, people: readonly Person[]): NameScope {
  const table = tables[article.meta.language];
  const words = table.quoteWords;
  // A prefix with a suffix of three letters or more ("di…kan", "mem…kan"), or a long word ending in a
  // possessive ("Instagramnya"): a verb or a noun, never a name.
  const prefixes = table.prefixes.filter((p) => p.length >= 2);
  const suffixes = table.suffixes.filter((x) => x.length >= 3);
  const possessive = words?.possessives ?? [];
  const lower = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map((w) => w.toLowerCase()));
  const common = new Set<string>();
  const alone = new Set<string>();
  const placeOrOrg = new Set<string>();
  // Words of the people the names recogniser found: never an organisation's own name ("Ketua Pansus Rudi Hartono").
  const personWords = new Set(people.flatMap((person) => person.name.split(/\s+/)));
  for (const p of article.paragraphs) {
    const ws = wordsOf(p.text);
    ws.forEach((w, i) => {
      if (w.mark) return;
      if (!w.cap) return void common.add(w.norm);
      const prev = ws[i - 1];
      const next = ws[i + 1];
      // "Partai Maju": an organisation word that leads a name, not one that closes it ("Portmouth Ports").
      const before = ws[i - 2];
      const closes = before !== undefined && before.cap && !before.mark && !lexicon.titles.has(before.norm) && !lexicon.roleWords.has(before.norm) && !lexicon.organisationWords.has(before.norm);
      if (prev?.cap && !prev.mark && lexicon.organisationWords.has(prev.norm) && !closes && !personWords.has(w.text)) placeOrOrg.add(w.text);
      if (next?.cap && !next.mark) return;
      if (!prev?.cap || prev.mark) alone.add(w.text);
      if (prev && !prev.cap && lexicon.locatives.has(prev.norm)) placeOrOrg.add(w.text);
    });
  }
  const agentPrefixes = words?.agentPrefixes ?? [];
  const bodies = words?.bodyPrefixes ?? [];
  const nicknames = words?.nicknameWords ?? [];
  const named = new Map<string, Person | undefined>();
  return {
    people,
    personNamed: (written) => {
      // The same attribution is read again and again in one article ("kata Budi" in every paragraph).
      if (!named.has(written)) named.set(written, resolvePerson(people, written));
      return named.get(written);
    },
    ...(nicknames.length > 0 && { nickname: nicknamePattern(article.meta.language, nicknames) }),
    agentNoun: (word) => agentPrefixes.some((p) => word.startsWith(p) && word.length >= p.length + 4),
    body: (word) => bodies.some((p) => word.startsWith(p) && word.length >= p.length + (p.length >= 5 ? 0 : 2)),
    honorifics: lower(words?.honorifics),
    affiliations: lower(words?.affiliations),
    demonstratives: lower(words?.demonstratives),
    determiners: lower(words?.determiners),
    titles: speakerTitles,
    common,
    alone,
    placeOrOrg,
    affixed: (word) =>
      (prefixes.some((p) => word.startsWith(p)) && suffixes.some((x) => word.endsWith(x) && word.length >= x.length + 5)) ||
      possessive.some((x) => word.endsWith(x) && word.length >= 8),
  };
}
