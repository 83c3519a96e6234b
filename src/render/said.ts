// What an answer says (a Said), in words: the sentence of the JSON contract's `answer`, the console's
// first line and the Discord embed's description, in the asker's language.
import { CATALOG, LIBRARY_CATALOG } from '../../commands/catalog.js';
import type { DateText, LibrarySaid, Paging, ParagraphRef, RoleCount, Said } from '../findings.js';
import { formatDate } from './dates.js';
import { castText, checkText, timelineText } from './said-lists.js';
import { commandAs, WORDS, type Locale } from './words/index.js';

/** What the reader typed, as echoed back: trimmed, at most 100 characters. */
const show = (q: string): string => q.trim().slice(0, 100);

/**
 * The paragraph numbers, each once, ascending. By hand, for a few numbers: a Set spread and a sort
 * with a comparator cost several times more, and every answer that names paragraphs comes here.
 */
function sortedParagraphs(refs: readonly ParagraphRef[]): number[] {
  const out: number[] = [];
  for (const r of refs) {
    const n = r.paragraph;
    if (out.includes(n)) continue;
    let i = out.length;
    out.push(n);
    for (; i > 0 && out[i - 1]! > n; i--) out[i] = out[i - 1]!;
    out[i] = n;
  }
  return out;
}

/** "¶2, ¶4, ¶5" */
function pilcrows(paragraphs: readonly number[]): string {
  let text = '';
  for (let i = 0; i < paragraphs.length; i++) text += `${i === 0 ? '' : ', '}¶${paragraphs[i]!}`;
  return text;
}

/** "¶2, ¶4" — or, across articles, "¶2 (id-a); ¶3 (id-b)". */
export function paragraphList(refs: readonly ParagraphRef[]): string {
  if (refs.every((r) => r.article === refs[0]!.article)) return pilcrows(sortedParagraphs(refs));
  const articles = [...new Set(refs.map((r) => r.article))];
  return articles.map((a) => `${pilcrows(sortedParagraphs(refs.filter((r) => r.article === a)))} (${a})`).join('; ');
}

/** "¶5", or "id ¶5" when the answer was read from several articles. */
const at = (ref: ParagraphRef, multi: boolean): string => `${multi ? `${ref.article} ` : ''}¶${ref.paragraph}`;

/** "¶5, ¶6", or "id ¶5, ¶6" when the answer was read from several articles. */
const atAll = (refs: readonly ParagraphRef[], multi: boolean): string =>
  `${multi && refs[0] ? `${refs[0].article} ` : ''}${refs.map((r) => `¶${r.paragraph}`).join(', ')}`;

function joinNames(names: readonly string[], and: string): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

function helpText(locale: Locale): string {
  const w = WORDS[locale];
  const line = (c: { name: string; id: string; help: { en: string; id: string } }): string =>
    locale === 'id' ? `/${c.id} (/${c.name}) ${c.help.id}` : `/${c.name} ${c.help.en}`;
  return [w.helpIntro, ...CATALOG.map(line), w.helpLibrary, ...LIBRARY_CATALOG.map(line)].join('\n');
}

// Built on first use: a number formatter reads the locale's data out of ICU, some 6 MB of resident
// memory that a process answering nothing with a count (most `kutip ask`) never needs.
const numbers: Partial<Record<Locale, Intl.NumberFormat>> = {};
/** 1,204 in English, 1.204 in Indonesian (one formatter per language: toLocaleString builds one per call). */
export const count = (n: number, locale: Locale): string => (numbers[locale] ??= new Intl.NumberFormat(WORDS[locale].dateLocale)).format(n);

/** "Named in 376 articles — the 5 most relevant." for a page of an answer over several articles; '' otherwise. */
function articlesLine(paging: Paging | undefined, quoted: boolean, locale: Locale): string {
  if (paging === undefined || paging.unit !== 'articles' || paging.to === 0) return '';
  const w = WORDS[locale];
  const shown = paging.pages === 1 ? '' : paging.from === 1 ? w.shownFirst(paging.to) : w.shownRange(paging.from, paging.to);
  return (quoted ? w.quotedIn : w.namedIn)(count(paging.total, locale), shown);
}

/** " (so 250 of the 376 articles that give a role; the most recent (2024-05-01) gives “…”)" */
/**
 * What follows a date the calendar cannot hold, shown as written: that the article gives nothing to
 * place it by ("on Monday", undated), or that it names no day ("beberapa bulan ke depan"); '' else.
 */
function unplacedNote(date: DateText, locale: Locale): string {
  if (date.start !== undefined) return '';
  return date.vague ? WORDS[locale].vague : WORDS[locale].unplaced;
}

function rolesNote(roles: RoleCount | undefined, locale: Locale): string {
  if (roles === undefined || roles.of < 2) return '';
  const w = WORDS[locale];
  const parts = [...(roles.count < roles.of ? [w.rolesAgree(count(roles.count, locale), count(roles.of, locale))] : []), ...(roles.latest ? [w.rolesLatest(roles.latest.role, roles.latest.date)] : [])];
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function libraryText(l: LibrarySaid, paging: Paging | undefined, locale: Locale): string {
  const w = WORDS[locale];
  const named = l.outlets.map((o) => `${o.name} ${count(o.articles, locale)}`).join(', ') + (l.outletCount > l.outlets.length ? ', …' : '');
  const dates = l.from !== undefined && l.to !== undefined ? (l.from === l.to ? l.from : `${l.from} – ${l.to}`) : undefined;
  const from = paging?.from ?? 1;
  const lines = l.newest.map((a) => `- ${[a.title ?? a.id, a.outlet, a.date?.slice(0, 10)].filter(Boolean).join(' · ')}`);
  return [w.libraryHolds(count(l.articles, locale), count(l.outletCount, locale), named, dates), w.newest(from, from + l.newest.length - 1), ...lines].join('\n');
}

/** The answer's words; `paging` adds, over several articles, how many there are and which are shown. */
export function sentenceOf(said: Said, locale: Locale, paging?: Paging): string {
  const w = WORDS[locale];
  const line = (quoted = false): string => {
    const text = articlesLine(paging, quoted, locale);
    return text === '' ? '' : ` ${text}`;
  };
  switch (said.kind) {
    case 'passage':
      return said.text;
    case 'not-found':
      return w.notFound(show(said.query));
    case 'empty-query': {
      const entry = CATALOG.find((c) => c.name === said.command);
      const example = entry && 'example' in entry ? entry.example[locale] : CATALOG.find((c) => c.name === 'search')!.example[locale];
      const command = entry && 'example' in entry ? said.command : 'search';
      return w.emptyQuery(commandAs(command, locale), example);
    }
    case 'unknown-article': {
      const more = said.total > said.loaded.length ? ` ${w.andMore(said.total - said.loaded.length)}` : '';
      return w.unknownArticle(said.id.slice(0, 100), said.loaded.length > 0 ? `${said.loaded.join(', ')}${more}` : w.noneLoaded);
    }
    case 'profile':
      return `${said.name}${said.detail ? ` — ${said.detail}` : ''}${rolesNote(said.roles, locale)}.${line()} ${w.mentioned(paragraphList(said.refs))}`;
    case 'place-profile':
      return `${w.placeMentioned(said.place, paragraphList(said.refs))}${line()}`;
    case 'people':
      return `${joinNames(said.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)), w.and)} — ¶${said.paragraph}.`;
    case 'answer': {
      const head = said.date ? formatDate({ ...said.date, text: said.value }) : said.role !== undefined && !said.value.includes(said.role) ? `${said.value} — ${said.role}` : said.value;
      return `${head} — ¶${said.paragraph}${said.date ? unplacedNote(said.date, locale) : ''}`;
    }
    case 'date':
      return `${formatDate(said.date)} — ${at(said.ref, said.multi)}${unplacedNote(said.date, locale)}`;
    case 'undated':
      return w.undated(at(said.ref, said.multi)) + (said.nearest ? w.nearest(formatDate(said.nearest.date), at(said.nearest.ref, said.multi)) : '');
    case 'unsupported':
      return w.unsupported(at(said.ref, said.multi), said.missing.join('”, “'), said.says);
    case 'place':
      return `${said.place} (¶${said.paragraph}).`;
    case 'not-named':
      return said.what === 'person' ? w.notNamedPerson(show(said.query)) : w.notNamedPlace(show(said.query));
    case 'is-a-place':
      return w.isAPlace(show(said.query), commandAs('where', locale));
    case 'written-unknown':
      return w.writtenUnknown(show(said.query), paragraphList(said.refs));
    case 'is-a-person':
      return said.asked ? w.whereabouts(show(said.query)) : w.isAPerson(show(said.query), commandAs('who', locale));
    case 'not-said':
      return said.asks === 'who' ? w.nobody(show(said.query)) : said.asks === 'whose' ? w.unowned(show(said.query)) : w.nowhere(show(said.query));
    case 'quotes':
      return (paging?.unit === 'articles' ? `${articlesLine(paging, true, locale)}\n` : '') + said.quotes
        .map((q) => `${q.speaker ?? w.speakerUnknown} (${atAll(q.refs, said.multi)}${q.via !== undefined ? `, ${w.via} ${q.via}` : ''}): “${q.text.replace(/\n/g, ' ')}”`)
        .join('\n');
    case 'unquoted':
      return `${w.unquoted(said.name, said.refs.length > 0 && new Set(said.refs.map((r) => r.article)).size > 1 ? paragraphList(said.refs) : atAll(said.refs, said.multi))}${line()}`;
    case 'no-quote':
      return w.noQuote(show(said.query));
    case 'source': {
      const parts = said.articles.map((a) => w.source(a));
      return said.articles.length > 1 ? said.articles.map((a, i) => `[${a.id}]\n${parts[i]}`).join('\n\n') : (parts[0] ?? '');
    }
    case 'timeline':
      return timelineText(said.events, said.multi, locale, paging);
    case 'no-dates':
      return w.noDates(said.about === undefined ? undefined : show(said.about));
    case 'cast':
      return castText(said.people, said.multi, locale, paging);
    case 'no-people':
      return w.noPeople(said.about === undefined ? undefined : show(said.about));
    case 'check':
      return checkText(said.claims, said.multi, locale);
    case 'nothing-to-check':
      return w.nothingToCheck(said.empty);
    case 'library':
      return libraryText(said.library, paging, locale);
    case 'no-page':
      return w.noPage(said.page, said.pages);
    case 'help':
      return helpText(locale);
  }
}
