import { claimsAt, statusAt, type Claim, type Day, type Story } from '../story';

/** What an oblast looks like on a day: who holds it and how much, and who else claims it. */
export interface OblastDayState {
  /** Party whose `controls` claim covers the most of the oblast, or '' for none. */
  holder: string;
  extent: 'all' | 'most' | 'part' | '';
  /** Parties other than the holder that claim the oblast, in story order. */
  claimants: readonly string[];
}

/** What a city looks like on a day: its controller, or '' when the story does not know. */
export interface CityDayState {
  controller: string;
}

const EXTENT_RANK = { all: 3, most: 2, part: 1 } as const;
const extentOf = (claim: Claim) => claim.extent ?? 'all';

export function oblastStateAt(story: Story, oblastId: string, day: Day): OblastDayState {
  const claims = claimsAt(story, day).filter((c) => c.places?.includes(oblastId) === true);
  let holder: Claim | undefined;
  for (const claim of claims) {
    if (claim.kind !== 'controls') continue;
    if (!holder || EXTENT_RANK[extentOf(claim)] > EXTENT_RANK[extentOf(holder)]) holder = claim;
  }
  const claimants = [
    ...new Set(claims.filter((c) => c.kind === 'claims' && c.party !== holder?.party).map((c) => c.party)),
  ];
  return { holder: holder?.party ?? '', extent: holder ? extentOf(holder) : '', claimants };
}

export function cityStateAt(story: Story, cityId: string, day: Day): CityDayState {
  return { controller: statusAt(story, cityId, day)?.controller ?? '' };
}

/** Feature-state is flat: one `claimed-<party>` flag per party, read by that party's hatch layer. */
export type FeatureState = Record<string, string | boolean>;

export function oblastFeatureState(state: OblastDayState, parties: readonly string[]): FeatureState {
  const flat: FeatureState = { holder: state.holder, extent: state.extent };
  for (const party of parties) flat[`claimed-${party}`] = state.claimants.includes(party);
  return flat;
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
