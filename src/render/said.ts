// What an answer says (a Said), in words: the sentence of the JSON contract's `answer`, the console's
// first line and the Discord embed's description, in the asker's language.
import { CATALOG } from '../../commands/catalog.js';
import type { ParagraphRef, Said } from '../types.js';
import { formatDate } from './dates.js';
import { commandAs, WORDS, type Locale } from './words/index.js';

/** What the reader typed, as echoed back: trimmed, at most 100 characters. */
const show = (q: string): string => q.trim().slice(0, 100);

const sortedParagraphs = (refs: readonly ParagraphRef[]): number[] => [...new Set(refs.map((r) => r.paragraph))].sort((a, b) => a - b);

/** "¶2, ¶4" — or, across articles, "¶2 (id-a); ¶3 (id-b)". */
export function paragraphList(refs: readonly ParagraphRef[]): string {
  const articles = [...new Set(refs.map((r) => r.article))];
  if (articles.length <= 1) return sortedParagraphs(refs).map((n) => `¶${n}`).join(', ');
  return articles.map((a) => `${sortedParagraphs(refs.filter((r) => r.article === a)).map((n) => `¶${n}`).join(', ')} (${a})`).join('; ');
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
  const lines = CATALOG.map((c) => (locale === 'id' ? `/${c.id} (/${c.name}) ${c.help.id}` : `/${c.name} ${c.help.en}`));
  return [w.helpIntro, ...lines].join('\n');
}

export function sentenceOf(said: Said, locale: Locale): string {
  const w = WORDS[locale];
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
      return `${said.name}${said.detail ? ` — ${said.detail}` : ''}. ${w.mentioned(paragraphList(said.refs))}`;
    case 'place-profile':
      return w.placeMentioned(said.place, paragraphList(said.refs));
    case 'people':
      return `${joinNames(said.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)), w.and)} — ¶${said.paragraph}.`;
    case 'answer': {
      const head = said.date ? formatDate({ ...said.date, text: said.value }) : said.role !== undefined && !said.value.includes(said.role) ? `${said.value} — ${said.role}` : said.value;
      return `${head} — ¶${said.paragraph}`;
    }
    case 'date':
      return `${formatDate(said.date)} — ${at(said.ref, said.multi)}`;
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
    case 'not-said':
      return said.asks === 'who' ? w.nobody(show(said.query)) : w.nowhere(show(said.query));
    case 'quotes':
      return said.quotes
        .map((q) => `${q.speaker ?? w.speakerUnknown} (${atAll(q.refs, said.multi)}${q.via !== undefined ? `, ${w.via} ${q.via}` : ''}): “${q.text.replace(/\n/g, ' ')}”`)
        .join('\n');
    case 'unquoted':
      return w.unquoted(said.name, atAll(said.refs, said.multi));
    case 'no-quote':
      return w.noQuote(show(said.query));
    case 'source': {
      const parts = said.articles.map((a) => w.source(a));
      return said.articles.length > 1 ? said.articles.map((a, i) => `[${a.id}]\n${parts[i]}`).join('\n\n') : (parts[0] ?? '');
    }
    case 'help':
      return helpText(locale);
  }
}
