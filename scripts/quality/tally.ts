/** Counts behind a precision and a recall: how many items were drafted, how many the truth has, how many agree. */
export interface Tally {
  drafted: number;
  truth: number;
  right: number;
}

export const tally = (): Tally => ({ drafted: 0, truth: 0, right: 0 });
/** Nothing drafted is nothing wrong: 1. */
export const precision = (t: Tally): number => (t.drafted === 0 ? 1 : t.right / t.drafted);
/** Nothing to find is nothing missed: 1. */
export const recall = (t: Tally): number => (t.truth === 0 ? 1 : t.right / t.truth);

export const addTally = (into: Tally, t: Tally): void => {
  into.drafted += t.drafted;
  into.truth += t.truth;
  into.right += t.right;
};
