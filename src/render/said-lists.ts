// The list answers in words: a timeline, a cast, the verdicts of a check. One line per item, best
// first (the paging of long answers cuts this list, never a line). The article's words are shown
// as written; only the frames around them are in the asker's language.
import type { CastMember, ClaimSaid, Difference, Paging, ParagraphRef, TimelineEvent } from '../findings.js';
import { formatDate } from './dates.js';
import { WORDS, type Locale } from './words/index.js';

/** A claim as echoed in its line: one line, at most this many characters. */
const CLAIM_SHOWN = 160;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function cut(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const room = line.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${space > max / 2 ? room.slice(0, space) : room}…`;
}

/** "¶5", or "id ¶5" when the answer reads several articles. */
const at = (ref: ParagraphRef, multi: boolean): string => `${multi ? `${ref.article} ` : ''}¶${ref.paragraph}`;

/** Articles a person's line names their paragraphs in; the others are counted, so a line stays short however many articles name them. */
const REF_ARTICLES_SHOWN = 3;

/** "¶4, ¶5" — or, across articles, "¶2 (id-a); ¶3 (id-b)", the first few articles, then how many more. */
function refList(refs: readonly ParagraphRef[], multi: boolean, locale: Locale): string {
  const byArticle = new Map<string, Set<number>>();
  for (const r of refs) byArticle.set(r.article, (byArticle.get(r.article) ?? new Set()).add(r.paragraph));
  const of = (a: string) => [...byArticle.get(a)!].sort((x, y) => x - y).map((n) => `¶${n}`).join(', ');
  const articles = [...byArticle.keys()];
  if (!multi || articles.length <= 1) return articles.map(of).join(', ');
  const shown = articles.slice(0, REF_ARTICLES_SHOWN).map((a) => `${of(a)} (${a})`).join('; ');
  return articles.length > REF_ARTICLES_SHOWN ? `${shown}; ${WORDS[locale].moreArticles(articles.length - REF_ARTICLES_SHOWN)}` : shown;
}

function eventLine(event: TimelineEvent, multi: boolean, locale: Locale): string {
  const placed = (event.date as { start?: string }).start !== undefined;
  const date = placed ? formatDate(event.date) : `${event.date.text} (${WORDS[locale].notPlaced})`;
  const words = `${event.cut?.before ? '…' : ''}${oneLine(event.event)}${event.cut?.after ? '…' : ''}`;
  return `${date} — ${at(event.ref, multi)}: ${words}`;
}

/** The intro of a list: how many in all and, on a page of several, which of them follow. */
function introOf(intro: (n: number) => string, shown: number, paging: Paging | undefined, locale: Locale): string {
  if (paging === undefined || paging.pages <= 1 || paging.to === 0) return intro(paging?.total ?? shown);
  return `${intro(paging.total).replace(/:$/, '')} ${WORDS[locale].shownBelow(paging.from, paging.to)}:`;
}

export function timelineText(events: readonly TimelineEvent[], multi: boolean, locale: Locale, paging?: Paging): string {
  return [introOf(WORDS[locale].timelineIntro, events.length, paging, locale), ...events.map((e) => eventLine(e, multi, locale))].join('\n');
}

function memberLine(member: CastMember, multi: boolean, locale: Locale): string {
  const w = WORDS[locale];
  const roles = member.roles.length > 0 ? ` — ${member.roles.join('; ')}` : '';
  const organisations = member.organisations.length > 0 ? ` (${w.organisation(member.organisations.join(', '))})` : '';
  return `${member.name}${roles}${organisations}. ${w.castNamedIn(refList(member.refs, multi, locale))}; ${w.quoted(member.quotes.length, refList(member.quotes, multi, locale))}.`;
}

export function castText(people: readonly CastMember[], multi: boolean, locale: Locale, paging?: Paging): string {
  return [introOf(WORDS[locale].castIntro, people.length, paging, locale), ...people.map((m) => memberLine(m, multi, locale))].join('\n');
}

/** What differs, as the article writes it: a date it gives no year or day for is shown with where it falls. */
function articleSide(d: Difference): string {
  if (d.what === 'quote') return `“${oneLine(d.article)}”`;
  if (d.what === 'date' && d.date !== undefined && !/\d{4}/.test(d.date.text)) return formatDate(d.date);
  return oneLine(d.article);
}

function verdictOf(claim: ClaimSaid, multi: boolean, locale: Locale): string {
  const w = WORDS[locale];
  const where = claim.ref ? at(claim.ref, multi) : '';
  switch (claim.verdict) {
    case 'supported':
      return w.supported(where);
    case 'contradicted': {
      const differences = (claim.differences ?? []).map((d) =>
        w.difference(articleSide(d), at(d.ref, multi), d.what === 'quote' ? `“${oneLine(d.message)}”` : oneLine(d.message)),
      );
      return w.contradicted(differences.join('; '));
    }
    case 'unconfirmed':
      return w.unconfirmed(where);
    case 'not-in-article':
      return w.notInArticle;
  }
}

export function checkText(claims: readonly ClaimSaid[], multi: boolean, locale: Locale): string {
  const lines = claims.map((c, i) => `${i + 1}. “${cut(c.claim, CLAIM_SHOWN)}” — ${verdictOf(c, multi, locale)}.`);
  return [WORDS[locale].checkIntro(claims.length), ...lines].join('\n');
}
