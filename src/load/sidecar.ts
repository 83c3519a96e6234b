// The optional sidecar `<id>.json` of an article, validated with zod (strict: an unknown field is
// refused), and the one error every load problem is reported with: one line naming the file.
import * as z from '../zod.js';

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "2024-02-31" matches the pattern but is no day of the calendar. */
export function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const sidecarSchema = z.strictObject({
  title: z.optional(z.string().check(z.trim(), z.minLength(1))),
  url: z.optional(z.url()),
  outlet: z.optional(z.string().check(z.trim(), z.minLength(1))),
  publishedAt: z.optional(z.string().check(z.regex(isoDate, 'must be an ISO date like 2024-11-02'), z.refine(isRealDay, 'is not a real date'))),
  language: z.optional(z.enum(['id', 'en'])),
});

export type Sidecar = z.infer<typeof sidecarSchema>;

/** Control characters and line breaks as \uXXXX: a problem stays one line and prints nothing raw from a file. */
const oneLine = (text: string): string => text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(oneLine(`${file}: ${message}`));
    this.name = 'ArticleError';
  }
}

/** Validate a sidecar; the error names the file, the field and what is wrong, on one line. */
export function parseSidecar(file: string, json: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new ArticleError(file, `not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
    throw new ArticleError(file, `field "${field}": ${issue.message}`);
  }
  return result.data;
}
