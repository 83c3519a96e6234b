// Derives src/lang/name-evidence-id.ts: for each capitalised word of Indonesian news, how often the
// news writes it as part of a person's name and how often as part of a place's or a body's, read
// off the IndoSum articles (CC BY-SA 4.0, Kurniawan & Louvan 2018). No gold: the text says it. kutip's
// own recogniser (names.ts) reads each article and classes the words of each capitalised run; then
//   - a person's word: a word of the last block of name words of a run a title or rank heads
//     ("Presiden …", "Kapolres AKBP …", "Bapak …") or a speech verb or a doer's marker stands beside
//     ("kata …", "ujar …", "… mengatakan", "oleh …"); not the one word right after a head's title
//     ("Bupati …", "pelatih …"), which may be the place or the body headed;
//   - a place's or a body's word: a word the recogniser marks as never a person (a known place, an
//     outlet, a run after "di", "ke", "desa", "band" …), a word of a run after a locative ("dari …"),
//     or the word right after a word for a place or a body inside the run ("Kota …", "PT …", "Partai …").
// A word is kept when both counts together reach MIN (env MIN, default 3).
//
// Tried, not adopted (README, Evaluation): the product reads no such table, and the file this script
// writes is not committed (.gitignore). To try it: `git apply scripts/name-evidence-hook.patch`, then
// build and run the NERGrit eval.
//
//   npm run build && node scripts/derive-name-evidence.mjs [corpus folder]   (or KUTIP_CORPUS=folder)
// Without the corpus it says so and exits 0, writing nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../dist/src/load/article.js';
import { extractNameRuns, readNames } from '../dist/src/extract/names.js';
import { lexicon } from '../dist/src/text/lexicon.js';
import { PhraseSet } from '../dist/src/text/phrases.js';
import { tables } from '../dist/src/lang/index.js';

// "Bupati …", "pelatih …", "Kapolres …": the one word after the title of a head may be the place or body headed, or the head.
const headTitles = new PhraseSet(tables.id.nameWords?.headTitles ?? []);
const headBefore = (words, from) => lexicon.regionalHeads.has(words[from - 1]?.norm ?? '') || [1, 2].some((k) => from - k >= 0 && headTitles.matchAt(words, from - k, from - 1) === k);

const MIN = Number(process.env.MIN ?? 3);
const folder = process.argv[2] ?? process.env.KUTIP_CORPUS ?? join(import.meta.dirname, '../../shared/corpus/indosum');
if (!existsSync(folder)) {
  console.log(`derive-name-evidence: no corpus at ${folder}; give the IndoSum folder as the argument or in KUTIP_CORPUS. Nothing written.`);
  process.exit(0);
}

const person = new Map();
const placeOrBody = new Map();
const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const article = parseArticle(file.slice(0, -4), readFileSync(join(folder, file), 'utf8'));
  if (article.meta.language !== 'id') continue;
  const read = readNames(article);
  const runs = extractNameRuns(article, read);
  let r = 0;
  for (const p of read.paragraphs) {
    for (const { first, runLast } of p.runs) {
      const run = runs[r++];
      const countable = (i) => !p.words[i].mark && /^\p{L}[\p{L}'’-]*$/u.test(p.words[i].text) && p.words[i].norm.length >= 2;
      const isName = (i) => p.classes[i] === 'name' && !p.known[i];
      for (let i = first; i <= runLast; i++) if (p.known[i] && countable(i)) add(placeOrBody, p.words[i].norm);
      // The blocks of name words of the run; the person a cue points at is its last block.
      const blocks = [];
      for (let i = first; i <= runLast; i++) {
        if (!isName(i)) continue;
        let j = i;
        while (j + 1 <= runLast && isName(j + 1)) j++;
        blocks.push([i, j]);
        i = j;
      }
      blocks.forEach(([from, to], b) => {
        const before = from > first ? p.classes[from - 1] : undefined;
        const body = before === 'organisation' || (before === 'role' && lexicon.placeWords.has(p.words[from - 1].norm));
        const cued = run.titled || run.spoken || /[tr]/.test(run.classes.slice(0, from - first));
        const last = b === blocks.length - 1;
        if (b === 0 && run.locative && !run.titled) {
          for (let i = from; i <= to; i++) if (countable(i)) add(placeOrBody, p.words[i].norm);
        } else if (body) {
          // "Partai Lorem", "Kota Lorem"; "Partai Lorem Budi Santoso": the body's one word, then its head.
          if (countable(from)) add(placeOrBody, p.words[from].norm);
          if (last && cued && to - from >= 2) for (let i = from + 1; i <= to; i++) if (countable(i)) add(person, p.words[i].norm);
        } else if (last && cued) {
          for (let i = headBefore(p.words, from) ? from + 1 : from; i <= to; i++) if (countable(i)) add(person, p.words[i].norm);
        }
      });
    }
  }
}
const words = [...new Set([...person.keys(), ...placeOrBody.keys()])]
  .map((w) => [w, person.get(w) ?? 0, placeOrBody.get(w) ?? 0])
  .filter(([, p, q]) => p + q >= MIN)
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));

const out = join(import.meta.dirname, '../src/lang/name-evidence-id.ts');
// "word person placeOrBody" entries joined by ";", one line per first letter: a few long lines.
const lines = new Map();
for (const [w, p, q] of words) lines.set(w[0], [...(lines.get(w[0]) ?? []), `${w} ${p} ${q}`]);
const body = [...lines.values()].map((entries) => entries.join(';')).join('\n');
writeFileSync(
  out,
  `// How Indonesian news uses each capitalised word: as part of a person's name, or of a place's or a body's.
// Derived by scripts/derive-name-evidence.mjs from ${files.length} IndoSum news articles (Kurniawan & Louvan,
// "IndoSum: A New Benchmark Dataset for Indonesian Text Summarization", IALP 2018). Derived material of
// a CC BY-SA 4.0 work, shared under CC BY-SA 4.0. Do not edit by hand: run the script again.
// Entries "word person placeOrBody" separated by ";": the word (folded), times after a person's cue, times after
// a place's or a body's cue; only words with ${MIN} or more of both together.
export const nameEvidenceId = \`
${body}
\`;
`,
);
console.log(`derive-name-evidence: ${words.length} words from ${files.length} articles → src/lang/name-evidence-id.ts`);
