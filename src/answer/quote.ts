// /quote <speaker or topic>: the article's direct quotes, word for word, with speaker and paragraph.
//
// 1. Speaker: the query names a speaker of a quote (any case, hyphenated or misspelt: "kim jong-un",
//    "puttin"), directly or through a person the article names ("Sari" → Sari Wulandari). `value` is
//    the speaker's fullest name; every quote of theirs is cited, in reading order.
// 2. Relay: the query names the source a quote came through ("Xinhua") → those quotes.
// 3. A person the article names but never quotes → found:false, and the answer says where they are
//    mentioned (citations: those paragraphs), never somebody else's words.
// 4. Topic: the query's words are in the quote (most of them) → those quotes, best first.
// 5. Nothing → found:false.
import type { LibraryEntry } from '../index/library.js';
import { paragraphsWithAny } from '../index/search.js';
import { articlesNamingAll, type Scope } from '../index/scope.js';
import { memoize } from '../memo.js';
import type { Query } from '../query/query.js';
import { allowedTypos, editDistance, termSimilarity } from '../text/similarity.js';
import { termsOf } from '../text/terms.js';
import type { Article, Paragraph, Person, Quote } from '../types.js';
import type { Citation, Finding, ParagraphRef, QuoteSaid } from '../findings.js';
import { beyondTheEnd, bounded, PAGE, pageGroups, pageNumber, pagingOf, shares, type Group } from './page.js';
import { profilePage, type Subject } from './profile.js';
import { peopleNamedBy, quotedCandidates, quotingArticles } from './lookup.js';
import { groupKey } from '../index/names.js';
import { nameKey } from '../text/name-match.js';

/** A name as the name index groups it (remembered: the same speakers come back over many articles). */
const keyOf = memoize(groupKey, 16_384);
import { centrality, dateOf, headlineOf, relevanceStep, UNRANKED } from './rank.js';

interface Found {
  readonly entry: LibraryEntry;
  readonly quote: Quote;
  readonly score: number;
}

/** The entry's quotes, as extract found them. */
const quotesOf = (entry: LibraryEntry): readonly Quote[] => entry.understanding.quotes;

/** The folded words of a name, hyphens as spaces (remembered: names are compared on every query). */
const nameTerms = memoize((name: string): string[] => termsOf(name.replace(/[-'’]/g, ' ')).map((t) => t.norm), 8192);

/** Every term of `a` matches a term of `b` (exactly, or as a typo for longer words). */
/** Is name word y the query word x, or x with a typo or two? */
const matchesWord = (x: string, y: string): boolean => x === y || editDistance(x, y, allowedTypos(x.length)) <= allowedTypos(x.length);

function covers(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.every((x) => b.some((y) => matchesWord(x, y)));
}

/** Does the query name this speaker: all its words are in the name, or all the name's words in the query. */
function namesMatch(terms: readonly string[], name: string | undefined): boolean {
  if (name === undefined) return false;
  const n = nameTerms(name);
  return covers(terms, n) || covers(n, terms);
}

function personNames(p: Person): string[] {
  return [p.name, ...p.aliases];
}

/** People of the entry the query names. */
function peopleNamed(entry: LibraryEntry, terms: readonly string[]): Person[] {
  return entry.understanding.people.filter((p) => personNames(p).some((n) => covers(terms, nameTerms(n))));
}

/** Paragraphs where a capitalised run of words holds every query term (used when no people are extracted). */
function mentionsInText(article: Article, terms: readonly string[], holding: ReadonlySet<Paragraph>): { name: string; paragraphs: number[] } | undefined {
  let name: string | undefined;
  const paragraphs: number[] = [];
  for (const p of article.paragraphs) {
    if (!holding.has(p)) continue;
    for (const m of p.text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
      if (covers(terms, nameTerms(m[0]))) {
        // The words the reader typed, as the article writes them ("Novak"), not the whole title run.
        const hits = termsOf(m[0]).filter((t) => covers([t.norm], terms) || terms.some((q) => covers([q], [t.norm])));
        const written = hits.length > 0 ? m[0].slice(hits[0]!.start, hits[hits.length - 1]!.end) : m[0];
        if (name === undefined || written.length > name.length) name = written;
        if (!paragraphs.includes(p.n)) paragraphs.push(p.n);
      }
    }
  }
  return name !== undefined ? { name, paragraphs } : undefined;
}

/** The folded words of a quote and its attribution clause (remembered by the text: a quote is read on every topic query). */
const wordsOfText = memoize((text: string): string[] => termsOf(text).map((t) => t.norm), 8192);

/** Share of the query's terms found in the quote (and its attribution clause). */
function topicScore(terms: readonly string[], article: Article, quote: Quote): number {
  const words = wordsOfText(`${quote.text} ${quote.attribution ?? ''}`);
  const hit = terms.filter((t) => words.some((w) => termSimilarity(t, w) > 0)).length;
  return hit / terms.length;
}

function citationsOf(found: readonly Found[]): Citation[] {
  const out: Citation[] = [];
  for (const { entry, quote } of found) {
    const parts = quote.text.split('\n');
    quote.paragraphs.forEach((n, i) => {
      const excerpt = entry.article.paragraphs[n - 1]?.text ?? '';
      const part = parts[i] ?? '';
      const existing = out.find((c) => c.article === entry.article.id && c.paragraph === n);
      if (existing) {
        if (part !== '' && excerpt.includes(part)) (existing.highlights as string[]).push(part);
        return;
      }
      out.push({ article: entry.article.id, paragraph: n, excerpt, highlights: part !== '' && excerpt.includes(part) ? [part] : [] });
    });
  }
  return out;
}

/** The quotes found, by article: ranked by how well they match, how much the article quotes and how early, and how recent it is. */
function quoteGroups(scope: Scope, found: readonly Found[], central?: ReadonlyMap<LibraryEntry, number>): Group<Found>[] {
  const byEntry = new Map<LibraryEntry, Found[]>();
  for (const f of found) {
    const list = byEntry.get(f.entry);
    if (list) list.push(f);
    else byEntry.set(f.entry, [f]);
  }
  const groups: Group<Found>[] = [];
  let order = 0;
  for (const [entry, list] of byEntry) {
    let best = 0;
    for (const f of list) best = Math.max(best, f.score);
    // The name index knows how central the speaker is to the article; otherwise work it out from the quotes.
    const known = central?.get(entry);
    groups.push({
      entry,
      key: byEntry.size === 1 ? UNRANKED : { relevance: relevanceStep(best), centrality: known ?? quotedCentrality(scope, entry, list), date: dateOf(entry), order: order++ },
      size: list.length,
      take: (skip, limit) => list.slice(skip, skip + limit),
    });
  }
  return groups;
}

function quotedCentrality(scope: Scope, entry: LibraryEntry, list: readonly Found[]): number {
  const speakers = [...new Set(list.flatMap((f) => (f.quote.speaker !== undefined ? [f.quote.speaker] : [])))];
  const paragraphs = [...new Set(list.map((f) => f.quote.paragraph))].sort((a, b) => a - b);
  return centrality(headlineOf(scope, entry), { paragraphs, forms: speakers, quoted: true });
}

function quotesSaid(found: readonly Found[]): QuoteSaid[] {
  return found.map(({ entry, quote }) => {
    const speaker = quote.speaker ?? quote.attribution;
    const refs = quote.paragraphs.map((paragraph) => ({ article: entry.article.id, paragraph }));
    // Built without conditional spreads (V8 copies those slowly): the same keys, in the same order.
    const said: { speaker?: string; text: string; refs: ParagraphRef[]; via?: string } = speaker !== undefined ? { speaker, text: quote.text, refs } : { text: quote.text, refs };
    if (quote.via !== undefined) said.via = quote.via;
    return said;
  });
}

/** The fullest written form among the matched speakers, or the person's full name. */
function valueOf(found: readonly Found[], person: Person | undefined): string | undefined {
  if (person) return person.name;
  const names = found.map((f) => f.quote.speaker ?? f.quote.via).filter((n): n is string => n !== undefined);
  return names.sort((a, b) => b.length - a.length)[0];
}

export function answerQuote(scope: Scope, query: Query): Finding {
  const { entries } = scope;
  const base = { command: 'quote', query: query.text } as const;
  const terms = query.terms;
  if (terms.length === 0) return { ...base, found: false, citations: [], said: { kind: 'empty-query', command: 'quote' } };
  const multi = entries.length > 1;
  const page = pageNumber(query);

  // 1–2. The query names a speaker (or a relay source), directly or through a person of the article.
  // Quotes of a person the index knows, over a large library: only the page's articles are read.
  const named = peopleNamedBy(scope, terms);
  const quoting = named ? quotingArticles(scope, named) : [];
  if (quoting.length > 1) {
    const wanted = page * PAGE.articles;
    const shown = quoting.slice(wanted - PAGE.articles, wanted).map((m) => {
      const entry = scope.library.entries[m.entry]!;
      const person = entry.understanding.people[m.at]!;
      const keys = new Set([person.name, ...person.aliases].map(keyOf));
      return { entry, quotes: quotesOf(entry).filter((q) => q.speaker !== undefined && keys.has(keyOf(q.speaker))), person };
    });
    const paging = pagingOf(quoting.length, PAGE.articles, page, 'articles', shown.length);
    if (shown.length === 0) return beyondTheEnd('quote', query, paging);
    const counts = shares(shown.map((s) => s.quotes.length));
    const found: Found[] = shown.flatMap((s, i) => s.quotes.slice(0, counts[i]).map((quote) => ({ entry: s.entry, quote, score: 1 })));
    const value = shown[0]!.person.name;
    return { ...base, found: true, value, citations: citationsOf(found).map(bounded), said: { kind: 'quotes', quotes: quotesSaid(found), multi }, paging };
  }
  // Over a large library the name index says which people the terms name, in which articles.
  const indexed = quotedCandidates(scope, terms);
  const bySpeaker: Found[] = [];
  let person: Person | undefined;
  if (indexed) {
    const termKeys = new Set(terms.map(nameKey));
    const wordsOf = memoize((name: string): string[] => keyOf(name).split(' ').map(nameKey), 4096);
    // A speaker is named by the terms: the person's name, or all its words typed, or all typed words its words (exactly).
    const speaks = (name: string | undefined): boolean => {
      if (name === undefined) return false;
      if (indexed.people.has(keyOf(name))) return true;
      const words = wordsOf(name);
      return words.every((w) => termKeys.has(w)) || [...termKeys].every((t) => words.includes(t));
    };
    for (const entry of indexed.entries) {
      const people = indexed.named.get(entry) ?? [];
      person ??= people[0];
      for (const quote of quotesOf(entry)) {
        const direct = speaks(quote.speaker) || speaks(quote.via);
        // Through a person named: every word of the speaker's name is a word of theirs ("Santoso" for "Budi Santoso").
        const viaPerson = !direct && quote.speaker !== undefined && people.some((p) => wordsOf(quote.speaker!).every((w) => personNames(p).some((n) => wordsOf(n).includes(w))));
        if (direct || viaPerson) bySpeaker.push({ entry, quote, score: direct ? 1 : 0.9 });
      }
    }
  } else {
    // A few articles: each name is compared as it comes (names repeat little within one article).
    for (const entry of entries) {
      const people = entry.understanding.people.filter((p) => personNames(p).some((n) => covers(terms, nameTerms(n))));
      person ??= people[0];
      for (const quote of quotesOf(entry)) {
        const direct = namesMatch(terms, quote.speaker) || namesMatch(terms, quote.via);
        const viaPerson = !direct && quote.speaker !== undefined && people.some((p) => personNames(p).some((n) => covers(nameTerms(quote.speaker!), nameTerms(n))));
        if (direct || viaPerson) bySpeaker.push({ entry, quote, score: direct ? 1 : 0.9 });
      }
    }
  }
  if (bySpeaker.length > 0) {
    const value = valueOf(bySpeaker, person);
    const paged = pageGroups(quoteGroups(scope, bySpeaker, indexed?.centrality), page, 'quotes');
    if (paged.paging.page > paged.paging.pages) return beyondTheEnd('quote', query, paged.paging);
    const shown = paged.items.map((i) => i.item);
    return { ...base, found: true, ...(value !== undefined && { value }), citations: citationsOf(shown).map(bounded), said: { kind: 'quotes', quotes: quotesSaid(shown), multi }, paging: paged.paging };
  }

  // 3. A person the article names, but never quotes.
  // Only paragraphs holding a query word can mention the person: the index finds them.
  const holding = new Set(paragraphsWithAny(scope, terms).map((h) => h.paragraph));
  const mentioned: Subject[] = [];
  // Over a library, only the articles whose names hold every query word can have such a person (the
  // index's name words: the same words peopleNamed compares), so the others are not read name by name.
  const naming = multi ? articlesNamingAll(scope, terms, matchesWord) : undefined;
  for (const entry of entries) {
    const named = naming === undefined || naming.has(scope.library.indexOf(entry.article.id)) ? peopleNamed(entry, terms)[0] : undefined;
    const mention = named ? { name: named.name, paragraphs: [...named.paragraphs] } : mentionsInText(entry.article, terms, holding);
    if (!mention || mention.paragraphs.length === 0) continue;
    // A topic word that happens to be capitalised ("Rusia") is not a person: quotes about it come first.
    const aboutIt = quotesOf(entry).some((q) => topicScore(terms, entry.article, q) >= 0.6);
    if (!named && aboutIt) continue;
    mentioned.push({
      entry,
      name: mention.name,
      forms: named ? personNames(named) : [mention.name],
      paragraphs: mention.paragraphs,
      cite: (n) => {
        const excerpt = entry.article.paragraphs[n - 1]?.text ?? '';
        return { article: entry.article.id, paragraph: n, excerpt, highlights: excerpt.includes(mention.name) ? [mention.name] : [] };
      },
    });
    // One article answers as before; over a library, every article naming them is ranked.
    if (!multi) break;
  }
  if (mentioned.length > 0) {
    const p = profilePage(mentioned, query.text, page, scope);
    if (p.paging.page > p.paging.pages) return beyondTheEnd('quote', query, p.paging);
    const refs: ParagraphRef[] = p.citations.map((c) => ({ article: c.article, paragraph: c.paragraph }));
    return { ...base, found: false, said: { kind: 'unquoted', name: p.main.name, refs, multi }, citations: p.citations, paging: p.paging };
  }

  // 4. Topic words in the quotes.
  const byTopic: Found[] = [];
  for (const entry of entries) {
    for (const quote of quotesOf(entry)) {
      const score = topicScore(terms, entry.article, quote);
      if (score >= 0.6) byTopic.push({ entry, quote, score });
    }
  }
  byTopic.sort((a, b) => b.score - a.score);
  if (byTopic.length > 0) {
    const paged = pageGroups(quoteGroups(scope, byTopic), page, 'quotes');
    if (paged.paging.page > paged.paging.pages) return beyondTheEnd('quote', query, paged.paging);
    const shown = paged.items.map((i) => i.item);
    const value = shown[0]?.quote.speaker ?? shown[0]?.quote.via;
    return { ...base, found: true, ...(value !== undefined && { value }), citations: citationsOf(shown).map(bounded), said: { kind: 'quotes', quotes: quotesSaid(shown), multi }, paging: paged.paging };
  }
  return { ...base, found: false, citations: [], said: { kind: 'no-quote', query: query.text } };
}
