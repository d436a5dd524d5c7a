/** Counts by reason (features dropped, geometry repaired), kept in first-seen order. */
export type Counts = Map<string, number>;

export function addCount(counts: Counts, reason: string, n = 1): void {
  if (n > 0) counts.set(reason, (counts.get(reason) ?? 0) + n);
}

export function mergeCounts(into: Counts, from: Counts): void {
  for (const [reason, n] of from) addCount(into, reason, n);
}

export function totalCount(counts: Counts): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}
