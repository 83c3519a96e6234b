// Removing an article from the articles folder: its text or saved page and its sidecar. The id is
// one the caller took from the loaded articles (a file name of the folder), never typed text; it is
// checked again here, so no id can name a file outside the folder or a hidden one.
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export type RemoveResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Deletes `<id>.txt`, `<id>.html` and `<id>.json` (the text first, the sidecar last); never throws. */
export function removeArticleFiles(dir: string, id: string): RemoveResult {
  if (id === '' || basename(id) !== id || id.startsWith('.')) return { ok: false, reason: 'not an article id' };
  try {
    for (const ext of ['.txt', '.html', '.json']) rmSync(join(dir, `${id}${ext}`), { force: true });
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: (err as NodeJS.ErrnoException).code ?? 'error' };
  }
}
