import type { LanguageTable } from './tables.js';

/** Indonesian. */
export const id: LanguageTable = {
  questionWords: {
    siapa: 'who', siapakah: 'who', 'siapa nama': 'who', 'siapakah nama': 'who',
    kapan: 'when', kapankah: 'when', 'tanggal berapa': 'when', 'tahun berapa': 'when',
    'bulan apa': 'when', 'hari apa': 'when', 'pada tanggal berapa': 'when', 'pada tahun berapa': 'when',
    'sejak kapan': 'when', 'mulai kapan': 'when',
    'di mana': 'where', dimana: 'where', 'di manakah': 'where', dimanakah: 'where', 'ke mana': 'where',
    kemana: 'where', 'dari mana': 'where', darimana: 'where',
    apa: 'what', apakah: 'what', 'apa yang': 'what',
    mengapa: 'why', kenapa: 'why', 'untuk apa': 'why',
    bagaimana: 'how', bagaimanakah: 'how',
    berapa: 'howmany', berapakah: 'howmany',
  },
  stopWords: [
    'yang', 'dan', 'di', 'ke', 'dari', 'pada', 'untuk', 'dengan', 'itu', 'ini', 'adalah', 'ialah',
    'akan', 'telah', 'sudah', 'oleh', 'dalam', 'atau', 'juga', 'tersebut', 'para', 'sebagai', 'bahwa',
    'tentang', 'kepada', 'saat', 'ketika', 'nya', 'pun', 'lah', 'kah', 'tidak', 'bagi', 'agar',
    'karena', 'sebuah', 'seorang', 'apa', 'apakah', 'siapa', 'siapakah', 'kapan', 'kapankah', 'mana',
    'manakah', 'dimana', 'mengapa', 'kenapa', 'bagaimana', 'berapa', 'berapakah', 'nama', 'tanggal',
    'tahun', 'bulan', 'hari', 'sini', 'situ', 'sana', 'yg', 'tsb', 'dgn', 'sih', 'dong', 'ya',
  ],
  speechVerbs: [
    'kata', 'ujar', 'ungkap', 'tutur', 'jelas', 'tegas', 'lanjut', 'tambah', 'imbuh', 'bunyi', 'tulis',
    'papar', 'terang', 'sebut', 'tutup', 'pungkas', 'ucap', 'seru', 'demikian',
    'mengatakan', 'menyatakan', 'mengungkapkan', 'menjelaskan', 'menegaskan', 'menambahkan',
    'menuturkan', 'menyebutkan', 'menilai', 'berkata', 'mengakui', 'memperingatkan', 'menyampaikan',
  ],
  pronounSpeechVerbs: [
    'katanya', 'ujarnya', 'ungkapnya', 'tuturnya', 'jelasnya', 'tegasnya', 'lanjutnya', 'tambahnya',
    'imbuhnya', 'tulisnya', 'paparnya', 'terangnya', 'sebutnya', 'tutupnya', 'pungkasnya', 'ucapnya',
    'serunya',
  ],
  relayPhrases: ['dikutip dari', 'mengutip', 'dilansir dari', 'dilansir', 'seperti dikutip', 'menurut', 'lapor', 'melaporkan'],
  titles: [
    'presiden', 'wakil presiden', 'menteri', 'perdana menteri', 'pemimpin', 'ketua', 'wakil ketua',
    'ketua umum', 'sekretaris', 'sekretaris jenderal', 'kepala', 'direktur', 'direktur utama',
    'gubernur', 'wakil gubernur', 'bupati', 'walikota', 'wali kota', 'jenderal', 'panglima', 'kapolri',
    'kapolda', 'duta besar', 'juru bicara', 'jubir', 'anggota', 'raja', 'ratu', 'pangeran', 'kaisar',
    'perwakilan', 'dr', 'prof', 'profesor', 'ir', 'haji', 'hj', 'kh', 'laksamana', 'marsekal',
    'kolonel', 'letnan', 'mayor', 'kapten', 'brigjen', 'irjen', 'kombes', 'ajun', 'komisaris',
    'hakim', 'jaksa', 'pengamat', 'analis', 'ekonom', 'peneliti', 'dosen', 'rektor', 'dekan', 'pelatih',
    'kapten', 'manajer', 'bapak', 'ibu', 'pak', 'bu', 'sang', 'tuan', 'nyonya', 'syekh',
  ],
  months: {
    januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5,
    juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9,
    oktober: 10, okt: 10, november: 11, nopember: 11, nov: 11, desember: 12, des: 12,
  },
  weekdays: { senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7, ahad: 7 },
  abbreviations: [
    'AS', 'Dr', 'dr', 'No', 'no', 'Jl', 'Jln', 'Prof', 'a.n', 'dkk', 'dll', 'dsb', 'dst', 'tsb', 'yth',
    'Ir', 'H', 'Hj', 'Drs', 'Dra', 'S.H', 'S.E', 'M.Si', 'M.A', 'Ph.D', 'Bpk', 'Sdr', 'Kec', 'Kab',
    'Kel', 'Tn', 'Ny', 'St', 'Rp', 'Pol', 'Purn', 'Kol', 'Let', 'Jend', 'Brig', 'Jen', 'hlm', 'org',
    'sbb', 'tgl', 'thn', 'u.p', 'vs',
  ],
  promoLineStarts: [
    'baca juga', '[baca juga', '(baca juga', 'pilihan editor', 'simak juga', 'simak video', 'lihat juga',
    'baca selengkapnya', 'baca berita', 'artikel terkait', 'berita terkait', 'tonton juga', 'saksikan juga',
    'iklan', 'advertisement', 'scroll to continue', 'gulir untuk', 'dapatkan update berita',
  ],
  prefixes: ['di', 'ke', 'se', 'me', 'mem', 'men', 'meng', 'meny', 'ber', 'be', 'ter', 'pe', 'pem', 'pen', 'peng', 'per', 'memper', 'diper'],
  suffixes: ['an', 'kan', 'i', 'nya', 'lah', 'kah', 'pun', 'annya', 'kannya', 'inya'],
  markerWords: [
    'yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'pada', 'ini', 'itu', 'tidak', 'akan', 'dalam',
    'juga', 'telah', 'karena', 'kata', 'ujar', 'bahwa', 'tersebut', 'mereka',
  ],
};
