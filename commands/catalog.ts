// The one list of kutip's commands: their names in each language, what they do, and how /help
// describes them. Registration (the slash commands' names and localizations), /help, the router,
// the console's parser and every reply that names a command read it from here. Plain data: the
// core may read it without importing discord.js.

export interface CommandEntry {
  /** The English name: `/who`. Also the name in the JSON contract and on the console. */
  readonly name: string;
  /** The Indonesian name Discord shows users whose locale is `id`: `/siapa`. */
  readonly id: string;
  /** Description shown in Discord's command picker (≤ 100 characters). */
  readonly description: { readonly en: string; readonly id: string };
  /** /help's line: what to type after the name, and what the command gives. */
  readonly help: { readonly en: string; readonly id: string };
  /** An example of what to type, shown when the query is empty. */
  readonly example?: { readonly en: string; readonly id: string };
  /** Also a message context-menu command (right-click a message → Apps), under this name (≤ 32 characters). */
  readonly menu?: { readonly en: string; readonly id: string };
}

export const CATALOG = [
  {
    name: 'who',
    id: 'siapa',
    description: { en: 'Who is someone in the article: full name, role, where they appear', id: 'Siapa seseorang di artikel: nama lengkap, jabatan, di mana disebut' },
    help: { en: '<name or question> — a person: full name, role, where they appear', id: '<nama atau pertanyaan> — tokoh: nama lengkap, jabatan, di mana disebut' },
    example: { en: 'a surname', id: 'nama belakang' },
  },
  {
    name: 'when',
    id: 'kapan',
    description: { en: 'When something happened, with the paragraph that dates it', id: 'Kapan sesuatu terjadi, dengan paragraf yang menyebut tanggalnya' },
    help: { en: '<event> — the date of an event, as written and as a calendar date', id: '<peristiwa> — tanggal suatu peristiwa, seperti tertulis dan sebagai tanggal kalender' },
    example: { en: 'treaty signed', id: 'perjanjian ditandatangani' },
  },
  {
    name: 'where',
    id: 'di-mana',
    description: { en: 'Where something happened, or a place and its paragraphs', id: 'Di mana sesuatu terjadi, atau sebuah tempat dan paragrafnya' },
    help: { en: '<place or event> — a place and its passages', id: '<tempat atau peristiwa> — tempat dan paragrafnya' },
    example: { en: 'a city', id: 'nama kota' },
  },
  {
    name: 'quote',
    id: 'kutipan',
    description: { en: 'What someone said in the article, word for word', id: 'Apa yang dikatakan seseorang di artikel, kata demi kata' },
    help: { en: '<speaker or topic> — what someone said, word for word', id: '<pembicara atau topik> — kutipan langsung, kata demi kata' },
    example: { en: 'Hartono', id: 'Hartono' },
  },
  {
    name: 'ask',
    id: 'tanya',
    description: { en: 'Ask any question about the article: who, when, where, what, why, how', id: 'Tanyakan apa saja tentang artikel: siapa, kapan, di mana, apa, mengapa, bagaimana' },
    help: { en: '<question> — any question: who, when, where, what, why, how', id: '<pertanyaan> — pertanyaan apa pun: siapa, kapan, di mana, apa, mengapa, bagaimana' },
    example: { en: 'Who met the minister?', id: 'Siapa yang ditemui menteri?' },
  },
  {
    name: 'search',
    id: 'cari',
    description: { en: 'Find the paragraphs that hold these words', id: 'Temukan paragraf yang memuat kata-kata ini' },
    help: { en: '<words> — the passages that hold these words', id: '<kata> — paragraf yang memuat kata-kata itu' },
    example: { en: 'military aid', id: 'bantuan militer' },
  },
  {
    name: 'timeline',
    id: 'linimasa',
    description: { en: 'The dated events of the article in order, each with its paragraph', id: 'Peristiwa bertanggal dalam artikel secara berurutan, masing-masing dengan paragrafnya' },
    help: { en: '[about] — every dated event, in order of its date', id: '[tentang] — setiap peristiwa bertanggal, menurut urutan tanggalnya' },
  },
  {
    name: 'people',
    id: 'tokoh',
    description: { en: 'Who is who in the article: names, roles, where they appear, how often quoted', id: 'Siapa saja di artikel: nama, jabatan, di mana disebut, berapa kali dikutip' },
    help: { en: '[about] — the people of the article, most prominent first', id: '[tentang] — tokoh dalam artikel, yang paling menonjol lebih dulu' },
  },
  {
    name: 'check',
    id: 'cek',
    description: { en: 'Check a message against the article: supported, contradicted or not in it', id: 'Cek sebuah pesan terhadap artikel: didukung, bertentangan, atau tidak ada' },
    help: {
      en: '<text> — each claim of a message, checked against the article (or right-click a message → Apps → Check against the article)',
      id: '<teks> — setiap klaim sebuah pesan, dicek terhadap artikel (atau klik kanan pesan → Aplikasi → Cek dengan artikel)',
    },
    example: { en: 'Hartono met the minister in Jakarta on 20 June 2024.', id: 'Hartono bertemu menteri di Jakarta pada 20 Juni 2024.' },
    menu: { en: 'Check against the article', id: 'Cek dengan artikel' },
  },
  {
    name: 'source',
    id: 'sumber',
    description: { en: 'Outlet, title, date, link and lede of the article', id: 'Media, judul, tanggal, tautan, dan teras berita artikel' },
    help: { en: '— outlet, title, date, link and lede of the article', id: '— media, judul, tanggal, tautan, dan teras artikel' },
  },
  {
    name: 'help',
    id: 'bantuan',
    description: { en: 'What kutip can answer, and how it cites', id: 'Apa yang bisa dijawab kutip, dan cara kutip mengutip' },
    help: { en: '— this list', id: '— daftar ini' },
  },
] as const satisfies readonly CommandEntry[];

export type CommandName = (typeof CATALOG)[number]['name'];

export const commandNames: readonly CommandName[] = CATALOG.map((c) => c.name);

/** A command by its English or Indonesian name ("who", "siapa"), or undefined. */
export function commandNamed(name: string): (typeof CATALOG)[number] | undefined {
  const key = name.toLowerCase();
  return CATALOG.find((c) => c.name === key || c.id === key);
}

/** A library command's subcommand: its names and what it does, in each language. */
export interface SubcommandEntry {
  readonly name: string;
  readonly id: string;
  readonly description: { readonly en: string; readonly id: string };
}

/**
 * The commands that manage the library instead of answering from it: Discord only (the console and
 * `kutip ask` answer; `kutip add` adds). Adding and removing need Manage Server, and Discord sets
 * permissions per command, not per subcommand: so /article (add, remove) is one command and the list
 * everyone may see, /articles, is another.
 */
export const LIBRARY_CATALOG = [
  {
    name: 'article',
    id: 'artikel',
    description: { en: 'Add or remove an article, for every server (Manage Server)', id: 'Tambah atau hapus artikel, untuk semua server (Kelola Server)' },
    help: { en: 'add <link> | remove <id> — add an article from a link, or remove one', id: 'tambah <tautan> | hapus <id> — tambah artikel dari tautan, atau hapus artikel' },
    subcommands: [
      {
        name: 'add',
        id: 'tambah',
        description: { en: 'Add the news article at a link to the library', id: 'Tambahkan artikel berita dari sebuah tautan ke pustaka' },
      },
      {
        name: 'remove',
        id: 'hapus',
        description: { en: 'Remove an article from the library', id: 'Hapus sebuah artikel dari pustaka' },
      },
    ],
  },
  {
    name: 'articles',
    id: 'daftar-artikel',
    description: { en: 'The articles kutip answers from', id: 'Artikel yang menjadi sumber jawaban kutip' },
    help: { en: '[page] — the articles kutip answers from', id: '[halaman] — artikel yang menjadi sumber jawaban kutip' },
  },
] as const satisfies readonly (CommandEntry & { readonly subcommands?: readonly SubcommandEntry[] })[];

export type LibraryCommandName = (typeof LIBRARY_CATALOG)[number]['name'];
