// PLACEHOLDER being written by the lead.
import type { Library } from '../library.js';
import type { Answer, CommandName } from '../types.js';

export interface AnswerRequest {
  readonly command: CommandName;
  /** What the user typed, raw. */
  readonly query: string;
  /** Restrict to one article id (must be one of library.entries); default: every article. */
  readonly article?: string;
}

export function answer(library: Library, request: AnswerRequest): Answer {
  return { command: request.command, query: request.query, found: false, answer: 'not implemented yet', citations: [] };
}
