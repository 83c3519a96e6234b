// Everyday words of the news, Indonesian ↔ English, for a question asked in the other language than
// its article's ("Where is the war?" of one writing "perang", "Kapan jembatan dibuka?" of one writing
// "the bridge", "When did the earthquake happen?" of one writing "gempa"). Each row is one concept
// (src/query/concepts.ts): one word of each language, each side with its forms separated by "|"
// (affixed, inflected: "ditangkap|menangkap", "arrested|arrests"). Roles, titles and event verbs are in
// the support tables (support-id.ts, support-en.ts), places in places.ts. Only a word's forms and its
// translation go in a row, never a synonym of the same language (that is another row: "crash" is not
// "accident"): within one language a row says no more than the word's own affixes do.
export const translations: readonly (readonly [id: string, en: string])[] = [
  // Conflict, crime and law
  ['perang', 'war'], ['pasukan', 'troops'], ['tentara', 'soldiers'],
  ['senjata', 'weapons'], ['rudal', 'missile'], ['bom', 'bomb'], 
  ['korban', 'victims'], ['sandera', 'hostages'], ['gencatan', 'ceasefire'],
  ['perjanjian', 'treaty'], ['kesepakatan', 'agreement'], ['pengadilan', 'court'],
  ['penjara', 'prison'], ['tersangka', 'suspect'], ['terdakwa', 'defendant'], 
  ['pencurian', 'theft'], ['korupsi', 'corruption'], ['dihukum', 'sentenced'], ['undang-undang', 'law'],
  // Politics and economy
  ['pemilihan', 'election'], ['pemerintah', 'government'], ['parlemen', 'parliament'],
  ['warga', 'residents'], ['anggaran', 'budget'], ['pajak', 'tax'], ['harga', 'price'], ['utang', 'debt'],
  ['pasar', 'market'], ['pabrik', 'factory'], ['pekerja', 'workers'], ['karyawan', 'employees'],
  ['pekerjaan', 'work'], ['proyek', 'project'], ['rencana', 'plan'], ['kebijakan', 'policy'],
  ['unjuk rasa', 'protest'], ['demonstrasi', 'protest'], ['mogok', 'strike'], 
  ['konferensi', 'conference'], ['kampanye', 'campaign'], ['laporan', 'report'],
  
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
  // Events of the news, with their forms
  ['serang|diserang|menyerang|serangan', 'attack|attacked|attacking'], ['ledakan|meledak|diledakkan', 'explosion|exploded'],
  ['ledakan', 'blast'], ['bom|dibom|pengeboman', 'bomb|bombed|bombing'], ['tembak|ditembak|menembak|tertembak|penembakan', 'shoot|shot|shooting'],
  ['bunuh|dibunuh|membunuh|terbunuh|pembunuhan', 'murder|murdered'], ['tewas|menewaskan', 'killed|kill|killing'],
  ['luka|terluka|luka-luka', 'injured|injury|injuries'], ['terluka|luka-luka', 'wounded'],
  ['tangkap|ditangkap|menangkap|tertangkap|penangkapan', 'arrest|arrested|arresting'],
  ['tahan|ditahan|menahan|penahanan', 'detained|detain|detention'], ['culik|diculik|menculik|penculikan', 'kidnapped|kidnap|kidnapping'],
  ['sandera|disandera|menyandera|penyanderaan', 'hostage'], ['rampok|dirampok|merampok|perampokan', 'robbery|robbed'],
  ['curi|dicuri|mencuri|pencurian', 'stolen|steal|stole'], ['suap|disuap|menyuap|penyuapan', 'bribe|bribed|bribery'],
  ['dakwa|didakwa|mendakwa|dakwaan', 'charged'], ['tuduh|dituduh|menuduh|tuduhan', 'accused|accuse|accusation'],
  ['tuntut|dituntut|menuntut|tuntutan', 'demand|demanded|demanding'], ['tuntut|dituntut|menuntut|tuntutan', 'sought|seek|seeking'], ['saksi|bersaksi|kesaksian', 'witness|witnesses|testimony'],
  ['sidang|persidangan|disidang', 'trial'], ['sidang|persidangan', 'hearing'], ['sidang', 'session'],
  ['vonis|divonis|memvonis', 'verdict'], ['vonis|divonis|memvonis', 'sentenced|sentence'],
  ['penjara|dipenjara', 'jail|jailed'], ['penjara|dipenjara', 'imprisoned|imprisonment'], ['pelaku', 'perpetrator|perpetrators'],
  ['pelaku', 'attacker|attackers'], ['tahanan', 'prisoners|prisoner'], ['narapidana', 'prisoners|prisoner'], ['narapidana', 'inmates'],
  ['kerahkan|dikerahkan|mengerahkan|pengerahan', 'deployed|deploy|deployment'], ['pasukan', 'forces'],
  ['peluru kendali', 'missile'], ['uji coba|diuji|menguji|pengujian', 'test|tested|testing'],
  ['ancam|diancam|mengancam|ancaman', 'threat|threatened|threaten'], ['larang|dilarang|melarang|larangan', 'ban|banned|banning'],
  ['evakuasi|dievakuasi|mengevakuasi', 'evacuated|evacuate|evacuation'], ['ungsi|mengungsi|pengungsi|pengungsian', 'refugees|refugee'],
  ['pengungsi', 'evacuees'], ['mengungsi', 'displaced'], ['unjuk rasa|berunjuk rasa', 'protest|protested|protesting'],
  ['demonstrasi|berdemonstrasi|demo', 'demonstration|demonstrators'], ['protes|memprotes', 'protest|protested|protesting'],
  ['pengunjuk rasa', 'protesters|protestors'], ['demonstran', 'protesters|protestors'], ['demonstran', 'demonstrators'], ['pemilu', 'election|elections'], ['pilkada', 'election|elections'], ['pilpres', 'election|elections'],
  ['pemungutan suara', 'vote|voting'], ['pilih|dipilih|memilih', 'elected|elect'], ['rapat', 'meeting'], ['ktt|konferensi tingkat tinggi', 'summit'],
  ['kunjungi|dikunjungi|mengunjungi|kunjungan|berkunjung', 'visit|visited|visiting'],
  ['sanksi', 'sanctions|sanction|sanctioned'], ['perjanjian', 'agreement'], ['perjanjian', 'pact'],
  ['kesepakatan|sepakat|menyepakati|disepakati', 'agreed|agree|deal'], ['umumkan|diumumkan|mengumumkan|pengumuman', 'announcement|announced|announce'],
  ['resmikan|diresmikan|meresmikan|peresmian', 'inaugurated|inaugurate|inauguration'], ['lantik|dilantik|melantik|pelantikan', 'sworn'],
  ['mengundurkan diri|pengunduran diri', 'resigned|resign|resignation'], ['pecat|dipecat|memecat|pemecatan', 'dismissed|dismissal'], ['pecat|dipecat|memecat|pemecatan', 'sacked'],
  ['tolak|ditolak|menolak|penolakan', 'rejected|reject|rejection'], ['keputusan|memutuskan|diputuskan', 'decision|decided|decide'],
  ['batal|dibatalkan|membatalkan|pembatalan', 'cancelled|canceled|cancel|cancellation'], ['tunda|ditunda|menunda|penundaan', 'postponed|postpone'],
  ['tutup|ditutup|menutup|penutupan', 'closed|closure'], ['wawancara|diwawancarai', 'interview|interviewed'],
  ['jatuhkan|menjatuhkan|dijatuhkan|dijatuhi', 'impose|imposed|imposing'], ['bekukan|membekukan|dibekukan|pembekuan', 'freeze|froze|frozen'],
  ['aset', 'assets|asset'], ['putaran', 'round|rounds'], ['berbicara|pembicaraan', 'speak|speaking'],
  ['koordinator|koordinasi|mengoordinasikan', 'coordinating|coordinator|coordination'], ['perwakilan', 'representative|representatives'],
  ['campakkan|mencampakkan|dicampakkan', 'abandoned|abandon|abandoning'], ['kabinet', 'cabinet'], ['nuklir', 'nuclear'], ['roket', 'rocket'], ['mesin', 'engine|engines'],
  ['jumpa pers', 'press conference'], ['konferensi pers', 'press conference'], ['jumpa pers', 'news conference'], ['upacara', 'ceremony'], ['pameran', 'exhibition'],
  // Disasters and accidents, with their forms
  ['banjir|kebanjiran', 'flood|flooding|flooded'], ['gempa|gempa bumi', 'earthquake'], ['gempa', 'quake'],
  ['kebakaran', 'fire|fires'], ['kebakaran', 'blaze'], ['terbakar|dibakar|membakar|pembakaran', 'burned|burnt|burning'],
  ['letusan|meletus', 'eruption|erupted|erupt'], ['erupsi', 'eruption|erupted|erupt'], ['longsor|tanah longsor', 'landslide'], ['topan', 'typhoon'], ['topan', 'cyclone'],
  ['kecelakaan', 'accident'], ['kecelakaan', 'crash'], ['tabrakan|bertabrakan', 'collision|collided'], ['tenggelam', 'sank|sunk|sinking'],
  ['tenggelam', 'drowned'], ['rusak|kerusakan|merusak|dirusak', 'damaged|damage'], ['hancur|dihancurkan|menghancurkan', 'destroyed|destroy'],
  ['hilang', 'missing'], ['selamatkan|diselamatkan|menyelamatkan|penyelamatan', 'rescued|rescue'], ['korban selamat', 'survivors'],
  ['rawat|dirawat|perawatan', 'treated|treatment'], ['rawat inap|dirawat inap', 'hospitalised|hospitalized'],
  ['bantuan', 'aid'], ['bantuan', 'assistance'], ['penumpang', 'passengers|passenger'], ['sopir', 'driver'], ['pengemudi', 'driver'], ['kendaraan', 'vehicle'],
  ['truk', 'truck'], ['truk', 'lorry'], ['sepeda motor', 'motorcycle'], ['perahu', 'boat'], ['orang', 'people'],
  // Economy and trade, with their forms
  ['kenaikan|menaikkan|dinaikkan', 'increase|increased'], ['kenaikan', 'rise|rose'], ['penurunan|menurunkan|diturunkan', 'decrease|decreased'], ['penurunan', 'decline|declined'],
  ['ekspor|mengekspor|diekspor', 'exports|export|exported'], ['impor|mengimpor|diimpor', 'imports|import|imported'],
  ['investasi|berinvestasi', 'investment|invest|invested'], ['perdagangan', 'trade'], ['ekonomi|perekonomian', 'economy'],
  ['tumbuh|pertumbuhan|bertumbuh', 'grow|grew|growth|growing'], ['inflasi', 'inflation'], ['tarif', 'tariff'], ['saham', 'shares'], ['saham', 'stocks'], ['minyak', 'oil'],
  ['listrik', 'electricity'], ['pangan', 'food'], ['beras', 'rice'], ['bayar|dibayar|membayar|pembayaran', 'paid|pay|payment'],
  ['beli|dibeli|membeli|pembelian', 'bought|buy'], ['pembelian', 'purchase'], ['pedagang', 'traders'], ['pedagang', 'vendors'], ['petani', 'farmers'], ['nelayan', 'fishermen'],
  ['buruh', 'labourers|laborers'], ['wartawan', 'journalists'], ['wartawan', 'reporters'], ['jurnalis', 'journalists'], ['kota', 'city'], ['kota', 'town'], ['desa', 'village'], ['provinsi', 'province'],
];
