/**
 * Checks the schema cannot express: ids that must exist, unique ids, real calendar days, days in
 * order, nothing after the story's end, control intervals that overlap, claim kinds that need a
 * subject, claim geometry. Written against `unknown` so that it can run alongside the schema on a
 * broken file and list every mistake at once, not only the first layer.
 */
import { isDay } from './day.ts';
import { formatError, ITEM_KINDS, type Collection, type ItemLocation } from './errorFormat.ts';
import { asPolygonal, geometryProblems } from './geometryCheck.ts';
import { day, isItem, itemsOf, str, type Item, type Located, type Report } from './storyItems.ts';

/** Id and kind of a place from geo/places.json, all the checks need of it. */
export interface PlaceRef {
  id: string;
  kind: string;
}

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Day fields per collection, in the order a reader reads them (start before end). */
const DAY_FIELDS: Record<Collection, readonly string[]> = {
  parties: [],
  sources: ['date'],
  claims: ['from', 'to'],
  control: ['from', 'to'],
  events: ['day', 'until'],
  quotes: ['saidOn', 'reportedOn'],
  places: [],
};

/** Fields that refer to other things, and what they refer to. */
type Target = 'party' | 'source' | 'place';
export const REFERENCES: Record<Collection, readonly [field: string, target: Target][]> = {
  parties: [],
  sources: [['via', 'source']],
  claims: [
    ['party', 'party'],
    ['subject', 'party'],
    ['places', 'place'],
    ['source', 'source'],
    ['dateSource', 'source'],
    ['saidBy', 'source'],
  ],
  places: [['oblast', 'place']],
  control: [
    ['place', 'place'],
    ['controller', 'party'],
    ['source', 'source'],
    ['dateSource', 'source'],
  ],
  events: [
    ['places', 'place'],
    ['source', 'source'],
    ['dateSource', 'source'],
  ],
  quotes: [
    ['places', 'place'],
    ['source', 'source'],
    ['saidIn', 'source'],
    ['reportedBy', 'source'],
    ['dateSource', 'source'],
  ],
};

export function crossCheckErrors(
  raw: unknown,
  places: readonly PlaceRef[],
  file: string,
  placesFile: string,
) {
  const errors: string[] = [];
  if (!isItem(raw)) return errors;
  const story = raw;
  const report: Report = (at, field, value, why) => errors.push(formatError(file, at, field, value, why));

  const collections = Object.keys(ITEM_KINDS) as Collection[];
  const idsOf = (c: Collection) => new Set(itemsOf(story, c).flatMap(({ item }) => str(item, 'id') ?? []));
  const tableIds = new Set(places.map((p) => p.id));
  const known: Known = {
    party: { ids: idsOf('parties'), why: 'is not a party id in parties' },
    source: { ids: idsOf('sources'), why: 'is not a source id in sources' },
    place: {
      ids: new Set([...tableIds, ...idsOf('places')]),
      why: Array.isArray(story.places)
        ? `is not a place id in ${placesFile} or the story's places`
        : `is not a place id in ${placesFile}`,
    },
  };
  checkStoryPlaces(story, places, placesFile, report);
  const storyEnd = checkPeriod(story, report);
  checkDuplicateIds(story, collections, report);
  for (const located of collections.flatMap((c) => itemsOf(story, c)))
    checkItem(located, storyEnd, known, report);
  checkClaims(story, report);
  checkControl(story, places, report);
  return errors;
}

type Known = Record<Target, { ids: ReadonlySet<string>; why: string }>;

/** The story's own places add to the table; they never redefine one of its places. */
function checkStoryPlaces(
  story: Item,
  places: readonly PlaceRef[],
  placesFile: string,
  report: Report,
): void {
  const tableIds = new Set(places.map((p) => p.id));
  for (const { item, at } of itemsOf(story, 'places')) {
    const id = str(item, 'id');
    if (id !== undefined && tableIds.has(id)) report(at, 'id', id, `is already a place in ${placesFile}`);
    const oblast = str(item, 'oblast');
    if (
      oblast !== undefined &&
      tableIds.has(oblast) &&
      !places.some((p) => p.id === oblast && p.kind === 'oblast')
    )
      report(at, 'oblast', oblast, 'is not an oblast');
    const [lon, lat] = Array.isArray(item.coordinates) ? (item.coordinates as unknown[]) : [];
    if (typeof lon === 'number' && typeof lat === 'number' && (Math.abs(lon) > 180 || Math.abs(lat) > 90))
      report(at, 'coordinates', item.coordinates, 'must be [longitude, latitude] in degrees');
  }
}

/** Period: real days, in order. Its end is the last day the story can know anything about. */
function checkPeriod(story: Item, report: Report): string | undefined {
  const period = isItem(story.period) ? story.period : undefined;
  if (!period) return undefined;
  for (const field of ['from', 'to']) {
    const value = str(period, field);
    if (value !== undefined && DAY_SHAPE.test(value) && !isDay(value)) {
      report(undefined, `period.${field}`, value, 'is not a real calendar day');
    }
  }
  const [from, to] = [day(period, 'from'), day(period, 'to')];
  if (from && to && to < from) report(undefined, 'period.to', to, `is before period.from (${from})`);
  return to;
}

/** Duplicate ids, per collection (references name their collection, so ids may repeat across them). */
function checkDuplicateIds(story: Item, collections: readonly Collection[], report: Report): void {
  for (const c of collections) {
    const firstAt = new Map<string, number>();
    for (const { item, at } of itemsOf(story, c)) {
      const id = str(item, 'id');
      if (id === undefined) continue;
      const earlier = firstAt.get(id);
      if (earlier === undefined) firstAt.set(id, at.index);
      else report(at, 'id', id, `is used twice in ${c} (also by ${ITEM_KINDS[c]} #${earlier + 1})`);
    }
  }
}

/** An item's days (real calendar days, in order, not after the story's end) and references. */
function checkItem({ item, at }: Located, storyEnd: string | undefined, known: Known, report: Report): void {
  const c = at.collection;
  const fields = DAY_FIELDS[c];
  for (const field of fields) {
    const value = str(item, field);
    if (value === undefined || !DAY_SHAPE.test(value)) continue; // absent, or the schema reports the shape
    if (!isDay(value)) report(at, field, value, 'is not a real calendar day');
    else if (storyEnd && value > storyEnd)
      report(at, field, value, `is after the story's end (period.to ${storyEnd})`);
  }
  const [startField, endField] = fields;
  if (startField && endField) {
    const [start, end] = [day(item, startField), day(item, endField)];
    if (start && end && end < start) report(at, endField, end, `is before ${startField} (${start})`);
  }

  // References resolve.
  for (const [field, target] of REFERENCES[c]) {
    const value = item[field];
    const refs = Array.isArray(value)
      ? value.map((v, i) => [`${field}[${i}]`, v] as const)
      : [[field, value] as const];
    for (const [name, ref] of refs) {
      if (typeof ref === 'string' && ref !== '' && !known[target].ids.has(ref))
        report(at, name, ref, known[target].why);
    }
  }
}

/** Claims: a subject exactly when the kind needs one; an area; a usable geometry. */
function checkClaims(story: Item, report: Report): void {
  for (const { item, at } of itemsOf(story, 'claims')) {
    const kind = str(item, 'kind');
    if (kind === 'recognises' && item.subject === undefined) {
      report(at, 'subject', undefined, 'is required for kind recognises (whose claim is recognised)');
    }
    if ((kind === 'claims' || kind === 'controls') && item.subject !== undefined) {
      report(at, 'subject', item.subject, `is only used with kind recognises or aims-to-take, not ${kind}`);
    }
    if (item.places === undefined && item.geometry === undefined) {
      report(at, 'places', undefined, 'is required when there is no geometry (a claim needs an area)');
    }
    const geometry = asPolygonal(item.geometry);
    if (geometry) {
      for (const problem of geometryProblems(geometry)) report(at, 'geometry', geometry.type, problem);
    }
  }
}

/** Control: per city (an oblast is never held whole by one side here), never two holders at once. */
function checkControl(story: Item, places: readonly PlaceRef[], report: Report): void {
  const kindOfPlace = new Map(places.map((p) => [p.id, p.kind]));
  const byPlace = new Map<string, { at: ItemLocation; from: string; to: string | undefined }[]>();
  for (const { item, at } of itemsOf(story, 'control')) {
    const place = str(item, 'place');
    if (place !== undefined && kindOfPlace.get(place) === 'oblast') {
      report(at, 'place', place, 'is an oblast; control is recorded per city');
    }
    const from = day(item, 'from');
    if (place === undefined || from === undefined) continue;
    const to = day(item, 'to');
    if (to !== undefined && to < from) continue; // reported above; overlap would only echo it
    byPlace.set(place, [...(byPlace.get(place) ?? []), { at, from, to }]);
  }
  for (const [place, entries] of byPlace) {
    const sorted = [...entries].sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : a.at.index - b.at.index,
    );
    sorted.forEach((entry, i) => {
      for (const earlier of sorted.slice(0, i)) {
        if (earlier.to === undefined || earlier.to >= entry.from) {
          const span = `${earlier.from} to ${earlier.to ?? 'open'}`;
          const label = typeof earlier.at.id === 'string' ? `"${earlier.at.id}"` : `#${earlier.at.index + 1}`;
          report(entry.at, 'from', entry.from, `overlaps control ${label} (${span}) for ${place}`);
        }
      }
    });
  }
}
