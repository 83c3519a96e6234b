// A deterministic, seeded synthetic corpus of real-looking Indonesian news articles, for the scale
// benchmark. Vocabulary grows with the corpus: every article brings new names and places made of
// Indonesian-like syllables, so 10,000 articles have far more distinct words than 100.

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = ['ka', 'ri', 'su', 'to', 'wa', 'di', 'ma', 'ng', 'ra', 'yo', 'ti', 'ba', 'lu', 'he', 'pra', 'na', 'jo', 'sa', 'de', 'wi', 'ku', 'mo', 'ga', 'li', 'se', 'nu', 'har', 'bud', 'dar', 'san'];
const roles = ['Menteri Luar Negeri', 'Menteri Keuangan', 'Gubernur', 'Bupati', 'Wali Kota', 'Ketua Umum', 'Kepala Dinas Kesehatan', 'Direktur Utama', 'Juru bicara', 'Wakil Ketua', 'Presiden', 'Panglima'];
const orgs = ['Partai Karya', 'Bank Sentral', 'Dewan Kota', 'Komisi Pemilihan', 'Badan Pangan', 'Lembaga Riset', 'Serikat Buruh', 'Kementerian Perdagangan'];
const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const days = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const topics = ['harga beras', 'banjir bandang', 'pemilihan kepala daerah', 'subsidi energi', 'jalan tol baru', 'ekspor kopi', 'vaksinasi anak', 'kereta cepat', 'pajak digital', 'nelayan tradisional', 'gempa bumi', 'pariwisata pantai'];
const verbs = ['meresmikan', 'mengumumkan', 'menolak', 'mendukung', 'meninjau', 'membahas', 'menandatangani', 'mengkritik'];
const outlets = ['TEMPO.CO', 'Kompas', 'ANTARA News', 'Merdeka.com', 'CNN Indonesia'];

export interface SyntheticArticle {
  readonly id: string;
  readonly text: string;
  /** Names and places that occur in it, for queries that must hit. */
  readonly people: readonly string[];
  readonly places: readonly string[];
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function word(r: () => number, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += pick(r, syllables);
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Article `i` of the corpus with this seed: the same every run. */
export function syntheticArticle(seed: number, i: number): SyntheticArticle {
  const r = rng(seed * 1_000_003 + i);
  const people = [0, 1, 2].map(() => `${word(r, 2, 3)} ${word(r, 2, 4)}`);
  const places = [0, 1].map(() => word(r, 2, 4));
  const year = 2000 + Math.floor(r() * 25);
  const date = () => `${pick(r, days)}, ${1 + Math.floor(r() * 28)} ${pick(r, months)} ${year}`;
  const topic = pick(r, topics);
  const [p0, p1, p2] = people as [string, string, string];
  const [c0, c1] = places as [string, string];
  const paragraphs = [
    `${pick(r, outlets)}, ${c0} - ${pick(r, roles)} ${p0} ${pick(r, verbs)} rencana ${topic} di ${c0} pada ${date()}.`,
    `Menurut ${p0}, program itu akan menelan biaya ${Math.floor(r() * 900) + 100} miliar rupiah dan melibatkan ${pick(r, orgs)}.`,
    `“Kami ingin warga ${c0} merasakan manfaatnya tahun ini,” kata ${p0.split(' ')[1]} kepada wartawan.`,
    `Sementara itu, ${pick(r, roles)} ${p1} dari ${pick(r, orgs)} ${pick(r, verbs)} usulan tersebut dalam rapat di ${c1}.`,
    `Ia menilai ${topic} perlu dikaji ulang karena dampaknya terhadap ${pick(r, topics)} belum jelas.`,
    `Rapat lanjutan dijadwalkan pada bulan ${pick(r, months)} mendatang, ujar ${p1.split(' ')[1]}.`,
    `Data ${pick(r, orgs)} menunjukkan ${Math.floor(r() * 90) + 10} persen warga ${c1} mendukung rencana itu sejak ${year - 1 - Math.floor(r() * 5)}.`,
    `Pengamat ${p2} mengatakan keputusan akhir ada di tangan pemerintah pusat.`,
    `“Semua pihak harus duduk bersama,” ujarnya.`,
  ];
  const extra = Math.floor(r() * 4);
  for (let k = 0; k < extra; k++) {
    paragraphs.push(`Warga ${pick(r, places)} juga ${pick(r, verbs)} ${pick(r, topics)} yang dibahas sejak ${date()}.`);
  }
  const text = ['Baca juga: Berita terkini lainnya', ...paragraphs, 'Pilihan editor: Artikel populer minggu ini'].join('\n');
  return { id: `syn-${String(i).padStart(5, '0')}`, text, people, places };
}
