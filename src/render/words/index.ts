// The words of each language kutip speaks, and how a command is named to its asker.
import { CATALOG, type CommandName } from '../../../commands/catalog.js';
import { en } from './en.js';
import { id } from './id.js';
import type { Locale, Words } from './words.js';

export type { AddRefusal, ArticleWords, Locale, Words } from './words.js';

export const WORDS: Readonly<Record<Locale, Words>> = { en, id };

/** A command as the asker types it: "/who" in English, "/siapa" in Indonesian. */
export function commandAs(name: CommandName | string, locale: Locale): string {
  const entry = CATALOG.find((c) => c.name === name);
  return `/${entry && locale === 'id' ? entry.id : name}`;
}

/** Discord's locale for Indonesian is `id`; everything else is answered in English. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale === 'id' ? 'id' : 'en';
}
