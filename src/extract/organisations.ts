// Organisations an article names: acronyms (NATO, TNI, PBB) with their expansion where the article
// gives one ("North Atlantic Treaty Organization (NATO)"), names that begin with a word for an
// organisation ("Dewan Keamanan PBB", "Sekretariat APEC", "Ministry of Defence"), and the news
// outlets articles cite ("dikutip dari <Outlet>", "told <Outlet>"). Places and people are not organisations.
import { fold } from '../text/normalize.js';
import type { Article, Language, Organisation, Person } from '../types.js';
import { gazetteerEntryOf, outletEntryOf, outletNames, outletSpans, placeSpans } from '../text/known-names.js';
import { extractPeople, personSpans } from './people.js';
import { findAll } from '../text/find.js';
import { isFunctionWord, lexicon } from '../text/lexicon.js';
import { articleWords, opensSentence, type ArticleWords, type ParagraphWords } from './words.js';
import type { Word } from '../text/words.js';

interface Found {
  /** Key that merges forms of one organisation. */
  key: string;
  name: string;
  expansion?: string;
  alias?: string;
  paragraph: number;
  start: number;
}

const roman = /^[IVXLC]+$/;

/** Does an organisation's name begin at word i (a capitalised word for an organisation)? */
export function isOrganisationStart(words: readonly Word[], i: number): boolean {
  const w = words[i];
  return w !== undefined && w.cap && lexicon.organisationWords.matchAt(words, i) > 0;
}

const initials = (words: readonly Word[]): string => words.filter((w) => w.cap).map((w) => w.text[0]!.toUpperCase()).join('');

/** The words of `run` that spell the acronym, as the longest suffix whose initials are it; else undefined. */
function expansionFor(acronym: string, run: readonly Word[]): readonly Word[] | undefined {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  for (let k = 0; k < run.length; k++) {
    const suffix = run.slice(k);
    if (initials(suffix) === letters) return suffix;
  }
  return undefined;
}

/** Capitalised words (and joining lower-case connectors) right before word i. */
function runBefore(words: readonly Word[], i: number): Word[] {
  const run: Word[] = [];
  let k = i - 1;
  while (k >= 0) {
    const w = words[k]!;
    if (!w.mark && (w.cap || (lexicon.connectors.has(w.norm) && words[k - 1]?.cap))) {
      run.unshift(w);
      k--;
    } else break;
  }
  while (run.length > 0 && !run[0]!.cap) run.shift();
  return run;
}

const inside = (spans: readonly { start: number; end: number }[], start: number, end: number): boolean =>
  spans.some((s) => start < s.end && end > s.start);

function organisationsIn(p: ParagraphWords, people: readonly Person[], city: string | undefined, language: Language, common: ReadonlySet<string>): Found[] {
  const { words, text } = p;
  const found: Found[] = [];
  const personAt = personSpans(text, people);
  const places = placeSpans(text);
  const outlets = outletSpans(text);
  // Editor's initials and agency credits at the end: "(AFP / AP / MON)", "(Uu. SYS / G003/M016)".
  const credits = [...text.matchAll(/\([^()]*\/[^()]*\)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

  // News outlets and parties, except one opening a sentence that the article also writes as a common word ("antara" is "between").
  for (const s of outlets) {
    const i = words.findIndex((w) => w.start === s.start);
    if (i >= 0 && opensSentence(p, i) && common.has(words[i]!.norm) && !words[i]!.acronym && words[i + 1]?.text !== '(' && !/^\s*News/.test(text.slice(s.end))) continue;
    const entry = outletEntryOf(s.text)!;
    found.push({ key: `outlet:${entry}`, name: outletNames(entry)[0]!, alias: s.text, paragraph: p.n, start: s.start });
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Acronyms.
    // A company's legal form before its name ("PT Lorem Ipsum", "CV Maju") opens the name, as a word for an organisation does.
    const opensName = isOrganisationStart(words, i) && words[i + 1]?.mark === false && words[i + 1]!.cap;
    if (w.acronym && !opensName && !roman.test(w.text) && w.text.replace(/[^\p{L}]/gu, '').length >= 2) {
      if (inside(places, w.start, w.end) || inside(outlets, w.start, w.end) || inside(personAt, w.start, w.end)) continue;
      if (inside(credits, w.start, w.end)) continue;
      // "UU ITE", "Perppu Ormas": a law, not a body.
      if (lexicon.lawWords.has(w.norm) || lexicon.lawWords.has(words[i - 1]?.norm ?? '')) continue;
      // "Kapolres Bogor AKBP Budi Santoso": the rank of the name after it (not after a rank or a
      // title: the force of "Mayjen TNI Budi", "Panglima TNI Jenderal …"; nor before other words).
      const next = words[i + 1];
      const before = words[i - 1]?.norm ?? '';
      const nameNext = next !== undefined && !next.mark && next.cap && !next.acronym && !lexicon.rankWords.has(next.norm) && !lexicon.titleWords.has(next.norm) && !lexicon.roleWords.has(next.norm);
      if (lexicon.rankWords.has(w.norm) && nameNext && !lexicon.rankWords.has(before) && !lexicon.titleWords.has(before)) continue;
      // A place written in capitals ("CITY (Outlet) -") is no acronym.
      if (gazetteerEntryOf(w.text) !== undefined || (city !== undefined && fold(city) === w.norm)) continue;
      const acronym = w.text.replace(/\.$/, '');
      let expansion: string | undefined;
      // "Long Name (ACR)"
      if (words[i - 1]?.text === '(' && words[i + 1]?.text === ')') {
        const run = runBefore(words, i - 1);
        const spelled = expansionFor(acronym, run);
        if (spelled) expansion = text.slice(spelled[0]!.start, spelled[spelled.length - 1]!.end);
        else if (run.length >= 2 && run.length <= 6 && lexicon.titles.matchAt(run, 0) === 0) expansion = text.slice(run[0]!.start, run[run.length - 1]!.end);
      }
      // "ACR (Long Name)"
      if (!expansion && words[i + 1]?.text === '(') {
        const close = words.findIndex((x, k) => k > i + 1 && x.text === ')');
        if (close > i + 2) {
          const run = words.slice(i + 2, close);
          if (run.every((x) => !x.mark) && initials(run) === acronym.replace(/[^\p{L}]/gu, '').toUpperCase()) expansion = text.slice(run[0]!.start, run[run.length - 1]!.end);
        }
      }
      found.push({ key: `acr:${acronym}`, name: acronym, ...(expansion && { expansion }), paragraph: p.n, start: w.start });
      continue;
    }
    // Names that begin with a word for an organisation.
    if (isOrganisationStart(words, i) && !inside(personAt, w.start, w.end) && !inside(outlets, w.start, w.end)) {
      let j = i + lexicon.organisationWords.matchAt(words, i);
      while (j < words.length) {
        const x = words[j]!;
        if (inside(personAt, x.start, x.end) || lexicon.deceasedMarkers.has(x.norm)) break;
        if (!x.mark && lexicon.organisationSuffixes.has(x.norm)) {
          j++;
          break;
        }
        if (!x.mark && (x.cap || /^\p{N}/u.test(x.text))) j++;
        else if (!x.mark && lexicon.connectors.has(x.norm) && words[j + 1]?.cap && !inside(personAt, words[j + 1]!.start, words[j + 1]!.end)) j++;
        else break;
      }
      while (j > i + 1 && !words[j - 1]!.cap) j--;
      if (j - i >= 2) {
        const name = text.slice(w.start, words[j - 1]!.end);
        found.push({ key: `name:${fold(name)}`, name, paragraph: p.n, start: w.start });
      }
      i = j - 1;
      continue;
    }
    // English names end with the word for the organisation: "Oregon Fishing Board", "Harvard University".
    if (language === 'en' && !w.mark && w.cap && !w.acronym && !isFunctionWord(w) && !((words[i - 1]?.mark === false) && words[i - 1]!.cap && !isFunctionWord(words[i - 1]!)) && !inside(personAt, w.start, w.end) && !inside(outlets, w.start, w.end) && lexicon.titles.matchAt(words, i) === 0) {
      let j = i;
      while (j < words.length && !words[j]!.mark && words[j]!.cap && !inside(personAt, words[j]!.start, words[j]!.end) && words[j]!.start <= (words[j - 1]?.end ?? 0) + 1) j++;
      const last = words[j - 1]!;
      if (j - i >= 2 && lexicon.organisationWords.has(last.norm)) {
        const name = text.slice(w.start, last.end);
        found.push({ key: `name:${fold(name)}`, name, paragraph: p.n, start: w.start });
        i = j - 1;
      }
    }
  }
  return found;
}

/** Organisations of an article, in order of first mention. */
export function extractOrganisations(
  article: Article,
  people: readonly Person[] = extractPeople(article),
  { paragraphs, common }: ArticleWords = articleWords(article),
): Organisation[] {
  const found = paragraphs.flatMap((p) => organisationsIn(p, people, article.meta.city, article.meta.language, common));
  // A named organisation that is an acronym's expansion is the same body.
  const expansions = new Map<string, string>();
  for (const f of found) if (f.expansion) expansions.set(fold(f.expansion), f.key);
  for (const f of found) {
    if (f.key.startsWith('name:')) {
      const k = expansions.get(fold(f.name));
      if (k) f.key = k;
    }
  }
  const groups = new Map<string, Found[]>();
  for (const f of found) groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  // A shorter name held in a longer one ("Dewan Keamanan" in "Dewan Keamanan PBB") joins it.
  const keys = [...groups.keys()];
  for (const k of keys) {
    if (!k.startsWith('name:')) continue;
    const short = groups.get(k)![0]!.name;
    const longer = keys.find((o) => o !== k && o.startsWith('name:') && groups.has(o) && groups.get(o)![0]!.name.startsWith(`${short} `));
    if (longer) {
      groups.get(longer)!.push(...groups.get(k)!.map((f) => ({ ...f, alias: f.name })));
      groups.delete(k);
    }
  }
  const organisations: { org: Organisation; first: number }[] = [];
  for (const group of groups.values()) {
    const head = group[0]!;
    const name = head.key.startsWith('name:')
      ? group.reduce((a, b) => (b.name.length > a.length ? b.name : a), head.name)
      : head.key.startsWith('acr:') ? head.key.slice(4) : head.name;
    const expansion = group.find((f) => f.expansion)?.expansion;
    const forms = [...new Set([name, ...group.flatMap((f) => [f.name, f.alias ?? ''])].filter((s) => s !== '' && s !== name))];
    const outletKey = head.key.startsWith('outlet:') ? Number(head.key.slice(7)) : undefined;
    const aliases = [...new Set([...forms, ...(outletKey !== undefined ? outletNames(outletKey) : []), ...(expansion ? [expansion] : [])])].filter((a) => a !== name);
    const paragraphSet = new Set(group.map((f) => f.paragraph));
    for (const p of paragraphs) for (const form of [name, ...forms]) if (findAll(p.text, form).length > 0) paragraphSet.add(p.n);
    organisations.push({
      org: { name, ...(expansion && { expansion }), aliases, paragraphs: [...paragraphSet].sort((a, b) => a - b) },
      first: Math.min(...group.map((f) => f.paragraph * 1_000_000 + f.start)),
    });
  }
  return organisations.sort((a, b) => a.first - b.first).map((o) => o.org);
}
