// The readers the English NLP comparison sets side by side: kutip's own rules (the product's
// Understanding), compromise with compromise-dates, and wink-nlp with its English lite model.
// Each reads an article given as its paragraphs and says, per paragraph, which people, places,
// organisations and dates it found, as written.
import nlp from 'compromise';
import nlpDates from 'compromise-dates';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseArticle } from '../src/load/article.js';
import { understand } from '../src/extract/understand.js';
import type { Article, Understanding } from '../src/types.js';
import { withEnglishPeople, withEnglishPlaces } from './english-union.js';

export interface Found {
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly organisations: readonly string[];
  readonly dates: readonly string[];
}

export interface Reader {
  readonly name: string;
  /** What it finds in each paragraph, in order. */
  read(paragraphs: readonly string[]): Found[];
  /** Which kinds it reads at all (a reader without people is left out of the people rows). */
  readonly kinds: ReadonlySet<keyof Found>;
}

const EMPTY: Found = { people: [], places: [], organisations: [], dates: [] };

/** kutip: the paragraphs as one article (a blank line between them), understood as the bot does. */
export const kutipReader: Reader = {
  name: 'kutip rules',
  kinds: new Set(['people', 'places', 'organisations', 'dates']),
  read: (paragraphs) => readWithKutip(paragraphs),
};

/** kutip's rules with the people compromise adds on an English article (bench/english-union.ts). */
export const unionReader: Reader = {
  name: 'kutip + compromise people',
  kinds: new Set(['people', 'organisations']),
  read: (paragraphs) => readWithKutip(paragraphs, 'people'),
};

/** kutip's rules with the places compromise adds on an English article (bench/english-union.ts). */
export const placesUnionReader: Reader = {
  name: 'kutip + compromise places',
  kinds: new Set(['places', 'organisations']),
  read: (paragraphs) => readWithKutip(paragraphs, 'places'),
};

function readWithKutip(paragraphs: readonly string[], union?: 'people' | 'places'): Found[] {
  const article = parseArticle('english-nlp-bench', `${paragraphs.join('\n\n')}\n`);
  const u = understandWith(article, union);
  const inParagraph = (n: number) => (x: { readonly paragraphs: readonly number[] }) => x.paragraphs.includes(n);
  return paragraphs.map((_, i) => {
    const n = i + 1;
    return {
      people: u.people.filter(inParagraph(n)).map((p) => p.name),
      places: u.places.filter(inParagraph(n)).map((p) => p.name),
      organisations: u.organisations.filter(inParagraph(n)).map((o) => o.name),
      dates: u.dates.filter((d) => d.paragraph === n).map((d) => d.text),
    };
  });
}

/** kutip's understanding, with the people or the places compromise adds where asked. */
export function understandWith(article: Article, union?: 'people' | 'places'): Understanding {
  const u = understand(article);
  if (union === 'people') return { ...u, people: withEnglishPeople(article, u.people, u.organisations, u.places) };
  if (union === 'places') return { ...u, places: withEnglishPlaces(article, u.people, u.organisations, u.places) };
  return u;
}

nlp.plugin(nlpDates);

/** A match as text without the punctuation compromise keeps at its edges ("Colony." → "Colony"). */
const bare = (text: string): string => text.replace(/^[\s"'“”‘’(\[]+|[\s"'“”‘’.,;:!?)\]]+$/gu, '');
const texts = (list: string[]): string[] => list.map(bare).filter((t) => t !== '');

/** compromise 14 with compromise-dates: people(), places(), organizations(), dates(), per paragraph. */
export const compromiseReader: Reader = {
  name: 'compromise',
  kinds: new Set(['people', 'places', 'organisations', 'dates']),
  read(paragraphs) {
    return paragraphs.map((text) => {
      const doc = nlp(text);
      return {
        people: texts(doc.people().out('array') as string[]),
        places: texts(doc.places().out('array') as string[]),
        organisations: texts(doc.organizations().out('array') as string[]),
        dates: texts((doc as unknown as { dates(): { out(f: string): string[] } }).dates().out('array')),
      };
    });
  },
};

const wink = winkNLP(model);

/** wink-nlp with wink-eng-lite-web-model: its entities of type DATE and TIME (the model has no people or places). */
export const winkReader: Reader = {
  name: 'wink-nlp',
  kinds: new Set(['dates']),
  read(paragraphs) {
    return paragraphs.map((text) => {
      const entities = wink.readDoc(text).entities().out(wink.its.detail) as unknown as { value: string; type: string }[];
      return { ...EMPTY, dates: entities.filter((e) => e.type === 'DATE' || e.type === 'TIME').map((e) => e.value) };
    });
  },
};

export const READERS: readonly Reader[] = [kutipReader, compromiseReader, winkReader, unionReader, placesUnionReader];
