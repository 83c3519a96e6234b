// The least score of an answer to an open question (answer/question.ts), as the passage can give it.
// A question word's weight says how few of the passage's sentences hold it (candidates.ts weightsOf:
// one plus the log of their share), so a passage of one sentence, or one writing every question word
// in nearly every sentence, weighs each word one at most, and an answer right beside all of them
// scores less there than beside the same words in a longer passage. The least score is lowered by
// as much: by the share of FULL_WEIGHT the question's heaviest word reaches.
import { questionSettings } from './candidates.js';

/** The weight from which a passage tells its words apart: a word in about three in four of its sentences or fewer. */
export const FULL_WEIGHT = 1.3;

/** The least score for answers scored with these term weights. */
export function leastScore(weights: readonly number[]): number {
  const heaviest = Math.max(1, ...weights);
  return questionSettings.minScore * Math.min(1, heaviest / FULL_WEIGHT);
}
