// The fixed query mix for the Tempo article: names, typos, phrases, questions in both languages,
// and misses, spread over every command that takes a query.
import type { CommandName } from '../src/types.js';

const names = ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov', 'Putin', 'Vladimir Putin', 'vladimir puttin', 'Kim Jong Un', 'Kim Jong-un', 'Kim', 'Choe Son Hui', 'Choe Son-hui', 'Lavorv', 'KCNA', 'NATO'];
const places = ['Moskow', 'Moscow', 'Pyongyang', 'Pyonyang', 'Kursk', 'Ukraina', 'Ukraine', 'Korea Selatan', 'South Korea', 'Rusia', 'Korea Utara', 'North Korea'];
const phrases = [
  'bantuan militer', 'perjanjian kemitraan strategis', 'dokumen fundamental', 'Putin menyatakan dokumen fundamental',
  'pengiriman pasukan', 'kunjungan Putin ke Pyongyang', 'periode hubungan Korea-Soviet', 'invasi bersenjata',
  'perjanjian ditandatangani', 'pertemuan puncak', 'persahabatan yang kuat', 'kepentingan inti negara lain',
  'military aid', 'treaty', 'serangan', 'diserang negara ketiga',
];
const questions = [
  'Siapa yang bertemu di Moskow?', 'Kapan Putin menyatakan dokumen fundamental?', 'Di mana pasukan Korea Utara dikerahkan?',
  'Siapa Lavrov?', 'Kapan perjanjian ditandatangani?', 'Apa isi perjanjian?', 'Mengapa NATO khawatir?',
  'Bagaimana hubungan Rusia-Korut?', 'Berapa negara yang mengonfirmasi pengiriman pasukan?', 'Who is Lavrov?',
  'When did Putin visit Pyongyang?', 'Where did the ministers meet?', 'What did Kim say?', 'Who met in Moscow?',
];
const misses = ['Israel', 'Biden', 'sepak bola', 'Lebanon', 'harga beras', 'Jokowi', 'xyzzy', 'piala dunia 2026', 'Trump tariffs', 'bitcoin'];

export interface BenchQuery {
  readonly command: CommandName;
  readonly query: string;
}

const byCommand: Record<'who' | 'when' | 'where' | 'quote' | 'ask' | 'search', readonly string[]> = {
  who: [...names, ...misses.slice(0, 4), 'siapa yang bertemu di Moskow'],
  when: [...phrases.slice(0, 12), ...misses.slice(0, 3)],
  where: [...places, ...phrases.slice(4, 8), ...misses.slice(0, 2)],
  quote: [...names.slice(3, 11), 'Lavrov', 'hubungan', 'bantuan militer', 'persahabatan', ...misses.slice(0, 3)],
  ask: [...questions, ...misses.slice(3, 6)],
  search: [...names, ...places, ...phrases, ...misses],
};

/** At least 200 queries: every command's list, repeated in order until the mix is that long. */
export function tempoQueries(min = 200): BenchQuery[] {
  const one: BenchQuery[] = Object.entries(byCommand).flatMap(([command, qs]) => qs.map((query) => ({ command: command as CommandName, query })));
  const out: BenchQuery[] = [];
  while (out.length < min) out.push(...one);
  return out;
}

/** What people type into autocomplete: 1–3 characters of names and places. */
export function typedPrefixes(): string[] {
  const words = [...names, ...places];
  const out: string[] = [];
  for (const w of words) for (let n = 1; n <= 3; n++) out.push(w.slice(0, n));
  return out;
}
