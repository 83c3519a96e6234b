// Indonesian words of quotes and their attributions (extract/speakers.ts, speaker-names.ts,
// quote-marks.ts): pronouns, verbs before and after their speaker, titles and their short forms.
import type { QuoteWords } from './tables.js';

export const quoteWords: QuoteWords = {
  pronouns: ['dia', 'ia', 'beliau', 'mereka'],
  fillers: [
    'pun', 'juga', 'kembali', 'lalu', 'kemudian', 'sebelumnya', 'sempat', 'telah', 'sudah', 'pernah', 'lantas', 'namun', 'tetapi',
    'sementara', 'adapun', 'sedangkan', 'bahkan', 'tetap', 'masih', 'terus', 'segera', 'langsung', 'belum',
    'akhirnya', 'justru',
  ],
  nameParticles: ['bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'da', 'al', 'el', 'la', 'le', 'br', 'boru'],
  prepositions: ['kepada', 'pada', 'untuk', 'dari', 'di', 'ke', 'dengan', 'oleh', 'bagi', 'terhadap', 'tentang', 'dan', 'atau', 'bahwa', 'dalam', 'melalui', 'bersama', 'antara'],
  accordingTo: ['menurut'],
  determiners: ['sang', 'para'],
  invertedVerbs: [
    'kata', 'ujar', 'ungkap', 'tutur', 'jelas', 'tegas', 'lanjut', 'tambah', 'imbuh', 'tulis', 'papar', 'terang',
    'sebut', 'tutup', 'pungkas', 'ucap', 'seru', 'demikian', 'bunyi', 'tanya', 'jawab', 'kilah', 'sahut', 'timpal',
    'dikatakan', 'disampaikan', 'diungkapkan', 'dijelaskan', 'ditegaskan', 'dituturkan', 'disebutkan', 'tandas', 'tukas', 'cetus', 'pesan',
  ],
  subjectVerbs: [
    'mengatakan', 'menyatakan', 'mengungkapkan', 'menjelaskan', 'menegaskan', 'menambahkan', 'menuturkan',
    'menyebutkan', 'menyebut', 'menilai', 'berkata', 'mengakui', 'memperingatkan', 'menyampaikan',
  ],
  affiliations: ['dari'],
  verbPrefixes: ['me', 'ber', 'ter'],
  agentPrefixes: ['pe'],
  nicknameWords: ['disapa', 'dipanggil', 'disebut'],
  possessives: ['nya'],
  titles: [
    'mensos', 'menkes', 'menkeu', 'mendagri', 'menlu', 'menhan', 'menpan', 'menhub', 'menag', 'mendikbud', 'menpora',
    'mentan', 'mendag', 'menperin', 'menaker', 'menkominfo', 'menkumham', 'menpar', 'menko', 'kapolres', 'kapolresta', 'kapolsek',
    'kapolrestabes', 'wakapolri', 'wakapolda', 'kasatreskrim', 'kadis', 'kadinkes', 'kasi', 'kabag', 'kabid', 'kades',
    'sekda', 'wagub', 'wabup', 'wawali', 'pangdam', 'danrem', 'dandim', 'kajati', 'kajari', 'kepala seksi',
    'dokter', 'dokter gigi', 'guru besar', 'sejarawan', 'sosiolog', 'epidemiolog', 'psikolog', 'budayawan',
    'praktisi', 'pengelola', 'deputi', 'pelaksana tugas', 'plt', 'humas',
  ],
  titleForms: [
    ['kapolri', 'kepala kepolisian negara', 'kepala polri'], ['kapolda', 'kepala kepolisian daerah', 'kepala polda'],
    ['kapolres', 'kepala kepolisian resor', 'kepala polres'], ['kapolresta', 'kepala kepolisian resor kota', 'kepala polresta'],
    ['kapolsek', 'kepala kepolisian sektor', 'kepala polsek'], ['mensos', 'menteri sosial'], ['menkes', 'menteri kesehatan'],
    ['menkeu', 'menteri keuangan'], ['mendagri', 'menteri dalam negeri'], ['menlu', 'menteri luar negeri'],
    ['menhan', 'menteri pertahanan'],
    ['menhub', 'menteri perhubungan'], ['menag', 'menteri agama'], ['menpora', 'menteri pemuda dan olahraga'], ['mentan', 'menteri pertanian'],
    ['mendag', 'menteri perdagangan'], ['menperin', 'menteri perindustrian'], ['menaker', 'menteri ketenagakerjaan'], ['wagub', 'wakil gubernur'], ['wabup', 'wakil bupati'], ['wawali', 'wakil wali kota'],
    ['sekda', 'sekretaris daerah'], ['kadis', 'kepala dinas'], ['kadinkes', 'kepala dinas kesehatan'], ['kades', 'kepala desa'],
    ['kajati', 'kepala kejaksaan tinggi'], ['kajari', 'kepala kejaksaan negeri'], ['pangdam', 'panglima kodam', 'panglima daerah militer'],
    ['jubir', 'juru bicara'], ['dubes', 'duta besar'], ['sekjen', 'sekretaris jenderal'], ['dirut', 'direktur utama'],
  ],
  demonstratives: ['ini', 'itu', 'tersebut'],
  honorifics: ['bapak', 'ibu', 'pak', 'bu', 'sdr', 'tn', 'ny', 'dr', 'drs', 'dra', 'ir', 'prof'],
  verbNouns: ['tanggung jawab', 'tanya jawab', 'tanya-jawab'],
  bodyPrefixes: ['kemen', 'pemkot', 'pemkab', 'pemprov', 'pemda', 'pemdes', 'pemilu', 'dinkes', 'dishub', 'disdik'],
};
