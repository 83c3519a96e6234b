// The world's capitals and large cities (of about a million people or more) that the gazetteer's
// first table (places.ts) does not hold, by country, in their English names, after the Indonesian
// exonym where news writes one ("Napoli|Naples"). World knowledge, not kept for any one article.
// Left out, as "Chad" is from the countries: names that are common given names or surnames
// ("Sofia", "Santiago", "Adelaide", "Austin", "Charlotte", "Orlando", "Kobe", "Samara", "Alexandria",
// "Salvador", "Rosario", "Aden", "Houston", "Cleveland", "Columbus", "Phoenix"; "Xi'an" but not
// "Xian"), and words of either language written with a capital at a sentence's start ("Lima" is
// five, "Surat" a letter, "Kota" a city, "Bursa" an exchange, "Asmara" love, "Male", "Nice",
// "Reading", "Bath", "Mobile"). Only a locative tells them.
import { entries, type GazetteerEntry } from './place-entry.js';

export const cities: readonly GazetteerEntry[] = [
  // The United Kingdom and Ireland
  ...entries('Manchester; Birmingham; Liverpool; Leeds; Sheffield; Bristol; Newcastle|Newcastle upon Tyne; Nottingham'),
  ...entries('Leicester; Southampton; Glasgow; Edinburgh; Aberdeen; Dundee; Cardiff; Swansea; Belfast; Dublin'),
  // Europe
  ...entries('Hamburg; München|Munich|Muenchen; Köln|Cologne|Koeln; Frankfurt; Stuttgart; Düsseldorf|Dusseldorf'),
  ...entries('Milan|Milano; Napoli|Naples; Torino|Turin; Palermo; Barcelona; Valencia; Sevilla|Seville'),
  ...entries('Marseille|Marseilles; Lyon|Lyons; Rotterdam; Antwerpen|Antwerp; Zurich|Zürich; Bern|Berne'),
  ...entries('Krakow|Kraków|Cracow; Bukares|Bucharest; Beograd|Belgrade; Zagreb; Ljubljana; Sarajevo; Podgorica'),
  ...entries('Skopje; Tirana|Tirane; Pristina|Prishtina; Chisinau|Chișinău|Kishinev; Riga; Vilnius; Tallinn'),
  ...entries('Reykjavik|Reykjavík; Bratislava; Valletta; Thessaloniki; Nikosia|Nicosia; Vaduz; Andorra la Vella'),
  ...entries('Kharkiv|Kharkov; Odesa|Odessa; Lviv|Lvov; Dnipro; Donetsk; Luhansk; Zaporizhzhia; Mariupol'),
  ...entries('Novosibirsk; Yekaterinburg; Kazan; Nizhny Novgorod; Omsk; Chelyabinsk; Rostov-on-Don|Rostov'),
  ...entries('Ufa; Krasnoyarsk; Voronezh; Volgograd; Vladivostok; Sochi; Kaliningrad; Belgorod'),
  // The Middle East and Central Asia
  ...entries('Jeddah|Jedah|Jiddah; Muskat|Muscat; Sanaa|Sana\'a; Kuwait City; Manama; Mosul; Basrah|Basra'),
  ...entries('Erbil; Aleppo; Homs; Ramallah; Rafah; Khan Younis; Izmir|İzmir; Antalya; Mashhad; Isfahan|Esfahan'),
  ...entries('Tabriz; Shiraz; Kandahar; Herat; Astana|Nur-Sultan; Almaty|Alma-Ata; Tashkent|Taskent; Bishkek'),
  ...entries('Dushanbe; Ashgabat; Tbilisi; Yerevan; Baku'),
  // South Asia
  ...entries('Dhaka; Chittagong|Chattogram; Karachi; Lahore; Faisalabad; Rawalpindi; Peshawar; Multan; Quetta'),
  ...entries('Kathmandu; Colombo; Thimphu; Kolkata|Calcutta; Chennai|Madras; Bengaluru|Bangalore; Hyderabad'),
  ...entries('Ahmedabad; Pune; Jaipur; Lucknow; Kanpur; Nagpur; Indore; Bhopal; Patna; Varanasi; Srinagar; Amritsar'),
  // East and Southeast Asia
  ...entries('Guangzhou; Shenzhen; Chongqing; Tianjin; Wuhan; Chengdu; Nanjing; Xi\'an; Hangzhou; Shenyang'),
  ...entries('Harbin; Qingdao; Dalian; Zhengzhou; Jinan; Changsha; Kunming; Fuzhou; Xiamen; Suzhou; Dongguan'),
  ...entries('Foshan; Urumqi|Ürümqi; Lhasa; Ulan Bator|Ulaanbaatar; Kaohsiung; Taichung'),
  ...entries('Yokohama; Nagoya; Sapporo; Kyoto; Fukuoka; Hiroshima; Sendai; Saitama; Busan; Incheon; Daegu; Daejeon; Gwangju'),
  ...entries('Vientiane; Mandalay; Haiphong|Hai Phong; Da Nang; Quezon City; Davao; Cebu; Johor Bahru|Johor Baru'),
  ...entries('Bandar Seri Begawan'),
  // Africa
  ...entries('Lagos; Abuja; Kano; Ibadan; Accra; Dakar; Bamako; Niamey; Ouagadougou; Conakry; Freetown; Monrovia'),
  ...entries('Abidjan; Lomé|Lome; Cotonou; Nouakchott; N\'Djamena|Ndjamena; Bangui; Yaoundé|Yaounde; Douala'),
  ...entries('Libreville; Brazzaville; Kinshasa; Luanda; Windhoek; Gaborone; Harare; Lusaka; Lilongwe; Maputo'),
  ...entries('Antananarivo; Kampala; Kigali; Dodoma; Dar es Salaam; Mombasa; Mogadishu; Juba; Khartoum; Omdurman'),
  ...entries('Tripoli; Tunis; Aljir|Algiers; Rabat; Casablanca; Cape Town; Durban'),
  // The Americas
  ...entries('Philadelphia; San Antonio; San Diego; Dallas; Jacksonville; Boston; Seattle; Denver; Detroit'),
  ...entries('Atlanta; Miami; Las Vegas; New Orleans; Baltimore; Minneapolis; Pittsburgh; Portland; Nashville'),
  ...entries('St. Louis|St Louis|Saint Louis; Sacramento; Honolulu; San Jose|San José'),
  ...entries('Toronto; Montreal|Montréal; Vancouver; Calgary; Edmonton; Winnipeg'),
  ...entries('Guadalajara; Monterrey; Puebla; Tijuana; Ciudad Juárez|Ciudad Juarez; Guatemala City; San Salvador'),
  ...entries('Tegucigalpa; Managua; Panama City; Santo Domingo; Port-au-Prince; Kingston; Port of Spain; Nassau'),
  ...entries('Bridgetown; Belmopan; Georgetown; Paramaribo; Bogota|Bogotá; Medellin|Medellín; Quito; Guayaquil'),
  ...entries('La Paz; Asuncion|Asunción; Montevideo; Santiago de Chile; Sao Paulo|São Paulo; Belo Horizonte'),
  ...entries('Fortaleza; Manaus; Recife; Porto Alegre; Curitiba; Belem|Belém; Cordoba|Córdoba; Maracaibo'),
  // Oceania
  ...entries('Brisbane; Perth; Auckland; Christchurch; Port Moresby; Suva; Honiara; Port Vila; Apia'),
];
