/**
 * Joins the places table and the story into one frozen Story with index maps. No I/O and no
 * validation: callers pass data that validateStory has accepted (the build refuses anything else).
 */
import { compareDays } from './day.ts';
import { normalizeName } from './normalizeName.ts';
import type { Place, Quote, RawPlacesFile, RawStory, RawStoryPlace, Story } from './types.ts';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function byDayThenId<T extends { id: string }>(day: (item: T) => string) {
  return (a: T, b: T): number => compareDays(day(a), day(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) {
        if (!group.includes(item)) group.push(item);
      } else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * A place the story file carries, as a Place. The views read names.uk and names.ru; where the
 * gazetteer had none, they show the English name (spellings list only the names that exist).
 */
function storyPlace(place: RawStoryPlace): Place {
  const { en, uk, ru } = place.names;
  return {
    id: place.id,
    kind: place.kind,
    names: { en, uk: uk ?? en, ru: ru ?? en },
    ...(place.variants ? { variants: place.variants } : {}),
    ...(place.oblast ? { oblast: place.oblast } : {}),
    ...(place.geonameid ? { geonameid: place.geonameid } : {}),
    coordinates: place.coordinates,
    spellings: [en, ...(uk ? [uk] : []), ...(ru ? [ru] : []), ...(place.variants ?? [])],
  };
}

/**
 * The loaded Story, with its id (its file's name). Input objects are copied (structuredClone), so the
 * caller's JSON stays mutable.
 */
export function loadStory(placesFile: RawPlacesFile, raw: RawStory, id = 'story'): Story {
  const copy = structuredClone(raw);
  const places: Place[] = [
    ...structuredClone(placesFile.places).map((place) => ({
      ...place,
      spellings: [place.names.en, place.names.uk, place.names.ru, ...(place.variants ?? [])],
    })),
    ...(copy.places ?? []).map(storyPlace),
  ];

  const claims = [...copy.claims].sort(byDayThenId((c) => c.from));
  const events = [...copy.events].sort(byDayThenId((e) => e.day));
  const quotes = [...copy.quotes].sort(byDayThenId((q) => q.saidOn));
  const holdings = [...copy.control].sort(
    (a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0) || compareDays(a.from, b.from),
  );

  const story: Story = {
    id,
    title: copy.title,
    period: copy.period,
    places,
    parties: copy.parties,
    sources: copy.sources,
    claims,
    holdings,
    events,
    quotes,
    placeById: new Map(places.map((p) => [p.id, p])),
    partyById: new Map(copy.parties.map((p) => [p.id, p])),
    sourceById: new Map(copy.sources.map((s) => [s.id, s])),
    holdingsByPlace: groupBy(holdings, (c) => [c.place]),
    quotesByPlace: groupBy<Quote>(quotes, (q) => q.places),
    placesBySpelling: groupBy(places, (p) => p.spellings.map(normalizeName)),
  };
  // Maps are not frozen by Object.freeze; they are typed ReadonlyMap and never handed out mutable.
  return deepFreeze(story);
}
