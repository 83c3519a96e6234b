// Bahasa Indonesia.
import type { Words } from './words.js';

export const id: Words = {
  dateLocale: 'id-ID',
  and: 'dan',

  notFound: (q) => `Artikel tidak menyebut apa pun tentang “${q}”.`,
  emptyQuery: (command, example) => `Ketik apa yang dicari, misalnya: ${command} ${example}`,
  unknownArticle: (id, loaded) => `Artikel “${id}” tidak dimuat. Yang dimuat: ${loaded}.`,
  andMore: (n) => `dan ${n} lainnya`,
  noneLoaded: 'tidak ada',
  mentioned: (where) => `Disebut di ${where}.`,
  placeMentioned: (place, where) => `${place} — disebut di ${where}.`,
  notNamedPerson: (q) => `Artikel tidak menyebut “${q}”.`,
  notNamedPlace: (q) => `Artikel tidak menyebut tempat “${q}”.`,
  isAPlace: (q, where) => `“${q}” adalah tempat dalam artikel ini, bukan orang (lihat ${where}).`,
  nobody: (q) => `Artikel tidak menyebut siapa ${q}.`,
  nowhere: (q) => `Artikel tidak menyebut di mana ${q}.`,
  undated: (where) => `Paragraf yang menceritakannya (${where}) tidak menyebut tanggal.`,
  unsupported: (where, missing, says) =>
    says !== undefined
      ? `Artikel tidak menyebutkannya: ${where} menyebut “${says}”, bukan “${missing}”.`
      : `Artikel tidak menyebutkannya: ${where} paling dekat, tetapi tidak menyebut “${missing}”.`,
  nearest: (date, where) => ` Tanggal terdekat yang disebut sebelumnya adalah ${date} (${where}); artikel tidak menyatakan itu tanggal peristiwa ini.`,
  noQuote: (q) => `Tidak ada kutipan dalam artikel yang cocok dengan “${q}”.`,
  unquoted: (name, where) => `${name} disebut di ${where} tetapi tidak dikutip.`,
  speakerUnknown: 'pembicara tidak disebut',
  via: 'melalui',
  source: (f) =>
    [
      `Media: ${f.outlet ?? 'tidak diketahui'}`,
      `Judul: ${f.title ?? 'tidak ada'}`,
      `Terbit: ${f.date ?? 'tidak diketahui'}`,
      `Tautan: ${f.url ?? 'tidak ada'}`,
      `Paragraf: ${f.paragraphs}`,
      `Teras: ${f.lede}`,
    ].join('\n'),
  helpIntro:
    'kutip menjawab dari artikel dan mengutip paragraf (¶N) sumber jawabannya. Di Discord berbahasa Indonesia perintahnya bernama Indonesia (nama Inggrisnya dalam kurung).',

  titles: {
    who: 'Siapa', when: 'Kapan', where: 'Di mana', quote: 'Kutipan', ask: 'Jawaban',
    search: 'Pencarian', source: 'Sumber', help: 'Bantuan',
  },
  notFoundTitle: 'Tidak ada di artikel',
  sourceLabel: 'Sumber',
  sourcesLabel: 'Sumber',
  more: (count, paragraphs) => `${count} lagi: ${paragraphs}`,
  error: (interactionId) =>
    `Maaf, terjadi kesalahan di pihak saya. Silakan coba lagi; jika terus terjadi, berikan ID interaksi ini kepada admin: \`${interactionId}\``,
  cooldown: (seconds) => `Tunggu ${seconds} detik sebelum perintah berikutnya.`,
  unknownArticleOption: (article, option, interactionId) =>
    `Tidak ada artikel “${article}”. Pilih dari daftar yang disarankan opsi \`${option}\`. (interaksi \`${interactionId}\`)`,

  badJson: 'Baris itu tampak seperti JSON tetapi bukan JSON yang sah.',
  jsonNeedsCommand: 'Baris JSON memerlukan string "command", mis. {"command": "/cari Kursk"}.',
  jsonArticleType: '"article" harus berupa string (ID artikel).',
  jsonLocale: '"locale" harus "id" (bahasa Indonesia) atau "en" (bahasa Inggris).',
  jsonUnknownField: (field) => `Kolom “${field}” tidak dikenal dalam baris JSON; kolomnya command, article, dan locale.`,
  unknownCommand: (name, commands) => `Perintah “/${name}” tidak dikenal. Perintah: ${commands}`,
};
