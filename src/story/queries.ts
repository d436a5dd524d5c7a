/**
 * Pure questions the views ask of a loaded Story. Every interval is inclusive at both ends; an open
 * end means "still so at the story's end". The story knows nothing after `period.to` (the article's
 * date), so queries for later days answer "unknown" rather than extrapolating.
 */
import { addDays, compareDays, dayInInterval, type Day } from './day.ts';
import type { Claim, Holding, Quote, Story, StoryEvent } from './types.ts';

function afterStoryEnd(story: Story, day: Day): boolean {
  return day > story.period.to;
}

/** Claims in force on `day` (from ≤ day ≤ to), in story order. */
export function claimsAt(story: Story, day: Day): readonly Claim[] {
  if (afterStoryEnd(story, day)) return [];
  return story.claims.filter((c) => dayInInterval(day, c.from, c.to));
}

/**
 * Claims that cover a place: those naming it, plus, for a city, those naming its oblast (a claim to
 * Luhansk Oblast is a claim to Lysychansk). Geometry-only claims are left to the map, which can test
 * containment. Optionally only those in force on `day`.
 */
export function claimsCovering(story: Story, placeId: string, day?: Day): readonly Claim[] {
  const oblast = story.placeById.get(placeId)?.oblast;
  const candidates = day === undefined ? story.claims : claimsAt(story, day);
  return candidates.filter(
    (c) =>
      c.places?.includes(placeId) === true || (oblast !== undefined && c.places?.includes(oblast) === true),
  );
}

/** Who held `placeId` on `day`, with source and note; undefined when the story does not know. */
export function holdingAt(story: Story, placeId: string, day: Day): Holding | undefined {
  if (afterStoryEnd(story, day)) return undefined;
  return story.holdingsByPlace.get(placeId)?.find((c) => dayInInterval(day, c.from, c.to));
}

/** All holdings of a place, earliest first; gaps between them are unknown. */
export function holdingHistory(story: Story, placeId: string): readonly Holding[] {
  return story.holdingsByPlace.get(placeId) ?? [];
}

/**
 * Quotes about a place, earliest said first. For an oblast this includes quotes about its cities,
 * because a reader who picks "Luhansk Oblast" expects what was said about Lysychansk too.
 */
export function quotesFor(story: Story, placeId: string): readonly Quote[] {
  const place = story.placeById.get(placeId);
  if (place?.kind !== 'oblast') return story.quotesByPlace.get(placeId) ?? [];
  const cityIds = new Set(story.places.filter((p) => p.oblast === placeId).map((p) => p.id));
  return story.quotes.filter((q) => q.places.some((id) => id === placeId || cityIds.has(id)));
}

/** Quotes said on days in [a, b], inclusive. */
export function quotesBetween(story: Story, a: Day, b: Day): readonly Quote[] {
  return story.quotes.filter((q) => a <= q.saidOn && q.saidOn <= b);
}

/** Events that overlap [a, b], inclusive (a multi-day event counts if any of its days does). */
export function eventsBetween(story: Story, a: Day, b: Day): readonly StoryEvent[] {
  return story.events.filter((e) => e.day <= b && (e.until ?? e.day) >= a);
}

/** Distinct event start days, sorted: the timeline's markers. */
export function eventDays(story: Story): readonly Day[] {
  return [...new Set(story.events.map((e) => e.day))].sort(compareDays);
}

/**
 * Distinct days on which something the map shows changes, sorted: a claim or control interval
 * starts, or ends (the change is visible the day after `to`), an event starts, a quote is said.
 * Days after the story's end are left out. Used to step the timeline from change to change.
 */
export function changeDays(story: Story): readonly Day[] {
  const days = new Set<Day>();
  for (const item of [...story.claims, ...story.holdings]) {
    days.add(item.from);
    if (item.to !== undefined) days.add(addDays(item.to, 1));
  }
  for (const e of story.events) days.add(e.day);
  for (const q of story.quotes) days.add(q.saidOn);
  return [...days].filter((d) => !afterStoryEnd(story, d)).sort(compareDays);
}

/** Parties that ever claim an oblast, with the oblasts they claim: the map's hatch layers and the legend's hatch rows, in this order. */
export function oblastClaimants(story: Story): { party: string; places: string[] }[] {
  const oblasts = new Set(story.places.filter((p) => p.kind === 'oblast').map((p) => p.id));
  const byParty = new Map<string, Set<string>>();
  for (const claim of story.claims) {
    if (claim.kind !== 'claims') continue;
    for (const place of claim.places ?? []) {
      if (!oblasts.has(place)) continue;
      byParty.set(claim.party, (byParty.get(claim.party) ?? new Set()).add(place));
    }
  }
  return story.parties
    .filter((p) => byParty.has(p.id))
    .map((p) => ({ party: p.id, places: [...(byParty.get(p.id) ?? [])].sort() }));
}
