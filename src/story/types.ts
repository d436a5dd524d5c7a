/**
 * Types of the story as a journalist writes it (geo/stories/<id>.json, geo/places.json: the Raw* types) and of
 * the loaded, joined, read-only Story the views query. The raw types mirror geo/story.schema.json;
 * validateStory checks a file against that schema before anything is cast to these types.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Day } from './day.ts';

export type { Day } from './day.ts';

// ---- places (geo/places.json, owned by the geo pipeline; we only read it) ----

export type PlaceKind = 'oblast' | 'city' | 'capital';

export interface RawPlace {
  id: string;
  kind: PlaceKind;
  names: { en: string; uk: string; ru: string };
  variants?: string[];
  /** Parent oblast id, for cities. */
  oblast?: string;
  geonameid?: number;
  iso?: string;
}

export interface RawPlacesFile {
  places: RawPlace[];
}

// ---- story (geo/stories/<id>.json) ----

/**
 * How exact a day is. `day` (the default): it happened on that day. `by`: the story only knows it
 * was so by that day at the latest (e.g. a claim the article reports without saying when it began).
 */
export type DatePrecision = 'day' | 'by';

export type PartyStatus = 'state' | 'self-proclaimed';

export interface RawParty {
  id: string;
  name: string;
  shortName?: string;
  status: PartyStatus;
  description: string;
}

/** article: the story's own text; wire: a news agency the article relays; statement: an official
 * statement; background: well-established facts the article does not state (marked as such). */
export type SourceKind = 'article' | 'wire' | 'statement' | 'background';

export interface RawSource {
  id: string;
  kind: SourceKind;
  publisher: string;
  title: string;
  date: Day;
  url?: string;
  /** The source through which we know this one (e.g. Reuters, via the article). */
  via?: string;
  note?: string;
}

/**
 * claims: the party says the area is its own. controls: the party says it holds the area.
 * recognises: the party recognises `subject`'s claim to the area. aims-to-take: the party says it
 * means to take (or retake) the area, for itself or for `subject`.
 */
export type ClaimKind = 'claims' | 'controls' | 'recognises' | 'aims-to-take';

/** How much of the area a claim covers; absent means all of it. */
export type ClaimExtent = 'all' | 'most' | 'part';

export interface RawClaim {
  id: string;
  party: string;
  kind: ClaimKind;
  subject?: string;
  places?: string[];
  geometry?: Polygon | MultiPolygon;
  extent?: ClaimExtent;
  from: Day;
  /** Last day (inclusive); absent means still in force at the story's end. */
  to?: Day;
  datePrecision?: DatePrecision;
  source: string;
  /** Where the calendar day comes from when the main source gives it only relatively. */
  dateSource?: string;
  /**
   * Whose statement this is, when not the party's own: a source id (e.g. the article's own voice,
   * "where Kyiv still controls most of the territory"). Absent: the party says it.
   */
  saidBy?: string;
  note?: string;
}

/**
 * A holding: who held a city from when to when, as the story's sources say. The story file keeps
 * its published names: the list is `control`, the party `controller` (README, Glossary).
 */
export interface RawHolding {
  id: string;
  place: string;
  controller: string;
  from: Day;
  /** Last day held (inclusive); absent means still held at the story's end. */
  to?: Day;
  datePrecision?: DatePrecision;
  source: string;
  dateSource?: string;
  note?: string;
}

export interface RawEvent {
  id: string;
  day: Day;
  /** Last day, for events that span several days. */
  until?: Day;
  datePrecision?: DatePrecision;
  title: string;
  summary?: string;
  places: string[];
  source: string;
  dateSource?: string;
  note?: string;
}

export interface RawQuote {
  id: string;
  speaker: string;
  role: string;
  /** Verbatim from `source`. */
  text: string;
  /** The reported speech around the quote, for context (not itself a quote). */
  context?: string;
  saidOn: Day;
  datePrecision?: DatePrecision;
  /** The occasion, in words (e.g. "evening video address"). */
  occasion?: string;
  /** The original statement as a source of its own, when there is one. */
  saidIn?: string;
  reportedOn?: Day;
  reportedBy?: string;
  /** Where the verbatim text was taken from. */
  source: string;
  dateSource?: string;
  places: string[];
  note?: string;
}

/**
 * A place the story names that geo/places.json lacks, carried in the story file itself (the drafter
 * adds them from the gazetteer). Its id must not clash with the places table's.
 */
export interface RawStoryPlace {
  id: string;
  kind: 'city';
  names: { en: string; uk?: string; ru?: string };
  variants?: string[];
  oblast?: string;
  geonameid?: number;
  /** [longitude, latitude]. */
  coordinates: [number, number];
  /** Where the coordinates and names come from, in words (e.g. GeoNames and its licence). */
  source: string;
}

export type { DraftCollection, RawDraft, RawDraftEvidence, RawDraftOpenItem } from './draftTypes.ts';
import type { RawDraft } from './draftTypes.ts';

export interface RawStory {
  $schema?: string;
  $comment?: string;
  /** Present only while the story is a draft (see RawDraft). */
  draft?: RawDraft;
  title: string;
  /** Default timeline span; `to` is the day the story knows up to (the article's date). */
  period: { from: Day; to: Day };
  parties: RawParty[];
  sources: RawSource[];
  claims: RawClaim[];
  control: RawHolding[];
  events: RawEvent[];
  quotes: RawQuote[];
  /** Places the story names that geo/places.json lacks. */
  places?: RawStoryPlace[];
}

// ---- loaded story: read-only, joined, indexed ----

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export interface Place extends DeepReadonly<RawPlace> {
  /** Every spelling: en/uk/ru names then variants, as written. */
  readonly spellings: readonly string[];
  /** [longitude, latitude], for a place the story file carries itself (places.json's are in cities.geojson). */
  readonly coordinates?: readonly [number, number];
}
export type Party = DeepReadonly<RawParty>;
export type Source = DeepReadonly<RawSource>;
export type Claim = DeepReadonly<RawClaim>;
export type Holding = DeepReadonly<RawHolding>;
export type StoryEvent = DeepReadonly<RawEvent>;
export type Quote = DeepReadonly<RawQuote>;

export interface Story {
  /** Its file's name in geo/stories/ (the `?story=` of a link). */
  readonly id: string;
  readonly title: string;
  readonly period: { readonly from: Day; readonly to: Day };
  readonly places: readonly Place[];
  readonly parties: readonly Party[];
  readonly sources: readonly Source[];
  /** Sorted by from, then id. */
  readonly claims: readonly Claim[];
  /** The story file's `control` list, sorted by place, then from. */
  readonly holdings: readonly Holding[];
  /** Sorted by day, then id. */
  readonly events: readonly StoryEvent[];
  /** Sorted by saidOn, then id. */
  readonly quotes: readonly Quote[];
  readonly placeById: ReadonlyMap<string, Place>;
  readonly partyById: ReadonlyMap<string, Party>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Holdings of each place, sorted by from. */
  readonly holdingsByPlace: ReadonlyMap<string, readonly Holding[]>;
  /** Quotes that name each place directly, sorted by saidOn. */
  readonly quotesByPlace: ReadonlyMap<string, readonly Quote[]>;
  /** Normalised spelling (see normalizeName) → places with that spelling. */
  readonly placesBySpelling: ReadonlyMap<string, readonly Place[]>;
}
