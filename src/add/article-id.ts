// An article's id: outlet, date and a slug of the title, as the shipped articles are named
// ("tempo-2024-11-02-korut-rusia"). The id is a file name, so only lower-case letters, digits,
// "-" and "_" ever make one: never a path.

export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Lower-case ASCII words joined by "-": "Jepang Beri Sanksi!" → "jepang-beri-sanksi". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cut a slug at a "-" so that it is at most `max` characters. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const at = head.lastIndexOf('-');
  return (at > 0 ? head.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Second-level suffixes under which the name is one label further left ("tempo.co.id"). */
const SECOND_LEVEL = new Set(['co', 'com', 'or', 'go', 'ac', 'net', 'org', 'web', 'my', 'sch', 'gov', 'edu']);

/** "Tempo.co" → "tempo", "CNN Indonesia" → "cnnindonesia", "www.antaranews.com" → "antaranews". */
export function outletSlug(outlet: string): string {
  const trimmed = outlet.trim().toLowerCase();
  const domain = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/.exec(trimmed);
  const name = domain ? siteName(domain[1]!) : trimmed;
  return cut(slugify(name).replace(/-/g, ''), 24);
}

/** The name part of a host: "en.tempo.co" → "tempo", "www.kompas.co.id" → "kompas". */
export function siteName(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  let end = labels.length - 1; // drop the top-level domain
  if (end >= 2 && SECOND_LEVEL.has(labels[end - 1]!)) end--;
  return labels[end - 1] ?? labels[0]!;
}

/** The editorial slug of an article's address: the last path segment that holds words. */
function urlSlug(url: string | undefined): string {
  if (url === undefined) return '';
  try {
    const segments = new URL(url).pathname.split('/').map((s) => decodeURIComponent(s).replace(/\.(html?|php|aspx?)$/i, ''));
    const words = segments.reverse().find((s) => /[a-z]{3,}.*-.*[a-z]/i.test(s));
    return words === undefined ? '' : slugify(words).replace(/^\d+-|-\d+$/g, '');
  } catch {
    return '';
  }
}

export interface IdParts {
  readonly outlet?: string;
  readonly publishedAt?: string;
  readonly title?: string;
  readonly url?: string;
  /** First paragraph, when there is no title to name the article by. */
  readonly lede?: string;
}

/** outlet-date-slug, each part when known; "article" when nothing is. */
export function deriveId({ outlet, publishedAt, title, url, lede }: IdParts): string {
  let host: string | undefined;
  try {
    host = url === undefined ? undefined : new URL(url).hostname;
  } catch {
    host = undefined;
  }
  const source = outlet !== undefined ? outletSlug(outlet) : host !== undefined ? outletSlug(host) : '';
  const date = /^\d{4}-\d{2}-\d{2}/.exec(publishedAt ?? '')?.[0] ?? '';
  const words = (text: string | undefined): string => slugify((text ?? '').split(/\s+/).slice(0, 12).join(' '));
  const slug = cut(words(title) || urlSlug(url) || words(lede), 48);
  const id = cut([source, date, slug].filter((p) => p !== '').join('-'), 100);
  return isValidId(id) ? id : 'article';
}

/** The id itself when it is free, else the first of id-2, id-3 … that is. */
export function freeId(id: string, taken: (candidate: string) => boolean): string {
  if (!taken(id)) return id;
  for (let n = 2; ; n++) {
    const candidate = `${cut(id, 96)}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
