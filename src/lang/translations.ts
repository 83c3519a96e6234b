// Everyday words of the news, Indonesian ↔ English, for a question asked in the other language than
// its article's ("Where is the war?" of one writing "perang", "Kapan jembatan dibuka?" of one writing
// "the bridge"). Each pair is one concept (src/query/concepts.ts); roles, titles and event verbs are in
// the support tables (support-id.ts, support-en.ts), places in places.ts. Only a word's translation
// goes here, never a synonym of the same language: within one language these pairs change nothing.
export const translations: readonly (readonly [id: string, en: string])[] = [
  // Conflict, crime and law
  ['perang', 'war'], ['serangan', 'attack'], ['pasukan', 'troops'], ['tentara', 'soldiers'],
  ['senjata', 'weapons'], ['rudal', 'missile'], ['bom', 'bomb'], ['ledakan', 'explosion'],
  ['korban', 'victims'], ['sandera', 'hostages'], ['pengungsi', 'refugees'], ['gencatan', 'ceasefire'],
  ['sanksi', 'sanctions'], ['perjanjian', 'treaty'], ['kesepakatan', 'agreement'], ['pengadilan', 'court'],
  ['penjara', 'prison'], ['tersangka', 'suspect'], ['terdakwa', 'defendant'], ['kecelakaan', 'accident'],
  ['pembunuhan', 'murder'], ['pencurian', 'theft'], ['korupsi', 'corruption'], ['penangkapan', 'arrest'],
  ['ditangkap', 'arrested'], ['dihukum', 'sentenced'], ['undang-undang', 'law'],
  // Politics and economy
  ['pemilu', 'election'], ['pemilihan', 'election'], ['pemerintah', 'government'], ['parlemen', 'parliament'],
  ['warga', 'residents'], ['anggaran', 'budget'], ['pajak', 'tax'], ['harga', 'price'], ['utang', 'debt'],
  ['pasar', 'market'], ['pabrik', 'factory'], ['pekerja', 'workers'], ['karyawan', 'employees'],
  ['pekerjaan', 'work'], ['proyek', 'project'], ['rencana', 'plan'], ['kebijakan', 'policy'],
  ['unjuk rasa', 'protest'], ['demonstrasi', 'protest'], ['mogok', 'strike'], ['kunjungan', 'visit'],
  ['konferensi', 'conference'], ['kampanye', 'campaign'], ['laporan', 'report'],
  ['pengumuman', 'announcement'],
  // Places and things built
  ['jembatan', 'bridge'], ['jalan', 'road'], ['jalan tol', 'motorway'], ['bandara', 'airport'],
  ['stasiun', 'station'], ['kereta', 'train'], ['pesawat', 'plane'], ['kapal', 'ship'], ['mobil', 'car'],
  ['gedung', 'building'], ['rumah', 'house'], ['sekolah', 'school'], ['universitas', 'university'],
  ['rumah sakit', 'hospital'], ['masjid', 'mosque'], ['gereja', 'church'], ['istana', 'palace'],
  ['kantor', 'office'], ['stadion', 'stadium'], ['taman', 'park'], ['sungai', 'river'], ['gunung', 'mountain'],
  ['pulau', 'island'], ['laut', 'sea'], ['pantai', 'beach'], ['hutan', 'forest'], ['perbatasan', 'border'],
  ['wilayah', 'region'],
  // Disasters, health and weather
  ['banjir', 'flood'], ['gempa', 'earthquake'], ['kebakaran', 'fire'], ['letusan', 'eruption'],
  ['longsor', 'landslide'], ['badai', 'storm'], ['hujan', 'rain'], ['kekeringan', 'drought'],
  ['penyakit', 'disease'], ['wabah', 'outbreak'], ['vaksin', 'vaccine'], ['pasien', 'patients'],
  ['dokter', 'doctor'], ['obat', 'medicine'],
  // People and life
  ['anak', 'children'], ['siswa', 'students'], ['mahasiswa', 'students'], ['guru', 'teacher'],
  ['keluarga', 'family'], ['perempuan', 'women'], ['wanita', 'women'], ['pria', 'men'],
  ['penduduk', 'population'], ['penonton', 'spectators'], ['penggemar', 'fans'], ['pemain', 'players'],
  ['pertandingan', 'match'], ['turnamen', 'tournament'], ['piala', 'cup'], ['medali', 'medal'],
  ['lagu', 'song'], ['buku', 'book'], ['konser', 'concert'],
];
