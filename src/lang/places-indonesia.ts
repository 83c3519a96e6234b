// Indonesia's regencies and cities (kabupaten, kota) and the towns that seat them, in their usual
// Indonesian names: part of the gazetteer (places.ts). World knowledge, like the world's large
// cities (places-cities.ts), not a list kept for any one article. A regency's name written without
// "Kabupaten" or a locative ("Pecel <Town>", "Camat <Town>", "<Club> <Town>") is a place, not a
// person's name. Left out, as "Chad" is from the countries: names that are common words, given
// names, surnames or titles ("Batang" a stem, "Batu" a stone, "Negara" a state, "Kaur" a village
// official, "Pati", "Agam", "Lingga", "Flores", "Bone", the surname "Batubara"). Only a locative tells
// those apart.
import { entries, type GazetteerEntry } from './place-entry.js';

export const regencies: readonly GazetteerEntry[] = [
  ...entries('Aceh Besar; Aceh Barat; Aceh Jaya; Aceh Selatan; Aceh Singkil; Aceh Tamiang; Aceh Tengah; Aceh Tenggara; Aceh Timur'),
  ...entries('Aceh Utara; Bener Meriah; Bireuen; Gayo Lues; Nagan Raya; Pidie; Pidie Jaya; Simeulue; Langsa'),
  ...entries('Lhokseumawe; Subulussalam; Meulaboh; Asahan; Deli Serdang; Humbang Hasundutan; Labuhanbatu; Langkat'),
  ...entries('Mandailing Natal; Nias; Padang Lawas; Pakpak Bharat; Samosir; Serdang Bedagai; Simalungun; Tapanuli Selatan; Tapanuli Tengah'),
  ...entries('Tapanuli Utara; Toba Samosir; Binjai; Gunungsitoli; Padangsidimpuan; Pematangsiantar; Sibolga; Tanjungbalai; Tebing Tinggi'),
  ...entries('Tarutung; Balige; Kabanjahe; Rantauprapat; Dharmasraya; Kepulauan Mentawai; Mentawai; Lima Puluh Kota; Padang Pariaman'),
  ...entries('Pasaman; Pasaman Barat; Pesisir Selatan; Sijunjung; Solok Selatan; Tanah Datar; Bukittinggi; Padang Panjang; Pariaman'),
  ...entries('Payakumbuh; Sawahlunto; Batusangkar; Bengkalis; Indragiri Hilir; Indragiri Hulu; Kampar; Kuantan Singingi; Pelalawan'),
  ...entries('Rokan Hilir; Rokan Hulu; Kepulauan Meranti; Dumai; Bintan; Karimun; Natuna; Tanjungpinang; Batanghari'),
  ...entries('Kerinci; Merangin; Muaro Jambi; Sarolangun; Sungai Penuh; Banyuasin; Empat Lawang; Muara Enim; Musi Banyuasin'),
  ...entries('Musi Rawas; Ogan Ilir; Ogan Komering Ilir; Ogan Komering Ulu; Lubuklinggau; Pagar Alam; Prabumulih; Baturaja; Kepahiang'),
  ...entries('Mukomuko; Rejang Lebong; Seluma; Lampung Barat; Lampung Selatan; Lampung Tengah; Lampung Timur; Lampung Utara; Mesuji'),
  ...entries('Pesawaran; Pesisir Barat; Pringsewu; Tanggamus; Tulang Bawang; Way Kanan; Bandar Lampung; Bangka; Belitung'),
  ...entries('Belitung Timur; Pangkalpinang; Bandung Barat; Ciamis; Cianjur; Garut; Indramayu; Karawang; Kuningan'),
  ...entries('Majalengka; Pangandaran; Purwakarta; Sukabumi; Sumedang; Tasikmalaya; Cimahi; Cileungsi; Cibinong'),
  ...entries('Soreang; Lebak; Pandeglang; Serang; Cilegon; Tangerang Selatan; Rangkasbitung; Banjarnegara; Banyumas'),
  ...entries('Blora; Boyolali; Brebes; Cilacap; Demak; Grobogan; Jepara; Karanganyar; Kebumen'),
  ...entries('Klaten; Magelang; Pekalongan; Pemalang; Purbalingga; Purworejo; Rembang; Sragen; Sukoharjo'),
  ...entries('Tegal; Temanggung; Wonogiri; Wonosobo; Salatiga; Purwokerto; Bantul; Gunungkidul; Gunung Kidul'),
  ...entries('Kulon Progo; Sleman; Wonosari; Bangkalan; Banyuwangi; Blitar; Bojonegoro; Bondowoso; Gresik'),
  ...entries('Jember; Jombang; Kediri; Lamongan; Lumajang; Madiun; Magetan; Mojokerto; Nganjuk'),
  ...entries('Ngawi; Pacitan; Pamekasan; Pasuruan; Ponorogo; Probolinggo; Sampang; Sidoarjo; Situbondo'),
  ...entries('Sumenep; Trenggalek; Tuban; Tulungagung; Madura; Badung; Bangli; Buleleng; Gianyar'),
  ...entries('Jembrana; Karangasem; Klungkung; Tabanan; Singaraja; Amlapura; Semarapura; Lombok; Lombok Barat'),
  ...entries('Lombok Tengah; Lombok Timur; Lombok Utara; Sumbawa; Sumbawa Barat; Flores Timur; Lembata; Manggarai; Manggarai Barat'),
  ...entries('Manggarai Timur; Nagekeo; Ngada; Rote Ndao; Sabu Raijua; Sikka; Sumba Barat; Sumba Timur; Sumba Tengah'),
  ...entries('Sumba Barat Daya; Timor Tengah Selatan; Timor Tengah Utara; Atambua; Labuan Bajo; Maumere; Ruteng; Waingapu; Kefamenanu'),
  ...entries('Bajawa; Larantuka; Sumba; Bengkayang; Kapuas Hulu; Kayong Utara; Ketapang; Kubu Raya; Melawi'),
  ...entries('Mempawah; Sambas; Sanggau; Sekadau; Sintang; Singkawang; Barito Selatan; Barito Timur; Barito Utara'),
  ...entries('Gunung Mas; Katingan; Kotawaringin Barat; Kotawaringin Timur; Lamandau; Murung Raya; Pulang Pisau; Sukamara; Seruyan'),
  ...entries('Palangka Raya; Palangkaraya; Sampit; Pangkalan Bun; Balangan; Barito Kuala; Hulu Sungai Selatan; Hulu Sungai Tengah; Hulu Sungai Utara'),
  ...entries('Kotabaru; Tabalong; Tanah Bumbu; Tanah Laut; Banjarbaru; Martapura; Berau; Kutai Barat; Kutai Kartanegara'),
  ...entries('Kutai Timur; Mahakam Ulu; Penajam Paser Utara; Bontang; Tenggarong; Bulungan; Malinau; Nunukan; Tana Tidung'),
  ...entries('Tarakan; Bolaang Mongondow; Minahasa; Minahasa Selatan; Minahasa Utara; Minahasa Tenggara; Kepulauan Sangihe; Sangihe; Kepulauan Talaud'),
  ...entries('Talaud; Bitung; Kotamobagu; Tomohon; Amurang; Tondano; Boalemo; Bone Bolango; Gorontalo Utara'),
  ...entries('Pohuwato; Banggai; Banggai Kepulauan; Donggala; Morowali; Parigi Moutong; Parigi; Poso; Tojo Una-Una'),
  ...entries('Tolitoli; Luwuk; Bantaeng; Bulukumba; Enrekang; Gowa; Jeneponto; Kepulauan Selayar; Selayar'),
  ...entries('Luwu; Luwu Timur; Luwu Utara; Maros; Pangkajene dan Kepulauan; Pangkep; Pinrang; Sidenreng Rappang; Sidrap'),
  ...entries('Sinjai; Soppeng; Takalar; Tana Toraja; Toraja Utara; Toraja; Wajo; Palopo; Parepare'),
  ...entries('Watampone; Sengkang; Bombana; Buton; Buton Utara; Kolaka; Kolaka Utara; Konawe; Konawe Selatan'),
  ...entries('Konawe Utara; Wakatobi; Baubau; Bau-Bau; Majene; Mamasa; Mamuju; Mamuju Utara; Polewali Mandar'),
  ...entries('Polman; Kepulauan Aru; Maluku Tengah; Maluku Tenggara; Seram Bagian Barat; Seram Bagian Timur; Halmahera; Halmahera Barat; Halmahera Selatan'),
  ...entries('Halmahera Tengah; Halmahera Timur; Halmahera Utara; Kepulauan Sula; Pulau Morotai; Morotai; Tidore; Tidore Kepulauan; Sofifi'),
  ...entries('Masohi; Biak Numfor; Biak; Boven Digoel; Jayawijaya; Keerom; Mappi; Mimika; Nabire'),
  ...entries('Pegunungan Bintang; Puncak Jaya; Supiori; Tolikara; Yahukimo; Yalimo; Wamena; Timika; Fakfak'),
  ...entries('Manokwari; Raja Ampat; Sorong Selatan; Teluk Bintuni; Teluk Wondama; Tambrauw; Maybrat'),
];
