/** How the change between two days is measured. */
export interface ChangeOptions {
  /**
   * Pieces narrower than this, in metres, on average (2 × area ÷ perimeter), are not counted: two
   * snapshots of an unchanged line differ by thin slivers along it (digitising and simplification
   * noise), which would otherwise add up to real-looking gains and losses.
   */
  minWidthM: number;
}

/** 200 m: twice the import's default simplification tolerance (100 m). */
export const DEFAULT_CHANGE_OPTIONS: ChangeOptions = { minWidthM: 200 };
