// Derives src/lang/common-words-id.json: Indonesian words that news writes in lower case, read off
// the IndoSum articles in ../shared/corpus/indosum (CC BY-SA 4.0, Kurniawan & Louvan 2018). A word
// is kept when the articles write it in lower case at least MIN_LOWER times and in lower case at
// least SHARE of the times it stands inside a sentence (a capital opening a sentence says nothing).
// The product never reads the corpus: it reads the list this script writes.
//
//   npm run build && node scripts/derive-common-words.mjs [corpus folder]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../dist/src/load/article.js';
import { paragraphWords } from '../dist/src/text/words.js';

const MIN_LOWER = 3;
const SHARE = 0.85;
const folder = process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/indosum');
if (!existsSync(folder)) {
  console.error(`derive-common-words: no corpus at ${folder}; give the IndoSum folder as the argument`);
  process.exit(2);
}

const lower = new Map();
const capital = new Map();
const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const article = parseArticle(file.slice(0, -4), readFileSync(join(folder, file), 'utf8'));
  for (const p of article.paragraphs) {
    for (const w of paragraphWords(p)) {
      if (w.mark || !/^\p{L}[\p{L}-]*\p{L}$/u.test(w.text)) continue;
      if (/^\p{Ll}/u.test(w.text)) add(lower, w.norm);
      else if (!w.initial) add(capital, w.norm);
    }
  }
}
const words = [...lower]
  .filter(([w, n]) => n >= MIN_LOWER && n >= SHARE * (n + (capital.get(w) ?? 0)))
  .map(([w]) => w)
  .sort();

// One JSON file with its provenance; the words on one line, in order.
const data = {
  source: `scripts/derive-common-words.mjs, from ${files.length} IndoSum news articles (Kurniawan & Louvan, "IndoSum: A New Benchmark Dataset for Indonesian Text Summarization", IALP 2018)`,
  licence: 'CC BY-SA 4.0 (derived from CC BY-SA 4.0 text); do not edit by hand, run the script again',
  rule: `written in lower case at least ${MIN_LOWER} times and at least ${Math.round(SHARE * 100)}% of the times the word stands inside a sentence`,
  words,
};
const out = join(import.meta.dirname, '../src/lang/common-words-id.json');
writeFileSync(out, `{\n${Object.entries(data).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}\n`);
console.log(`derive-common-words: ${words.length} words from ${files.length} articles → src/lang/common-words-id.json`);
