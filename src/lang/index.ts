import type { Language } from '../types.js';
import { en } from './en.js';
import { id } from './id.js';
import type { LanguageTable } from './tables.js';

export type { LanguageTable, QuestionKind } from './tables.js';
export const tables: Readonly<Record<Language, LanguageTable>> = { id, en };
/** Both languages, for rules that must read either (a question may be English about an Indonesian article). */
export const allTables: readonly LanguageTable[] = [id, en];
