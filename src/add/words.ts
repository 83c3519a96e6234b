// What kutip says about adding an article, one table per language. Every problem is one line.
import type { AddressKind } from './address.js';
import type { AddedArticle } from './add-article.js';
import type { AddProblem } from './problems.js';

export type Locale = 'en' | 'id';

type Sentences = { readonly [C in AddProblem['code']]: (p: Extract<AddProblem, { code: C }>) => string };

interface Words {
  readonly problems: Sentences;
  readonly kinds: Readonly<Record<AddressKind, string>>;
  readonly added: (a: AddedArticle) => readonly string[];
}

const clip = (s: string, n = 200): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** "intranet.example (10.0.0.1)", or the address alone when it was typed as one. */
const where = (p: { host: string; address: string }): string => (p.host === p.address ? p.address : `${clip(p.host, 100)} (${p.address})`);

const en: Words = {
  kinds: {
    public: 'a public address', loopback: 'this machine (loopback)', private: 'a private network', 'link-local': 'a link-local address',
    cgnat: 'a carrier-grade NAT address', multicast: 'a multicast address', unspecified: 'an unspecified address',
    broadcast: 'the broadcast address', reserved: 'a reserved address', metadata: 'a cloud metadata service', invalid: 'an invalid address',
  },
  problems: {
    'empty-input': () => 'Give a link (https://…), a saved web page (.html) or a text file (.txt) to add.',
    'bad-url': () => 'That is not a valid link.',
    'bad-scheme': (p) => `Only http and https links can be read, not ${clip(p.scheme, 20)}:.`,
    'credentials-in-url': () => 'Links with a user name or password in them are not read.',
    'refused-host': (p) => `${clip(p.host, 100)} is a cloud metadata service: kutip does not read from it.`,
    'refused-address': (p) => `${where(p)} is ${en.kinds[p.kind]}: kutip reads only from the public internet.`,
    'dns-failed': (p) => `The site ${clip(p.host, 100)} could not be found.`,
    'connect-failed': (p) => `The site ${clip(p.host, 100)} could not be reached (${clip(p.reason, 40)}).`,
    'too-many-redirects': (p) => `The link redirects more than ${p.limit} times; kutip stops there.`,
    'bad-redirect': () => 'The site redirected to an address that is not a valid link.',
    timeout: (p) => `The page did not arrive within ${p.seconds} seconds.`,
    'too-large': (p) => `The page is larger than ${p.limitMb} MB; news articles are smaller.`,
    'bad-content-type': (p) => `That link is not a web page or text (it is ${clip(p.contentType, 60)}).`,
    'http-status': (p) => `The site answered with HTTP ${p.status} instead of the page.`,
    'no-article': () => 'No readable article was found on that page.',
    'file-not-found': (p) => `There is no file ${clip(p.file)}.`,
    'file-unreadable': (p) => `The file ${clip(p.file)} cannot be read (${p.reason}).`,
    'binary-file': (p) => `${clip(p.file)} is not a web page or text file.`,
    'bad-id': (p) => `“${clip(p.id, 100)}” cannot be an article id: use lower-case letters, digits, - and _ (at most 100).`,
    'id-taken': (p) => `There is already an article “${p.id}”; choose another id.`,
    'duplicate-url': (p) => `This article is already in the library, as “${p.id}” (same link).`,
    'duplicate-text': (p) => `This article is already in the library, as “${p.id}” (same text).`,
    'folder-unreadable': (p) => `The articles folder ${clip(p.dir)} cannot be read (${p.reason}).`,
    'write-failed': (p) => `The article could not be written to ${clip(p.dir)} (${p.reason}).`,
  },
  added: (a) => [
    `Added “${a.id}”.`,
    `Title: ${a.title ?? 'not given'}`,
    `Outlet: ${a.outlet ?? 'unknown'}`,
    `Published: ${a.publishedAt ?? 'unknown'}`,
    `Language: ${a.language === 'id' ? 'Indonesian' : 'English'}`,
    `Paragraphs: ${a.paragraphs}`,
    `Lede: ${clip(a.lede, 300)}`,
    `Files: ${a.files.text}, ${a.files.sidecar}`,
  ],
};

const id: Words = {
  kinds: {
    public: 'alamat publik', loopback: 'mesin ini sendiri (loopback)', private: 'jaringan privat', 'link-local': 'alamat link-local',
    cgnat: 'alamat NAT operator (CGNAT)', multicast: 'alamat multicast', unspecified: 'alamat tak tertentu',
    broadcast: 'alamat broadcast', reserved: 'alamat yang dicadangkan', metadata: 'layanan metadata cloud', invalid: 'alamat tidak sah',
  },
  problems: {
    'empty-input': () => 'Berikan tautan (https://…), halaman web tersimpan (.html), atau berkas teks (.txt) untuk ditambahkan.',
    'bad-url': () => 'Itu bukan tautan yang sah.',
    'bad-scheme': (p) => `Hanya tautan http dan https yang bisa dibaca, bukan ${clip(p.scheme, 20)}:.`,
    'credentials-in-url': () => 'Tautan yang memuat nama pengguna atau kata sandi tidak dibaca.',
    'refused-host': (p) => `${clip(p.host, 100)} adalah layanan metadata cloud: kutip tidak membaca darinya.`,
    'refused-address': (p) => `${where(p)} adalah ${id.kinds[p.kind]}: kutip hanya membaca dari internet publik.`,
    'dns-failed': (p) => `Situs ${clip(p.host, 100)} tidak ditemukan.`,
    'connect-failed': (p) => `Situs ${clip(p.host, 100)} tidak dapat dihubungi (${clip(p.reason, 40)}).`,
    'too-many-redirects': (p) => `Tautan itu dialihkan lebih dari ${p.limit} kali; kutip berhenti di situ.`,
    'bad-redirect': () => 'Situs itu mengalihkan ke alamat yang bukan tautan sah.',
    timeout: (p) => `Halaman tidak tiba dalam ${p.seconds} detik.`,
    'too-large': (p) => `Halaman itu lebih besar dari ${p.limitMb} MB; artikel berita lebih kecil.`,
    'bad-content-type': (p) => `Tautan itu bukan halaman web atau teks (melainkan ${clip(p.contentType, 60)}).`,
    'http-status': (p) => `Situs menjawab dengan HTTP ${p.status}, bukan halamannya.`,
    'no-article': () => 'Tidak ada artikel yang bisa dibaca di halaman itu.',
    'file-not-found': (p) => `Berkas ${clip(p.file)} tidak ada.`,
    'file-unreadable': (p) => `Berkas ${clip(p.file)} tidak dapat dibaca (${p.reason}).`,
    'binary-file': (p) => `${clip(p.file)} bukan halaman web atau berkas teks.`,
    'bad-id': (p) => `“${clip(p.id, 100)}” tidak bisa menjadi ID artikel: gunakan huruf kecil, angka, - dan _ (paling banyak 100).`,
    'id-taken': (p) => `Sudah ada artikel “${p.id}”; pilih ID lain.`,
    'duplicate-url': (p) => `Artikel ini sudah ada di pustaka, sebagai “${p.id}” (tautan sama).`,
    'duplicate-text': (p) => `Artikel ini sudah ada di pustaka, sebagai “${p.id}” (teks sama).`,
    'folder-unreadable': (p) => `Folder artikel ${clip(p.dir)} tidak dapat dibaca (${p.reason}).`,
    'write-failed': (p) => `Artikel tidak dapat ditulis ke ${clip(p.dir)} (${p.reason}).`,
  },
  added: (a) => [
    `“${a.id}” ditambahkan.`,
    `Judul: ${a.title ?? 'tidak ada'}`,
    `Media: ${a.outlet ?? 'tidak diketahui'}`,
    `Terbit: ${a.publishedAt ?? 'tidak diketahui'}`,
    `Bahasa: ${a.language === 'id' ? 'Indonesia' : 'Inggris'}`,
    `Paragraf: ${a.paragraphs}`,
    `Teras: ${clip(a.lede, 300)}`,
    `Berkas: ${a.files.text}, ${a.files.sidecar}`,
  ],
};

export const WORDS: Readonly<Record<Locale, Words>> = { en, id };

/** One line saying what went wrong, in the reader's language. */
export function problemText(problem: AddProblem, locale: Locale = 'en'): string {
  const say = WORDS[locale].problems[problem.code] as (p: AddProblem) => string;
  return say(problem).replace(/\s+/g, ' ');
}

/** What kutip understood of the article it added, one fact a line. */
export function addedText(article: AddedArticle, locale: Locale = 'en'): string {
  return WORDS[locale].added(article).map((line) => line.replace(/\s+/g, ' ')).join('\n');
}
