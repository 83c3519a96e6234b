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
  unplaced: '. Artikel tidak menyebut tanggal acuan, jadi tanggal ini tidak dapat ditempatkan di kalender.',
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

  timelineIntro: (n) => (n === 1 ? 'Satu peristiwa bertanggal:' : `${n} peristiwa bertanggal, dari yang paling awal:`),
  notPlaced: 'tanggal tidak dapat dipastikan',
  noDates: (about) => (about === undefined ? 'Artikel tidak menyebut tanggal apa pun.' : `Tidak ada artikel tentang “${about}” yang menyebut tanggal.`),
  castIntro: (n) => (n === 1 ? 'Satu tokoh:' : `${n} tokoh, yang paling menonjol lebih dulu:`),
  namedIn: (where) => `Disebut di ${where}`,
  quoted: (n, where) => (n === 0 ? 'tidak dikutip' : n === 1 ? `dikutip sekali (${where})` : `dikutip ${n} kali (${where})`),
  organisation: (names) => `organisasi: ${names}`,
  noPeople: (about) => (about === undefined ? 'Artikel tidak menyebut nama siapa pun.' : `Tidak ada artikel tentang “${about}” yang menyebut nama orang.`),
  checkIntro: (n) => (n === 1 ? 'Satu klaim dicek terhadap artikel:' : `${n} klaim dicek terhadap artikel:`),
  supported: (where) => `didukung ${where}`,
  contradicted: (differences) => `bertentangan: ${differences}`,
  difference: (article, where, message) => `artikel menyebut ${article} (${where}); pesan menyebut ${message}`,
  unconfirmed: (where) => `belum terkonfirmasi: ${where} membahas hal ini tetapi tidak menyatakannya`,
  notInArticle: 'tidak ada di artikel',
  nothingToCheck: (empty) =>
    empty
      ? 'Tidak ada teks untuk dicek: pesan itu kosong, atau hanya berisi gambar atau berkas.'
      : 'Tidak ada yang bisa dicek terhadap artikel dalam pesan itu: tidak ada nama, tempat, tanggal, angka, atau kutipan.',

  titles: {
    who: 'Siapa', when: 'Kapan', where: 'Di mana', quote: 'Kutipan', ask: 'Jawaban',
    search: 'Pencarian', timeline: 'Linimasa', people: 'Tokoh', check: 'Cek', source: 'Sumber', help: 'Bantuan',
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
