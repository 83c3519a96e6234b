// The articles a list-answer (/timeline, /people) reads: every article of the scope, or, when the
// asker says what about, only those that hold enough of those words (a place in any of its names
// counting as one).
import { narrow } from '../index/search.js';
import type { Scope } from '../index/scope.js';
import type { Query } from '../query/query.js';

/** Share of the `about` words an article must hold. */
const ABOUT_SHARE = 0.6;

/** The scope narrowed to the articles about the query's words; the whole scope when nothing was typed. */
export function aboutScope(scope: Scope, query: Query): Scope {
  if (query.text === '') return scope;
  const groups = query.groups.map((g) => g.terms);
  if (groups.length === 0) return { library: scope.library, entries: [], members: new Set() };
  return narrow(scope, groups, ABOUT_SHARE);
}
