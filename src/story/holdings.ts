import { claimsAt, holdingAt } from './queries.ts';
import type { Claim, Day, Story } from './types.ts';

/**
 * Who holds what on a day, as the maps draw it: pure queries both the MapLibre map and the SVG
 * picture read, so they show the same holder, extent and claimants.
 */

/** What an oblast looks like on a day: who holds it and how much, and who else claims it. */
export interface OblastDayState {
  /** Party whose `controls` claim covers the most of the oblast, or '' for none. */
  holder: string;
  extent: 'all' | 'most' | 'part' | '';
  /** Parties other than the holder that claim the oblast, in story order. */
  claimants: readonly string[];
}

/** What a city looks like on a day: its holder, or '' when the story does not know. */
export interface CityDayState {
  holder: string;
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
  return { holder: holdingAt(story, cityId, day)?.controller ?? '' };
}
