import { cityStateAt, oblastStateAt, type Day, type OblastDayState, type Story } from '../story';

/** Feature-state is flat: one `claimed-<party>` flag per party, read by that party's hatch layer. */
export type FeatureState = Record<string, string | boolean>;

export function oblastFeatureState(state: OblastDayState, parties: readonly string[]): FeatureState {
  const flat: FeatureState = { holder: state.holder, extent: state.extent };
  for (const party of parties) flat[`claimed-${party}`] = state.claimants.includes(party);
  return flat;
}

/** Numeric feature id → place id, for the features feature-state is set on. */
export function featureIds(
  features: { id?: string | number; properties: { id: string } }[],
): Map<number, string> {
  return new Map(features.map((f) => [Number(f.id), f.properties.id]));
}

/** The feature-state of every drawn feature on a day, keyed by numeric feature id. */
export interface DayStates {
  oblasts: Map<number, FeatureState>;
  cities: Map<number, FeatureState>;
}

export function dayStates(
  story: Story,
  day: Day,
  featureIds: { oblasts: ReadonlyMap<number, string>; cities: ReadonlyMap<number, string> },
): DayStates {
  const parties = story.parties.map((p) => p.id);
  const oblasts = new Map<number, FeatureState>();
  for (const [fid, placeId] of featureIds.oblasts) {
    oblasts.set(fid, oblastFeatureState(oblastStateAt(story, placeId, day), parties));
  }
  const cities = new Map<number, FeatureState>();
  for (const [fid, placeId] of featureIds.cities) cities.set(fid, { ...cityStateAt(story, placeId, day) });
  return { oblasts, cities };
}

/** Only the features whose state differs from `previous`: scrubbing touches nothing else. */
export function changedStates(
  next: ReadonlyMap<number, FeatureState>,
  previous: ReadonlyMap<number, FeatureState> | undefined,
): [number, FeatureState][] {
  const out: [number, FeatureState][] = [];
  for (const [id, state] of next) {
    const before = previous?.get(id);
    if (!before || !shallowEqual(before, state)) out.push([id, state]);
  }
  return out;
}

function shallowEqual(a: FeatureState, b: FeatureState): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
