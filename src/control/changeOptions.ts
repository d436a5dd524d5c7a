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

/** The widest threshold a reader may set, in metres: wider, real advances would go uncounted. */
export const MAX_MIN_WIDTH_M = 2000;

/** A threshold the reader typed: whole metres from 0 to MAX_MIN_WIDTH_M, or null for anything else. */
export function minWidthOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_MIN_WIDTH_M ? value : null;
}
