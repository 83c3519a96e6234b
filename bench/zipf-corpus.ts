// A seeded synthetic news library whose people and places recur across articles the way they do in
// news: drawn with a Zipf-like distribution, so a few names run through hundreds of articles and
// most appear in one or two. Each person holds a role, and some change role on a date (a minister
// who becomes president), so articles over the years disagree about it. Articles carry a headline,
// an outlet and a publication date in their sidecar. The same seed gives the same library.
import { rng } from './corpus.js';

const syllables = ['ka', 'ri', 'su', 'to', 'wa', 'di', 'ma', 'ra', 'yo', 'ti', 'ba', 'lu', 'he', 'pra', 'na', 'jo', 'sa', 'de', 'wi', 'ku', 'mo', 'ga', 'li', 'se', 'nu', 'har', 'bud', 'dar', 'san', 'yan'];
const roles = ['Menteri Luar Negeri', 'Menteri Keuangan', 'Gubernur', 'Bupati', 'Wali Kota', 'Ketua Umum', 'Kepala Dinas Kesehatan', 'Direktur Utama', 'Wakil Ketua', 'Panglima', 'Presiden', 'Ketua Komisi'];
const orgs = ['Partai Karya', 'Bank Sentral', 'Dewan Kota', 'Komisi Pemilihan', 'Badan Pangan', 'Lembaga Riset', 'Serikat Buruh', 'Kementerian Perdagangan'];
const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const topics = ['harga beras', 'banjir bandang', 'pemilihan kepala daerah', 'subsidi energi', 'jalan tol baru', 'ekspor kopi', 'vaksinasi anak', 'kereta cepat', 'pajak digital', 'nelayan tradisional', 'gempa bumi', 'pariwisata pantai', 'harga cabai', 'sekolah rusak', 'listrik desa', 'sampah plastik'];
const verbs = ['meresmikan', 'mengumumkan', 'menolak', 'mendukung', 'meninjau', 'membahas', 'menandatangani', 'mengkritik'];
const outlets = ['Tempo.co', 'Kompas', 'Antara', 'Merdeka.com', 'CNN Indonesia', 'Suara.com', 'kumparan', 'Detik'];

export interface ZipfOptions {
  readonly seed: number;
  /** People to draw from; the first ones recur most. */
  readonly people: number;
  readonly places: number;
  /** Zipf exponent: 1 is news-like; higher makes the few top names more frequent still. */
  readonly exponent: number;
}

export const NEWS_LIKE: Omit<ZipfOptions, 'seed'> = { people: 20_000, places: 3_000, exponent: 1.05 };

export interface ZipfArticle {
  readonly id: string;
  readonly text: string;
  readonly sidecar: { readonly title: string; readonly outlet: string; readonly publishedAt: string; readonly language: 'id' };
  /** Pool ranks of the people and places it names (0 = the most frequent). */
  readonly people: readonly number[];
  readonly places: readonly number[];
}

function word(r: () => number, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += syllables[Math.floor(r() * syllables.length)]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Person `rank` of the pool with this seed: a name, a role, and maybe a later role from a date. */
export function personOf(seed: number, rank: number): { name: string; role: string; later?: { role: string; from: string } } {
  const r = rng(seed * 7_919 + rank * 104_729 + 1);
  const name = `${word(r, 2, 3)} ${word(r, 2, 3)}`;
  const role = roles[Math.floor(r() * roles.length)]!;
  if (r() < 0.3) return { name, role, later: { role: roles[(roles.indexOf(role) + 1 + Math.floor(r() * (roles.length - 1))) % roles.length]!, from: `20${18 + Math.floor(r() * 6)}-0${1 + Math.floor(r() * 9)}-01` } };
  return { name, role };
}

export function placeOf(seed: number, rank: number): string {
  return word(rng(seed * 6_151 + rank * 130_363 + 2), 2, 4);
}

/** Cumulative Zipf weights of a pool, for drawing ranks by binary search. */
function zipfTable(size: number, exponent: number): Float64Array {
  const table = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) table[i] = sum += 1 / Math.pow(i + 1, exponent);
  for (let i = 0; i < size; i++) table[i]! /= sum;
  return table;
}

function draw(table: Float64Array, r: () => number): number {
  const x = r();
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `count` distinct ranks drawn from the table. */
function drawDistinct(table: Float64Array, r: () => number, count: number): number[] {
  const out: number[] = [];
  for (let tries = 0; out.length < count && tries < 50; tries++) {
    const rank = draw(table, r);
    if (!out.includes(rank)) out.push(rank);
  }
  return out;
}

export class ZipfLibrary {
  readonly #people: Float64Array;
  readonly #places: Float64Array;

  constructor(readonly options: ZipfOptions) {
    this.#people = zipfTable(options.people, options.exponent);
    this.#places = zipfTable(options.places, options.exponent);
  }

  /** Article `i`: the same every time. */
  article(i: number): ZipfArticle {
    const { seed } = this.options;
    const r = rng(seed * 1_000_003 + i);
    const ranks = drawDistinct(this.#people, r, 3);
    const placeRanks = drawDistinct(this.#places, r, 2);
    const day = Math.floor(r() * 3650);
    const published = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = published.split('-').map(Number) as [number, number, number];
    const people = ranks.map((rank) => {
      const p = personOf(seed, rank);
      return { ...p, role: p.later && published >= p.later.from ? p.later.role : p.role };
    });
    const [c0, c1 = c0] = placeRanks.map((rank) => placeOf(seed, rank)) as [string, string?];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
    const topic = pick(topics);
    const [p0, p1, p2 = p1] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]?];
    const surname = (name: string): string => name.split(' ')[1]!;
    const outlet = pick(outlets);
    const paragraphs = [
      `${c0}, ${outlet} - ${p0.role} ${p0.name} ${pick(verbs)} rencana ${topic} di ${c0} pada ${d} ${months[m - 1]} ${y}.`,
      `Menurut ${surname(p0.name)}, program itu akan menelan biaya ${Math.floor(r() * 900) + 100} miliar rupiah dan melibatkan ${pick(orgs)}.`,
      `“Kami ingin warga ${c0} merasakan manfaat ${topic} tahun ini,” kata ${surname(p0.name)} kepada wartawan.`,
      `Sementara itu, ${p1.role} ${p1.name} dari ${pick(orgs)} ${pick(verbs)} usulan tersebut dalam rapat di ${c1}.`,
      `Ia menilai ${topic} perlu dikaji ulang karena dampaknya terhadap ${pick(topics)} belum jelas.`,
      `“Kami akan menunggu kajian lengkap sebelum memutuskan,” ujar ${surname(p1.name)}.`,
      `Data ${pick(orgs)} menunjukkan ${Math.floor(r() * 90) + 10} persen warga ${c1} mendukung rencana itu sejak ${y - 1 - Math.floor(r() * 5)}.`,
      `Pengamat ${p2!.name} mengatakan keputusan akhir ada di tangan pemerintah pusat.`,
    ];
    for (let k = Math.floor(r() * 4); k > 0; k--) paragraphs.push(`Warga ${pick([c0, c1])} juga ${pick(verbs)} ${pick(topics)} yang dibahas sejak bulan ${pick(months)}.`);
    const title = `${r() < 0.5 ? `${surname(p0.name)} ` : ''}${pick(verbs).replace(/^me(ng|m|n)?/, '')} ${topic} di ${c0}`;
    return {
      id: `zipf-${published}-${String(i).padStart(5, '0')}`,
      text: paragraphs.join('\n\n'),
      sidecar: { title: title[0]!.toUpperCase() + title.slice(1), outlet, publishedAt: published, language: 'id' },
      people: ranks,
      places: placeRanks,
    };
  }
}
