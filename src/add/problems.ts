// Why an article could not be added, as data: a code and the facts a sentence needs. The
// sentences themselves are in words.ts, one table per language.
import type { AddressKind } from './address.js';

export type AddProblem =
  | { readonly code: 'empty-input' }
  | { readonly code: 'bad-url' }
  | { readonly code: 'bad-scheme'; readonly scheme: string }
  | { readonly code: 'credentials-in-url' }
  | { readonly code: 'refused-host'; readonly host: string }
  | { readonly code: 'refused-address'; readonly host: string; readonly address: string; readonly kind: AddressKind }
  | { readonly code: 'dns-failed'; readonly host: string }
  | { readonly code: 'connect-failed'; readonly host: string; readonly reason: string }
  | { readonly code: 'too-many-redirects'; readonly limit: number }
  | { readonly code: 'bad-redirect' }
  | { readonly code: 'timeout'; readonly seconds: number }
  | { readonly code: 'too-large'; readonly limitMb: number }
  | { readonly code: 'bad-content-type'; readonly contentType: string }
  | { readonly code: 'http-status'; readonly status: number }
  | { readonly code: 'no-article' }
  | { readonly code: 'file-not-found'; readonly file: string }
  | { readonly code: 'file-unreadable'; readonly file: string; readonly reason: string }
  | { readonly code: 'binary-file'; readonly file: string }
  | { readonly code: 'bad-id'; readonly id: string }
  | { readonly code: 'id-taken'; readonly id: string }
  | { readonly code: 'duplicate-url'; readonly id: string }
  | { readonly code: 'duplicate-text'; readonly id: string }
  | { readonly code: 'folder-unreadable'; readonly dir: string; readonly reason: string }
  | { readonly code: 'write-failed'; readonly dir: string; readonly reason: string };

export type AddProblemCode = AddProblem['code'];

/** A problem thrown inside the add pipeline; addArticle turns it into a result. */
export class AddFailure extends Error {
  override readonly name = 'AddFailure';
  constructor(readonly problem: AddProblem) {
    super(problem.code);
  }
}

export const fail = (problem: AddProblem): never => {
  throw new AddFailure(problem);
};
