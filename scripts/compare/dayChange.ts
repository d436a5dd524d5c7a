import { areaChange, type Area, type AreaChange } from '../../src/control/areaChange.ts';
import { areaOfFeatures } from '../../src/control/areaOfFeatures.ts';
import { changePlan } from '../../src/control/changePlan.ts';
import { DEFAULT_CHANGE_OPTIONS, type ChangeOptions } from '../../src/control/changeOptions.ts';
import type { AreaFeatures } from '../../src/control/geometryFile.ts';
import { asOf, type ControlIndex, type SnapshotStamp } from '../../src/control/layerFormat.ts';
import type { Day } from '../../src/story/day.ts';

/** What a layer says about one of the two days: the snapshot that stands for it, and its file. */
export interface DayState {
  day: Day;
  /** The snapshot the day's interval comes from (`snapshot`), and the latest one on or before the day that showed it. */
  snapshot: SnapshotStamp;
  asOf: Day;
  geometry: string;
  suspect: boolean;
}

/** A layer's change between two days, as the app measures it, or the day it leaves unknown. */
export type DayChange = { unknown: Day } | { days: [DayState, DayState]; change: AreaChange };

/**
 * The change in a layer's area between two days with the app's own code: the intervals in force
 * (changePlan, as compareChanges picks them), their geometry files as one area each
 * (areaOfFeatures) and their difference per region (areaChange, the worker's call). Two days that
 * share a geometry file are no change, as in the app. `geometryOf` gives a geometry file's
 * features by name.
 */
export function dayChange(
  index: Pick<ControlIndex, 'intervals'>,
  geometryOf: (name: string) => AreaFeatures,
  regions: readonly { id: string; area: Area }[],
  a: Day,
  b: Day,
  options: ChangeOptions = DEFAULT_CHANGE_OPTIONS,
): DayChange {
  const plan = changePlan(index.intervals, a, b);
  if ('unknown' in plan) return plan;
  const { from, to } = plan;
  const state = (day: Day, interval: typeof from): DayState => ({
    day,
    snapshot: interval.snapshot,
    asOf: asOf(interval, day),
    geometry: interval.geometry,
    suspect: interval.suspect === true,
  });
  const days: [DayState, DayState] = [state(plan.days[0], from), state(plan.days[1], to)];
  const before = areaOfFeatures(geometryOf(from.geometry));
  const after = from.geometry === to.geometry ? before : areaOfFeatures(geometryOf(to.geometry));
  return { days, change: areaChange(before, after, regions, options) };
}
