// What the core says in its own words, in each language the bot speaks. Article words are never
// translated; only these frames are.
export type Locale = 'id' | 'en';

export interface Messages {
  notFound(query: string): string;
  emptyQuery: string;
  unknownArticle(id: string, loaded: readonly string[]): string;
  source(fields: { outlet?: string; title?: string; date?: string; url?: string; paragraphs: number; lede: string }): string;
  help: string;
}

const show = (query: string): string => `“${query.trim().slice(0, 100)}”`;

/** A few of the loaded ids, not ten thousand. */
const some = (ids: readonly string[], more: (n: number) => string): string =>
  ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} ${more(ids.length - 10)}`;

export const messages: Readonly<Record<Locale, Messages>> = {
  en: {
    notFound: (q) => `The article does not say anything about ${show(q)}.`,
    emptyQuery: 'Type what to look for, for example: /search military aid',
    unknownArticle: (id, loaded) => `No article “${id.slice(0, 100)}” is loaded. Loaded: ${some(loaded, (n) => `and ${n} more`) || 'none'}.`,
    source: (f) =>
      [
        `Outlet: ${f.outlet ?? 'unknown'}`,
        `Title: ${f.title ?? 'not given'}`,
        `Published: ${f.date ?? 'unknown'}`,
        `Link: ${f.url ?? 'not given'}`,
        `Paragraphs: ${f.paragraphs}`,
        `Lede: ${f.lede}`,
      ].join('\n'),
    help: [
      'kutip answers from the article and cites the paragraphs (¶N) it answers from.',
      '/who <name or question> — a person: full name, role, where they appear',
      '/when <event> — the date of an event, as written and as a calendar date',
      '/where <place or event> — a place and its passages',
      '/quote <speaker or topic> — what someone said, word for word',
      '/ask <question> — any question: who, when, where, what, why, how',
      '/search <words> — the passages that hold these words',
      '/source — outlet, title, date, link and lede of the article',
      '/help — this list',
    ].join('\n'),
  },
  id: {
    notFound: (q) => `Artikel tidak menyebut apa pun tentang ${show(q)}.`,
    emptyQuery: 'Ketik apa yang dicari, misalnya: /search bantuan militer',
    unknownArticle: (id, loaded) => `Artikel “${id.slice(0, 100)}” tidak dimuat. Yang dimuat: ${some(loaded, (n) => `dan ${n} lainnya`) || 'tidak ada'}.`,
    source: (f) =>
      [
        `Media: ${f.outlet ?? 'tidak diketahui'}`,
        `Judul: ${f.title ?? 'tidak ada'}`,
        `Terbit: ${f.date ?? 'tidak diketahui'}`,
        `Tautan: ${f.url ?? 'tidak ada'}`,
        `Paragraf: ${f.paragraphs}`,
        `Teras: ${f.lede}`,
      ].join('\n'),
    help: [
      'kutip menjawab dari artikel dan mengutip paragraf (¶N) sumber jawabannya. Di Discord berbahasa Indonesia perintahnya bernama Indonesia (nama Inggrisnya dalam kurung).',
      '/siapa (/who) <nama atau pertanyaan> — tokoh: nama lengkap, jabatan, di mana disebut',
      '/kapan (/when) <peristiwa> — tanggal suatu peristiwa, seperti tertulis dan sebagai tanggal kalender',
      '/di-mana (/where) <tempat atau peristiwa> — tempat dan paragrafnya',
      '/kutipan (/quote) <pembicara atau topik> — kutipan langsung, kata demi kata',
      '/tanya (/ask) <pertanyaan> — pertanyaan apa pun: siapa, kapan, di mana, apa, mengapa, bagaimana',
      '/cari (/search) <kata> — paragraf yang memuat kata-kata itu',
      '/sumber (/source) — media, judul, tanggal, tautan, dan teras artikel',
      '/bantuan (/help) — daftar ini',
    ].join('\n'),
  },
};
