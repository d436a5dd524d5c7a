import { GeoBuildError } from './errors.ts';
import { isRecord } from './guards.ts';
import type { CityPlace, OblastPlace, Place, PlaceNames } from './types.ts';

const SOURCE = 'geo/places.json';

function fail(where: string, why: string): never {
  throw new GeoBuildError(`${SOURCE}: ${where}: ${why}`);
}

function readNames(row: Record<string, unknown>, where: string): PlaceNames {
  const names = row.names;
  if (!isRecord(names) || typeof names.en !== 'string' || names.en === '') {
    fail(where, 'expected names.en to be a non-empty string');
  }
  const out: PlaceNames = { en: names.en };
  if (typeof names.uk === 'string') out.uk = names.uk;
  if (typeof names.ru === 'string') out.ru = names.ru;
  return out;
}

function readPlace(row: unknown, index: number): Place {
  const where = `places[${index}]`;
  if (!isRecord(row)) fail(where, 'expected an object');
  const id = row.id;
  if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) fail(where, 'expected id to be a lowercase slug');
  const at = `${where} (${id})`;
  const names = readNames(row, at);
  if (row.kind === 'oblast') {
    if (typeof row.iso !== 'string' || !/^[A-Z]{2}-[0-9A-Z]+$/.test(row.iso)) {
      fail(at, `expected iso to be an ISO 3166-2 code, found ${JSON.stringify(row.iso)}`);
    }
    const oblast: OblastPlace = { id, kind: 'oblast', iso: row.iso, names };
    return oblast;
  }
  if (row.kind === 'city' || row.kind === 'capital') {
    if (typeof row.geonameid !== 'number' || !Number.isInteger(row.geonameid) || row.geonameid <= 0) {
      fail(at, `expected geonameid to be a positive integer, found ${JSON.stringify(row.geonameid)}`);
    }
    const city: CityPlace = { id, kind: row.kind, geonameid: row.geonameid, names };
    if (row.oblast !== undefined) {
      if (typeof row.oblast !== 'string') fail(at, 'expected oblast to be a place id');
      city.oblast = row.oblast;
    }
    if (row.labelSide !== undefined) {
      if (row.labelSide !== 'left' && row.labelSide !== 'right') {
        fail(at, `expected labelSide to be "left" or "right", found ${JSON.stringify(row.labelSide)}`);
      }
      city.labelSide = row.labelSide;
    }
    return city;
  }
  return fail(at, `expected kind "oblast", "city" or "capital", found ${JSON.stringify(row.kind)}`);
}

/** Reads the curated places table: checks the fields the geo build needs, keeps file order. */
export function parsePlaces(json: unknown): Place[] {
  if (!isRecord(json) || !Array.isArray(json.places)) fail('top level', 'expected { "places": [...] }');
  const places = json.places.map(readPlace);
  const seen = new Set<string>();
  for (const place of places) {
    if (seen.has(place.id)) fail(place.id, 'duplicate id');
    seen.add(place.id);
  }
  for (const place of places) {
    if (place.kind !== 'oblast' && place.oblast !== undefined) {
      const parent = places.find((p) => p.id === place.oblast);
      if (parent?.kind !== 'oblast')
        fail(place.id, `oblast "${place.oblast}" is not an oblast id in the table`);
    }
  }
  return places;
}

export function oblastsOf(places: readonly Place[]): OblastPlace[] {
  return places.filter((p): p is OblastPlace => p.kind === 'oblast');
}

export function citiesOf(places: readonly Place[]): CityPlace[] {
  return places.filter((p): p is CityPlace => p.kind !== 'oblast');
}
