import type { ControlIndex } from './controlIndex';
import { OBLAST_IDS } from './layerFormat';

/**
 * Each interval's share of the oblasts together, in percent: the area inside over the oblasts'
 * area. The index gives each oblast's km² and percentage, so an oblast's own area is read from the
 * interval where its percentage is largest: both figures are rounded, and a tiny percentage (0.02)
 * would make the area a percent or so off, and a later share above 100. An oblast the layer never
 * covers cannot be measured this way and is left out of the total, so the share is then of the
 * oblasts the layer covers.
 */
export function combinedShare(index: ControlIndex): number[] {
  const areas = OBLAST_IDS.map((id) => {
    let best = { km2: 0, pct: 0 };
    for (const interval of index.intervals) if (interval.area[id].pct > best.pct) best = interval.area[id];
    return best.pct > 0 ? (best.km2 * 100) / best.pct : 0;
  });
  const total = areas.reduce((a, b) => a + b, 0);
  return index.intervals.map((interval) => {
    if (total === 0) return 0;
    const inside = OBLAST_IDS.reduce((sum, id) => sum + interval.area[id].km2, 0);
    // What rounding leaves over is not more than the whole.
    return Math.min(100, Math.round((inside / total) * 1000) / 10);
  });
}
