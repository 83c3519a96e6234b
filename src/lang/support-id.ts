import { rolesId } from './roles-id.js';
import type { SupportWords } from './support-words.js';

/** Indonesian. */
export const supportId: SupportWords = {
  frameWords: [
    'letak', 'lokasi', 'nama', 'kali', 'mulai', 'sebenarnya', 'tepatnya', 'pernah', 'orang', 'seseorang', 'sosok',
    'pihak', 'dahulu', 'dulu', 'awalnya', 'resmi', 'secara', 'saja', 'disebut', 'dikenal', 'julukan', 'sebutan',
    'menjadi', 'dimaksud', 'istilah', 'ilmu', 'bidang', 'dunia', 'utama',
    'kasus', 'perkara', // the matter of a case ("tersangka kasus pelecehan"): told by its crime, not by this word
    // Kinds of works and bodies, written before their names ("anime Naruto", "PT …", "Kerajaan …").
    'anime', 'manga', 'serial', 'seri', 'komik', 'novel', 'buku', 'film', 'lagu', 'album', 'game', 'video', 'karya',
    'wiracarita', 'epos', 'waralaba', 'program', 'acara', 'kartun', 'sekuel', 'aplikasi', 'koran', 'majalah', 'tabloid',
    'situs', 'boyband', 'girlband', 'tradisi', 'alat', 'perangkat', 'zaman', 'era', 'negara', 'kota', 'provinsi', 'daerah', 'wilayah', 'kerajaan', 'kekaisaran',
    'kesultanan', 'dinasti', 'republik', 'pt', 'perusahaan', 'inc', 'organisasi', 'partai', 'grup', 'band', 'agama',
    'ajang', 'kitab', 'cerita', 'kisah', 'kontes', 'kompetisi', 'merek', 'produk', 'jenis', 'bentuk', 'sistem',
    // Kinds of ideas, written before their names ("paham komunis", "ideologi X").
    'paham', 'ideologi', 'aliran',
    // Kinds of gatherings and compositions, written before their names ("kejuaraan Indonesia Terbuka", "komposisi …").
    'kejuaraan', 'turnamen', 'konferensi', 'komposisi',
    // What a when-question asks of any event ("kapan terjadinya …" is "kapan …").
    'terjadi', 'terjadinya', 'berlangsung', 'berlangsungnya', 'diadakan', 'diadakannya', 'dilaksanakan', 'dilaksanakannya',
    'diselenggarakan', 'digelar', 'digelarnya', 'dihelat', 'dilakukan', 'dilakukannya', 'sekarang', 'kini', 'saat', 'ini', 'itu',
    'atas', 'terhadap', 'mengenai', 'melalui', 'antara', 'sekitar', 'seluruh', 'masing', 'semua', 'sekaligus', 'bakal',
    'hingga', 'sampai', 'kembali', 'baru', 'sebuah', 'suatu', 'salah', 'satu',
    // Holding a post: "siapa yang menjabat (sebagai) Kepala …" asks who the Kepala is.
    'menjabat', 'dijabat', 'jabatan', 'menduduki', 'diduduki', 'posisi', 'duduk', 'memegang', 'dipegang',
    'sejak', 'mereka', 'ia', 'dia', 'beliau', 'nya', 'bisa', 'dapat', 'harus', 'boleh', 'sedang', 'masih',
    // Copulas: they join a subject to what it is ("yang merupakan balasan atas …", "yang ada di depan …") and tell nothing.
    'merupakan', 'ialah', 'yakni', 'yaitu', 'ada', 'berupa',
    // The reflexive pronoun: the verb it follows tells the event ("melibatkan diri dalam politik" is "terlibat").
    'diri', 'dirinya', 'sendiri',
  ],
  impliedOrdinals: ['pertama', 'pertamanya', 'perdana'],
  laterOrdinals: ['ketiga', 'keempat', 'kelima', 'terakhir', 'terbaru', 'terkini', 'teranyar'],
  roleModifiers: { vice: ['wakil', 'deputi'], candidate: ['calon'], former: ['mantan', 'eks', 'bekas'], acting: ['plt', 'pelaksana', 'pj', 'penjabat'] },
  otherInstances: ['serupa', 'terdahulu'],
  ordinals: ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh', 'terakhir', 'perdana'],
  exclusions: ['selain', 'kecuali', 'terkecuali'],
  lightVerbs: [],
  negations: ['tidak', 'tak', 'bukan', 'belum', 'tanpa', 'non', 'gagal', 'jangan', 'enggan', 'batal'],
  concepts: {
    born: ['lahir', 'kelahiran', 'dilahirkan', 'terlahir'],
    // A goal is scored, booked or netted: "gol Valencia dibukukan X" tells who scored it.
    scored: ['mencetak', 'dicetak', 'membukukan', 'dibukukan', 'menciptakan gol', 'mencetak gol', 'menjebol'],
    troops: ['tentara', 'pasukan', 'prajurit', 'serdadu', 'militer'],
    deployed: ['dikerahkan', 'mengerahkan', 'pengerahan', 'ditempatkan', 'menempatkan', 'penempatan'],
    died: ['meninggal', 'wafat', 'tewas', 'mangkat', 'gugur', 'berpulang', 'kematian', 'mati', 'meninggalnya', 'wafatnya'],
    founded: [
      'didirikan', 'mendirikan', 'pendiri', 'pendirian', 'berdiri', 'berdirinya', 'dibentuk', 'membentuk', 'terbentuk',
      'pembentukan', 'pembentuk', 'dibangun',
    ],
    // Who made a thing, a work or an idea: a reader asks "pencipta" of what the passage says "ditulis oleh".
    created: [
      'menciptakan', 'pencipta', 'diciptakan', 'ciptaan', 'penciptaan', 'menemukan', 'penemu', 'ditemukan', 'penemuan',
      'merancang', 'perancang', 'dirancang', 'membuat', 'pembuat', 'dibuat', 'pembuatan', 'menggagas', 'penggagas',
      'digagas', 'cipta', 'menulis', 'penulis', 'ditulis', 'mengarang', 'pengarang', 'dikarang', 'karangan', 'karya', 'menyusun',
      'penyusun', 'disusun', 'menggubah', 'digubah', 'mengembangkan', 'dikembangkan', 'pengembang', 'mencetuskan',
      'dicetuskan', 'pencetus', 'mengemukakan', 'dikemukakan', 'memperkenalkan', 'diperkenalkan', 'mangaka', 'komposer',
      'arsitek', 'mendesain', 'didesain', 'desainer', 'diilustrasikan', 'ilustrator',
    ],
    led: [
      'memimpin', 'pemimpin', 'dipimpin', 'kepemimpinan', 'pimpinan', 'mengetuai', 'ketua', 'diketuai', 'mengepalai', 'kepala', 'komando',
      'mengomandoi', 'dikomandoi',
    ],
    released: [
      'merilis', 'dirilis', 'rilis', 'meluncurkan', 'diluncurkan', 'peluncuran', 'menerbitkan', 'diterbitkan', 'terbit',
      'penerbitan', 'dipublikasikan', 'ditayangkan', 'tayang', 'penayangan', 'disiarkan', 'siaran', 'mengudara',
      'dipasarkan', 'memasarkan', 'dijual', 'difilmkan', 'diangkat', 'diperkenalkan', 'memperkenalkan',
    ],
    happened: [
      'terjadi', 'terjadinya', 'kejadian', 'berlangsung', 'berlangsungnya', 'diadakan', 'mengadakan', 'diadakannya',
      'diselenggarakan', 'penyelenggaraan', 'digelar', 'dihelat', 'menghelat', 'dilaksanakan', 'pelaksanaan', 'dilakukan', 'melakukan',
      'meletus', 'pecah', 'dilancarkan',
    ],
    began: ['dimulai', 'memulai', 'bermula', 'berawal', 'permulaan', 'dimulainya', 'diawali', 'awal', 'mulai', 'dibuka', 'pembukaan'],
    // A day is commemorated where it is celebrated: "hari X diperingati" ~ "perayaan hari X".
    anniversary: ['ulang', 'hut', 'dirgahayu', 'peringatan', 'diperingati', 'memperingati', 'perayaan', 'merayakan', 'dirayakan'],
    enacted: ['berlaku', 'diberlakukan', 'memberlakukan', 'pemberlakuan', 'disahkan', 'diresmikan', 'diterapkan'],
    phone: ['handphone', 'ponsel', 'hp', 'telepon genggam', 'telepon seluler', 'telepon pintar', 'smartphone'],
    incident: ['tragedi', 'kecelakaan', 'musibah', 'insiden', 'peristiwa', 'bencana', 'jatuhnya', 'tergelincir'],
    second: ['ii', 'kedua'],
    third: ['iii', 'ketiga'],
    appeared: ['muncul', 'kemunculan', 'hadir', 'kehadiran', 'mulai', 'dimulai', 'pertama', 'berkembang', 'tampil', 'penampilan', 'debut'],
    // The last match of a competition is a stage, not an ordinal: "final Liga X" asks of the deciding match.
    final: ['final', 'partai puncak', 'laga puncak', 'pertandingan puncak'],
    ended: ['berakhir', 'berakhirnya', 'mengakhiri', 'diakhiri', 'selesai', 'usai', 'tamat'],
    built: ['dibangun', 'membangun', 'pembangunan', 'didirikan', 'mendirikan', 'dibuat', 'konstruksi'],
    entered: [
      'masuk', 'memasuki', 'terjun', 'tiba', 'datang', 'kedatangan', 'mendarat', 'masuknya', 'dibawa', 'diperkenalkan', 'dikenalkan',
      'menyebar', 'hadir', 'kehadiran',
    ],
    located: ['letak', 'terletak', 'berada', 'lokasi', 'berlokasi'],
    ruled: [
      'berkuasa', 'kekuasaan', 'menguasai', 'memerintah', 'pemerintahan', 'bertakhta', 'bertahta', 'penguasa', 'raja',
      'ratu', 'kaisar', 'sultan', 'maharaja', 'prabu', 'naik takhta', 'naik tahta',
    ],
    // Holding land by force: "menguasai wilayah" ~ "tanah yang diduduki".
    occupied: ['menguasai', 'dikuasai', 'menduduki', 'diduduki', 'pendudukan', 'mencaplok', 'dicaplok', 'pencaplokan'],
    became: ['menjabat', 'jabatan', 'diangkat', 'dilantik', 'terpilih', 'dinobatkan', 'naik takhta'],
    deposed: ['dilengserkan', 'lengser', 'digulingkan', 'jatuh', 'mundur', 'diturunkan', 'kejatuhan'],
    character: [
      'karakter', 'tokoh', 'peran', 'pemeran', 'diperankan', 'memerankan', 'aktor', 'aktris', 'protagonis', 'membintangi',
      'dibintangi', 'bintang', 'pemain',
    ],
    singer: ['vokalis', 'vokal', 'vocal', 'penyanyi', 'menyanyikan', 'dinyanyikan'],
    // A band's players are named by their instruments ("pemain drum X", "Y (gitar, vokal)").
    drummer: ['drummer', 'pemain drum', 'penabuh drum', 'drum', 'drums'],
    guitarist: ['gitaris', 'pemain gitar', 'gitar'],
    bassist: ['bassis', 'pemain bass', 'bass'],
    operated: ['beroperasi', 'dioperasikan', 'operasional', 'dibuka', 'diresmikan', 'peresmian'],
    married: ['menikah', 'menikahi', 'pernikahan', 'dinikahi', 'perkawinan', 'kawin', 'mempersunting'],
    used: ['digunakan', 'menggunakan', 'penggunaan', 'dipakai', 'memakai', 'pemakaian'],
    produced: ['memproduksi', 'diproduksi', 'produksi', 'produser', 'menghasilkan', 'dihasilkan'],
    independent: ['merdeka', 'kemerdekaan'],
    collapsed: ['runtuh', 'keruntuhan', 'jatuh', 'kejatuhan', 'tumbang'],
    buried: ['dimakamkan', 'makam', 'pemakaman', 'dikuburkan', 'dikebumikan'],
    lived: ['tinggal', 'menetap', 'berdomisili', 'bermukim', 'kediaman'],
    studied: ['belajar', 'kuliah', 'bersekolah', 'menempuh', 'pendidikan', 'lulus', 'lulusan'],
    won: [
      'menang', 'memenangkan', 'memenangi', 'kemenangan', 'meraih', 'peraih', 'juara', 'menjuarai', 'mengalahkan',
      'menaklukkan', 'mendapatkan', 'mendapat', 'memperoleh', 'menerima', 'penerima', 'dianugerahi', 'diberi',
      'menyabet', 'merebut', 'menyumbangkan',
    ],
    said: [
      'mengatakan', 'menyatakan', 'berkata', 'kata', 'ujar', 'ungkap', 'mengungkapkan', 'tutur', 'menuturkan',
      'menjelaskan', 'menegaskan', 'menyampaikan', 'disampaikan', 'berbicara', 'mengutarakan', 'diutarakan', 'menurut',
      'menilai', 'mengakui', 'menambahkan', 'mengumumkan', 'diumumkan', 'pengumuman', 'menyebutkan', 'menyebut',
    ],
    proclaimed: ['proklamasi', 'diproklamasikan', 'diproklamirkan', 'memproklamasikan', 'memproklamirkan'],
    signed: ['menandatangani', 'ditandatangani', 'penandatanganan', 'meneken', 'diteken'],
    ratified: ['mengesahkan', 'disahkan', 'pengesahan', 'meratifikasi', 'diratifikasi'],
    // A sentence handed down ("divonis enam tahun", "hukuman enam tahun"); the one prosecutors seek is told by soughtWords.
    sentenced: ['vonis', 'divonis', 'memvonis', 'hukuman', 'dihukum', 'menghukum'],
    met: ['bertemu', 'pertemuan', 'menemui', 'ditemui', 'berjumpa'],
    // A gathering by any of its names ("KTT APEC", "konferensi APEC", "pertemuan APEC"); not "rapat", whose forms dock ("merapat").
    meeting: ['pertemuan', 'konferensi', 'ktt', 'konferensi tingkat tinggi'],
    invaded: ['menyerbu', 'diserbu', 'serbuan', 'penyerbuan', 'menginvasi', 'diinvasi', 'invasi'],
    capital: ['ibu kota', 'ibukota'],
    headquarters: ['kantor pusat', 'kantor', 'pusat', 'markas', 'bermarkas', 'berkantor', 'berpusat', 'berbasis', 'berkedudukan'],
    origin: ['berasal', 'asal'],
  },
  // A thing is born where it begins ("lahirnya organisasi", "musik X lahir di …"); a question's
  // "lahir" asks about a person's birth, which no founding tells.
  toldBy: {
    founded: [
      'lahir', 'lahirnya',
      // A body is founded by who initiated or pioneered it ("gerakan yang diprakarsai oleh X", "dirintis oleh Y").
      'diprakarsai', 'memprakarsai', 'pemrakarsa', 'prakarsa', 'merintis', 'dirintis', 'perintis',
    ],
    // "serial manga karya X": a work is told by whose it is.
    created: ['karya', 'karyanya'],
    appeared: [
      'lahir', 'lahirnya',
      // A thing appears where it takes its beginning ("sistem X berawal pada abad …").
      'bermula', 'berawal',
    ],
    // An invasion is dated by the occupation it began ("masa pendudukan X di Y dimulai pada 1942").
    invaded: ['pendudukan', 'menduduki', 'diduduki'],
    // A work is out when it is first shown or put out ("pertama kali diperkenalkan pada …", "RIM mengeluarkan X").
    released: ['diperkenalkan', 'memperkenalkan', 'mengeluarkan', 'dikeluarkan'],
  },
  falseFriends: {
    // "seusai X" is after X: no end of what the question asks about.
    usai: ['seusai'],
    // A ship "merapat" (docks): no "rapat" (meeting) is held.
    rapat: ['merapat'],
    meninggal: ['meninggalkan', 'ditinggalkan', 'tinggal', 'ketinggalan', 'peninggalan'],
    berdiri: ['diri', 'sendiri', 'mandiri'],
    mendirikan: ['diri', 'sendiri', 'mandiri'],
  },
  opposites: [
    ['timur', 'barat'], ['utara', 'selatan'], ['sebelum', 'sesudah'], ['sebelum', 'setelah'], ['awal', 'akhir'], ['pertama', 'terakhir'],
    ['tertua', 'termuda'], ['terbesar', 'terkecil'], ['tertinggi', 'terendah'], ['mayoritas', 'minoritas'],
    ['menang', 'kalah'], ['masuk', 'keluar'], ['ekspor', 'impor'], ['naik', 'turun'],
    // Who someone is to another, and what a part is to its whole: the one written is not the other.
    ['ibu', 'ayah'], ['ibu', 'bapak'], ['istri', 'suami'], ['adik', 'kakak'], ['pusat', 'cabang'], ['protagonis', 'antagonis'],
    ['modern', 'kuno'], ['terlama', 'tersingkat'], ['terbanyak', 'tersedikit'], ['tertinggi', 'terpendek'],
  ],
  irregular: [],
  auxiliaries: [],
  supportedBy: {
    ibu: ['putra', 'putri', 'anak', 'lahir dari', 'ibunda', 'ibundanya'],
    // Parents are told by naming either one ("ayahnya, X", "ibunda Y"; not "ibu" alone, which is also "ibu kota").
    'orang tua': [
      'ayah', 'ayahanda', 'ibunya', 'ibunda', 'ibundanya', 'ibu dari', 'putra dari', 'putri dari', 'putera dari',
      'puteri dari', 'anak dari', 'lahir dari', 'dari pasangan',
    ],
    // A wife is named where a marriage is told; a marriage is not told by naming a wife.
    istri: ['menikah', 'menikahi', 'dinikahi', 'pernikahan', 'permaisuri', 'isteri', 'suami'],
    suami: ['menikah', 'menikahi', 'dinikahi', 'pernikahan', 'istri', 'isteri'],
    // When something began is told by when it was first done: "pertama kali dirilis pada 2001".
    // A body is founded when it is inaugurated ("diresmikan sebagai taman nasional pada 1991"); a building is not built then.
    // Not by "mulai": what began in the passage ("sudah dimulai masa penawaran") is often not the body asked about.
    didirikan: ['pertama kali', 'diresmikan'],
    berdiri: [
      'pertama kali', 'diresmikan',
      // A country stands from its independence ("mendapatkan kemerdekaan penuh pada 1981").
      'kemerdekaan', 'merdeka',
    ],
    diciptakan: [
      'pertama kali', 'mulai',
      // A thing is made where it began ("X bermula dari bengkel kecil di kota Y").
      'bermula', 'berawal',
    ],
    ditemukan: ['pertama kali', 'mengajukan teori', 'mengajukan teorinya'],
    // A disease or a species is discovered by who first describes or identifies it ("pertama kali dideskripsikan oleh X"), a
    // principle by the first person to state it ("orang pertama yang menyatakan prinsip X").
    menemukan: [
      'pertama kali', 'orang pertama yang',
      'pertama kali dideskripsikan', 'pertama kali mendeskripsikan', 'pertama kali diidentifikasi', 'pertama kali mengidentifikasi',
      // … and a theory by who puts it forward ("X mengajukan teori bahwa …").
      'mengajukan teori', 'mengajukan teorinya',
    ],
    penemu: [
      'pertama kali', 'orang pertama yang',
      'pertama kali dideskripsikan', 'pertama kali mendeskripsikan', 'pertama kali diidentifikasi', 'pertama kali mengidentifikasi',
      // … and a theory by who puts it forward ("X mengajukan teori bahwa …").
      'mengajukan teori', 'mengajukan teorinya',
    ],
    dibuat: ['pertama kali', 'mulai'],
    // The maker and the making ("pencipta", "menciptakan") are told as the thing made is ("diciptakan"):
    // the affixes do not link these forms of one root, so each is listed ("X bermula dari bengkel milik Y").
    pencipta: ['pertama kali', 'mulai', 'bermula', 'berawal'],
    menciptakan: ['pertama kali', 'mulai', 'bermula', 'berawal'],
    pendiri: ['pertama kali', 'diresmikan'],
    mendirikan: ['pertama kali', 'diresmikan'],
    pembuat: ['pertama kali', 'mulai'],
    membuat: ['pertama kali', 'mulai'],
    dimulai: [
      'pertama kali', 'mulai', 'sejak',
      // A policy begins when it is pioneered ("pemerintah merintis kebijakan ini pada awal abad ke-19").
      'merintis', 'dirintis',
    ],
    dimulainya: ['pertama kali', 'mulai', 'sejak'],
    // A thing that came to a country is told by when its story there began ("sejarah X di Y dimulai pada …"): see masuk below.
    diproduksi: ['pertama kali', 'mulai'],
    // A work is released where it is put out: "pertama kali dikeluarkan pada 2001" (not the other way: "dikeluarkan" also expels).
    dirilis: ['dikeluarkan', 'mengeluarkan', 'pertama kali muncul'],
    diluncurkan: ['dikeluarkan', 'mengeluarkan'],
    // A work is out where it first appears: "serial ini pertama kali muncul dalam koran …".
    terbit: ['pertama kali muncul'],
    diterbitkan: ['pertama kali muncul'],
    // A rule is applied from when it is issued: "peraturan yang dikeluarkan oleh Gubernur Jenderal … pada 1830".
    diterapkan: ['dikeluarkan', 'mengeluarkan'],
    diberlakukan: ['dikeluarkan', 'mengeluarkan'],
    // Where a thing comes from is told by "dari": "wiracarita terkenal dari India".
    berasal: ['dari'],
    // An event is closed when it ends: "Kapan X ditutup?" of "menandai berakhirnya X".
    ditutup: ['berakhirnya', 'penutupan', 'upacara penutupan'],
    // A death told by how it came: "dibunuh", "dieksekusi".
    // … or by a saying for it: "menutup mata", "mengembuskan napas terakhir".
    meninggal: [
      'dibunuh', 'terbunuh', 'dieksekusi', 'dihukum mati', 'ditembak mati', 'dibantai', 'meninggalkan dunia', 'tutup usia', 'menutup mata',
      'mengembuskan napas terakhir', 'menghembuskan napas terakhir', 'menghembuskan nafas terakhir', 'kepergiannya',
    ],
    wafat: ['dibunuh', 'terbunuh', 'dieksekusi', 'dihukum mati', 'ditembak mati', 'menutup mata', 'mengembuskan napas terakhir', 'menghembuskan napas terakhir'],
    kematian: ['dibunuh', 'terbunuh', 'dieksekusi', 'pembunuhan', 'eksekusi'],
    // Who follows one is told where that one is followed ("X digantikan oleh putranya Y"); not the other way.
    penerus: ['digantikan', 'pengganti', 'penggantinya'],
    // A leader is named by the office that heads a realm or a body: a king, an emperor, a president.
    pemimpin: ['raja', 'ratu', 'kaisar', 'sultan', 'khalifah', 'maharaja', 'presiden', 'perdana menteri', 'ketua', 'panglima', 'komandan'],
    ayah: ['putra', 'putri', 'anak', 'ayahanda', 'ayahandanya', 'bapak'],
    orang: ['putra', 'putri', 'anak'],
    tua: ['putra', 'putri', 'anak'],
    // The members of a band are told by who it is made of ("beranggotakan X, Y", "digawangi X").
    personil: ['anggota', 'beranggotakan', 'terdiri dari', 'digawangi'],
    personel: ['anggota', 'beranggotakan', 'terdiri dari', 'digawangi'],
    // Where a building is, is where it was built ("menara yang dibangun di X").
    terletak: ['dibangun di', 'didirikan di', 'berdiri di'],
    letak: ['dibangun di', 'didirikan di', 'berdiri di'],
    // A thing appears when it is developed or first published ("gaya yang dikembangkan di Jepang pada akhir abad ke-19").
    muncul: ['pertama kali', 'mulai', 'dikembangkan', 'dipublikasikan'],
    // A birthday is told where an age is reached ("kota itu menapak usia ke-195 tahun, Minggu (25/9)").
    ulang: ['menapak usia', 'genap berusia', 'memasuki usia'],
    // Joining a body is becoming its member ("resmi menjadi negara anggota PBB").
    bergabung: ['menjadi anggota', 'menjadi negara anggota'],
    // A religion or a people comes to a land where it first sets foot there.
    masuk: ['pertama kali', 'dimulai', 'bermula', 'diawali', 'menapakkan kaki', 'menapakkan kakinya', 'menginjakkan kaki'],
  },
  // Words of roles and titles, by a concept shared with the English table: roles-id.ts.
  roles: rolesId,
  keyWords: ['sebelum', 'sebelumnya', 'setelah', 'sesudah', 'seusai', 'paling', 'selain', 'kecuali',
    'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh', 'terakhir',
    'terbaru', 'termuda', 'tertua', 'terbesar', 'terkecil', 'tertinggi', 'terendah', 'terpanjang', 'terluas', 'terbanyak',
  ],
  reversals: [
    'bubar', 'tutup', 'hancur', 'larang', 'tolak', 'menolak', 'penolakan', 'hilang', 'runtuh', 'henti', 'hapus', 'gagal', 'tamat', 'berakhir',
    'musnah', 'punah', 'batal', 'cabut', 'bunuh', 'kalah', 'mundur', 'lengser', 'meninggal', 'wafat', 'tewas', 'kematian',
    'ditinggalkan', 'meninggalkan', 'penghancur', 'menghancurkan', 'robohkan', 'dirobohkan', 'hapuskan', 'lepaskan',
    'bebaskan', 'dibebaskan', 'keruntuhan', 'kehilangan', 'jatuh', 'digulingkan', 'turun', 'berhenti', 'pensiun', 'usir',
    'diusir', 'buang', 'dibuang', 'tangkap', 'ditangkap', 'dipecat', 'pecat', 'bangkrut', 'tenggelam', 'rusak', 'dirusak',
  ],
  eventPrefixes: ['di', 'me', 'ber', 'ter', 'memper', 'diper', 'ke'],
  gluedPrefixes: ['pasca'],
  eventSuffixes: [],
  contextWords: [
    'di', 'pada', 'dalam', 'untuk', 'ke', 'dari', 'tentang', 'terhadap', 'mengenai', 'atas', 'bagi', 'selama', 'saat',
    'ketika', 'menjelang', 'antara', 'melawan', 'bersama', 'se', 'sebagai', 'asal',
  ],
  startWords: ['sejak', 'mulai', 'dari'],
  sinceWords: ['sejak'],
  soughtWords: ['tuntutan', 'tuntutannya', 'menuntut', 'dituntut', 'tuntut'],
  recordWords: [
    'pertama', 'paling', 'terparah', 'terburuk', 'terbaik', 'terbesar', 'terkecil', 'tertinggi', 'terendah', 'terbanyak',
    'tersedikit', 'terberat', 'terkuat', 'terlemah', 'terlama', 'terpanjang', 'terpendek', 'tercepat', 'terlambat',
    'terpanas', 'terdingin', 'terdahsyat', 'termahal', 'termurah', 'terdalam', 'terluas', 'terpadat', 'terlebat',
  ],
  spanWords: ['hingga', 'sampai', 'antara'],
  amountWords: ['jumlah', 'total', 'banyaknya'],
  money: {
    nouns: ['pendapatan', 'penghasilan', 'keuntungan', 'laba', 'biaya', 'ongkos', 'harga', 'anggaran', 'gaji', 'tarif', 'denda', 'nilai', 'omzet', 'penjualan', 'dana', 'kerugian', 'uang', 'modal'],
    verbs: ['meraih', 'meraup', 'mengantongi', 'menghasilkan', 'mengumpulkan', 'membukukan', 'menelan', 'menghabiskan', 'membayar', 'dibayar', 'terjual', 'senilai', 'bernilai', 'seharga'],
    signs: ['Rp', 'Rp.', 'US$', 'S$', '$'],
    units: ['rupiah', 'dolar', 'dollar', 'euro', 'yen', 'ringgit', 'yuan'],
  },
  complementisers: ['bahwa'],
  personWords: [
    'ibu', 'ayah', 'orang', 'tua', 'istri', 'suami', 'anak', 'putra', 'putri', 'adik', 'kakak', 'pendiri', 'penulis', 'pencipta',
    'penemu', 'pengarang', 'penggagas', 'pencetus', 'perancang', 'mangaka', 'vokalis', 'penyanyi', 'pemain', 'tokoh',
  ],
  clauseJoins: ['dan', 'serta', 'lalu', 'kemudian', 'tetapi', 'namun', 'sedangkan', 'sementara'],
  endWords: ['berakhir', 'berakhirnya', 'runtuh', 'keruntuhan', 'selesai', 'usai', 'tamat', 'bubar', 'dibubarkan'],
};
