import type { Day } from '../story/day';

/**
 * The change a reader's ask for a comparison day makes (null: end the comparison). Ending it ends
 * its swipe too, so the next comparison starts as plain as the first.
 */
export const askCompare = (compare: Day | null): { compare: Day | null; swipe?: false } =>
  compare === null ? { compare, swipe: false } : { compare };
