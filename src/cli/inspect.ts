// kutip inspect: what the bot understood of each article, for admins to check before serving it.
import type { Library } from '../index/library.js';
import type { ArticleMeta, Understanding } from '../types.js';

export interface ArticleReport extends Understanding {
  readonly id: string;
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly { readonly n: number; readonly sentences: number; readonly text: string }[];
}

export function inspectLibrary(library: Library): ArticleReport[] {
  return library.entries.map(({ article, understanding }) => ({
    id: article.id,
    meta: article.meta,
    paragraphs: article.paragraphs.map((p) => ({ n: p.n, sentences: p.sentences.length, text: p.text })),
    ...understanding,
  }));
}

export function renderInspection(reports: readonly ArticleReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`# ${r.id}  (${r.meta.outlet ?? 'outlet unknown'}, ${r.meta.publishedAt ?? 'date unknown'}, ${r.meta.language})`);
    for (const p of r.paragraphs) out.push(`¶${p.n} (${p.sentences} sentences) ${p.text}`);
    out.push('People:');
    for (const p of r.people) out.push(`  ${p.name}${p.role ? ` — ${p.role}` : ''} ¶${p.paragraphs.join(', ¶')}${p.aliases.length ? `  aka ${p.aliases.join(', ')}` : ''}`);
    out.push('Organisations:');
    for (const o of r.organisations) out.push(`  ${o.name}${o.expansion ? ` (${o.expansion})` : ''} ¶${o.paragraphs.join(', ¶')}`);
    out.push('Places:');
    for (const p of r.places) out.push(`  ${p.name} ¶${p.paragraphs.join(', ¶')}${p.aliases.length ? `  aka ${p.aliases.join(', ')}` : ''}`);
    out.push('Quotes:');
    for (const q of r.quotes) out.push(`  ¶${q.paragraphs.join('–¶')} ${q.speaker ?? '(speaker unknown)'}${q.via ? ` via ${q.via}` : ''}: “${q.text}”`);
    out.push('Dates:');
    for (const d of r.dates) out.push(`  ¶${d.paragraph} “${d.text}” → ${d.start ?? (d.vague ? 'unresolved (it names no day)' : 'unresolved (no date to count from)')}${d.end ? ` … ${d.end}` : ''} (${d.kind})`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
