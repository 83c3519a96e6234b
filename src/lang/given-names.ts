// Given names common in Indonesia and in the English-speaking world: world knowledge, like the
// gazetteer, not a list kept for any one text. A capitalised word standing alone in a sentence that
// is one of these is a person's name ("… orangtua angkat Teguh)", "… bertemu Chris di …"), where a
// capitalised word standing alone is otherwise too often a place, a band or a brand to count.
// Names that are also common words or titles of either language ("Bayu" is wind, "Putri" a
// daughter, "Habib" a title, "May" a month, "Will" a verb) are left out: only the casing would tell
// them apart, and a sentence opens with a capital. So are the names of the shared articles' people.

import type { Language } from '../types.js';

const split = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** Indonesian given names, Javanese, Sundanese, Muslim and Christian forms and their common spellings. */
const indonesian = split(`
 Abdul Abdullah Achmad Adi Aditya Agus Agustina Ahmad Akbar Alfian Ali Amir Andi Andika Andre Andri Anggi Anisa Annisa
 Anton Anwar Ari Arief Arif Arya Asep Aulia Bambang Benny Budiman Cahyo Cecep Dadang Dani Danu Darmawan Dedi Dedy
 Dendi Denny Deny Desi Dewi Dian Dicky Didik Dimas Dina Dini Djoko Dodi Doni Dyah Eko Endang Erik Erwin Evi Fadli Fadly
 Fahmi Fajar Farhan Fauzi Febri Fikri Fitri Gilang Hadi Hamid Hana Handoko Hani Hendra Hendri Heri Herman Heru Hasan Husein
 Ibrahim Iin Ika Ikhsan Imam Indra Irfan Irwan Ismail Iwan Jaka Kartika Lia Lina Lukman Maya Mita
 Mulyadi Nana Nanda Nia Nina Novi Nurul Oki Pandu Rahmat Rama Ramli Rasyid Ratna
 Reza Ria Ridwan Rina Rini Riska Rizal Rizki Rizky Robby Roby Rudi Rudy Rina Sandi Sigit Siti Slamet Suharto
 Sulastri Supriyadi Supriyo Susanti Susi Sutrisno Syahrul Taufik Teguh Tika Udin Umar Usman Wahyu Wawan 
 Wira Wulan Yani Yanti Yanto Yoga Yogi Yudi Yuli Yusuf Zahra Zainal Zulkifli Ratih Rossa Ariel
 Abdurrahman Adrian Afif Agustinus Ahmadi Aisyah Alif Amalia Aminah Andreas Angga Anisah Anjar Ardi Arifin Aris Arman
 Asri Astuti Bima Daniel Danang Dedek Dewanto Dewantoro Dodik Edi Edy Effendi Elly Endah Evi Fadil
 Fahri Faisal Fatimah Ferdi Fransiskus Hadiyanto Hafiz Hamzah Hardi Haris Hartono Haryanto Hasanah
 Hendrik Herlina Heryanto Husni Ilham Imelda Irma Irwansyah Iskandar Ivan Jajang Januar Jefri Johan Joni Junaidi
 Kadir Khairul Komarudin Lukas Luthfi Mahmud Maman Mansur Marlina Marwan Mulyono Munir Nadia Nanang
 Nasrul Novita Nugroho Nurdin Nuraini Octavia Paulus Purnomo Rachmat Rahman Rahmawati Raka Ramdan
 Rani Rasid Ratno Rendy Retno Rian Ridho Rika Rio Riyanto Rohman Rosa Rusdi Ruslan Saiful Salim Samsul Santi Sapto
 Sarah Sartono Sayuti Septian Siswanto Sofyan Subagyo Sudarsono Sudirman Sugeng Sugiarto Suherman Sukardi Sulaiman Sumarno
 Sunarto Suparman Suryadi Sutarno Suwarno Syaiful Tatang Tedi Tono Toto Tutut Umi Ujang Utami Vina Wahid Wahyudi Wibowo
 Wijaya Winarno Windi Yadi Yohanes Yulia Yuliana Yunus Yusril Zaenal Zul
`);

/** English and other Western given names, and a few Japanese ones. */
const western = split(`
 Aaron Adam Alan Albert Alex Alexander Alice Amanda Amy Andrew Angela Anna Anne Anthony Arthur Barbara Ben Benjamin Betty Bill
 Bob Brian Carl Carlos Caroline Catherine Charles Charlie Chris Christian Christopher Claire Daniel David Dennis Diana
 Dorothy Edward Elizabeth Emily Emma Eric Frank Fred Gary George Gordon Harry Helen Henry Jack Jacob James Jane Jason Jeff
 Jennifer Jessica Jim Joe John Johnny Jonathan Joseph Julia Karen Kate Kevin Laura Linda Lisa Louis Lucy Maggie Margaret Maria
 Mark Martin Mary Matt Matthew Michael Michelle Mike Nancy Nick Nicholas Olivia Patrick Paul Peter Philip Rachel Richard Robert
 Roger Ronald Ruth Ryan Sam Samuel Sarah Scott Sophie Stephen Steve Steven Susan Thomas Timothy Tom Tony Victoria Walter
 William Casey Hiroshi Takashi Kenji Yuki Akira Satoshi 
`);

export const givenNames: readonly string[] = [...new Set([...indonesian, ...western])];

/**
 * Given names a language's text writes as names where the other language has them as a common word: in an English
 * article "Tim" is a given name ("Tim Cook said …"), though Indonesian "tim" is a team ("Tim Gabungan"), so it stays
 * out of givenNames and is read as one only in English text.
 */
export const givenNamesOnlyIn: Readonly<Record<Language, readonly string[]>> = { id: [], en: ['Tim'] };
