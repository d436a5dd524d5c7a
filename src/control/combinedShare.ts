import type { ControlIndex } from './controlIndex';
import { OBLAST_IDS } from './layerFormat';

/**
 * Each interval's share of the oblasts together, in percent: the area inside over the oblasts'
 * area. The index gives each oblast's km² and percentage, so an oblast's own area is read from any
 * interval where its percentage is not zero. An oblast the layer never covers cannot be measured
 * this way and is left out of the total, so the share is then of the oblasts the layer covers.
 */
export function combinedShare(index: ControlIndex): number[] {
  const areas = OBLAST_IDS.map((id) => {
    for (const interval of index.intervals) {
      const { km2, pct } = interval.area[id];
      if (pct > 0) return (km2 * 100) / pct;
    }
    return 0;
  });
  const total = areas.reduce((a, b) => a + b, 0);
  return index.intervals.map((interval) => {
    if (total === 0) return 0;
    const inside = OBLAST_IDS.reduce((sum, id) => sum + interval.area[id].km2, 0);
    return Math.round((inside / total) * 1000) / 10;
  });
}
