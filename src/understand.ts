// extract: Article → Understanding (people, organisations, places, quotes, dates).
import type { Article, Understanding } from './types.js';

export function understand(_article: Article): Understanding {
  return { people: [], organisations: [], places: [], quotes: [], dates: [] };
}
