/**
 * The places the article names: each in the evidence once, at its first mention; the gazetteer's
 * settlements, which the places table lacks, also as the story's own places with their names and
 * coordinates.
 */
import type { RawDraftEvidence, RawStoryPlace } from '../story/types.ts';
import type { PlaceMention } from './findPlaces.ts';
import type { DraftTables, GazetteerEntry } from './types.ts';

function storyPlace(m: PlaceMention, e: GazetteerEntry, tables: DraftTables): RawStoryPlace {
  const variants = [
    ...new Set([m.surface, ...e.alternates.filter((a) => /^\p{Script=Latin}/u.test(a))]),
  ].filter((v) => v !== e.names.en && v !== e.names.uk && v !== e.names.ru);
  return {
    id: m.place.id,
    kind: 'city',
    names: e.names,
    ...(variants.length ? { variants: variants.slice(0, 12) } : {}),
    oblast: e.oblast,
    geonameid: e.geonameid,
    coordinates: e.coordinates,
    source: `GeoNames ${e.geonameid} (${tables.gazetteer.licence}), via geo/gazetteer.json`,
  };
}

export function draftPlaces(
  mentions: readonly PlaceMention[],
  tables: DraftTables,
): { places: RawStoryPlace[]; evidence: RawDraftEvidence[] } {
  const evidence: RawDraftEvidence[] = [];
  const evidenceOf = (m: PlaceMention): RawDraftEvidence => ({
    collection: 'places',
    id: m.place.id,
    span: m.span,
    confidence: m.confidence,
  });
  // The table's places first (the story refers to them by id), then the gazetteer's it adds.
  const named = new Set<string>();
  for (const m of mentions) {
    if (named.has(m.place.id)) continue;
    named.add(m.place.id);
    if (m.place.curated) evidence.push(evidenceOf(m));
  }
  const places = new Map<string, RawStoryPlace>();
  for (const m of mentions) {
    if (m.place.curated || !m.place.entry || places.has(m.place.id)) continue;
    places.set(m.place.id, storyPlace(m, m.place.entry, tables));
    evidence.push(evidenceOf(m));
  }
  return { places: [...places.values()], evidence };
}
