import {
  ATTRIBUTION,
  CONTEXT_COUNTRIES,
  CONTEXT_NAME_OVERRIDES,
  CONTEXT_RUSSIAN_REGIONS,
  DECIMALS,
  LOCATOR,
  MAP_LABELS,
  SIMPLIFY_INTERVAL_M,
} from './config.ts';
import { geometryProblems } from './checkGeometry.ts';
import { countryBorders } from './countryBorders.ts';
import { GeoBuildError } from './errors.ts';
import { locatorGeometry } from './locatorGeometry.ts';
import { buildGazetteer, type GeoNamesRow } from './gazetteer.ts';
import { pickCities } from './pickCities.ts';
import { citiesOf, oblastsOf } from './places.ts';
import { roundArea, roundPosition } from './roundCoords.ts';
import { selectRegions } from './selectRegions.ts';
import { sharedBorder } from './sharedBorder.ts';
import { simplifyRegions } from './simplify.ts';
import { stableFeatureCollection } from './stableJson.ts';
import type { Admin1Feature, ContextFeature, GeoNamesCity, OblastFeature, Place, Region } from './types.ts';

export interface GeoInputs {
  places: readonly Place[];
  admin1: readonly Admin1Feature[];
  geonames: readonly GeoNamesCity[];
  /** GeoNames cities500 rows of the two oblasts, for geo/gazetteer.json. */
  gazetteer: readonly GeoNamesRow[];
}

/** Output file name (inside geo/) -> its exact text. */
export type GeoOutputs = Record<string, string>;

/** Two neighbours whose vertices come closer than this without being shared have a gap or sliver. */
const BORDER_TOLERANCE_KM = 0.5;

function rounded(region: Region, decimals: number): Region {
  const geometry = roundArea(region.geometry, decimals);
  if (geometry === null)
    throw new GeoBuildError(`simplify: ${region.unit} (${region.name}) collapsed to nothing`);
  const problems = geometryProblems(geometry);
  if (problems.length > 0) {
    throw new GeoBuildError(
      `simplify: ${region.unit} (${region.name}) has bad geometry: ${problems.join('; ')}`,
    );
  }
  return { ...region, geometry };
}

/**
 * Each pair of consecutive oblasts (Luhansk, Donetsk) shares one border, vertex for vertex, with
 * no near misses, ending at the same tri-points as in the source data (so nothing was cut short).
 */
function checkOblastBorders(source: readonly Region[], simplified: readonly Region[]): void {
  for (let i = 1; i < simplified.length; i++) {
    const [a, b, rawA, rawB] = [simplified[i - 1], simplified[i], source[i - 1], source[i]];
    if (!a || !b || !rawA || !rawB) continue;
    const border = sharedBorder(a.geometry, b.geometry, BORDER_TOLERANCE_KM);
    const where = `${a.unit} and ${b.unit}`;
    if (border.chains !== 1 || border.nearMisses.length > 0) {
      throw new GeoBuildError(
        `simplify: expected ${where} to share one clean border, found ${border.chains} shared line(s) and ` +
          `${border.nearMisses.length} near miss(es), e.g. ${JSON.stringify(border.nearMisses[0])}`,
      );
    }
    const rawEnds = sharedBorder(rawA.geometry, rawB.geometry, 0).ends.map((p) =>
      roundPosition(p, DECIMALS.oblasts),
    );
    if (JSON.stringify(rawEnds) !== JSON.stringify(border.ends)) {
      throw new GeoBuildError(
        `simplify: expected the ${where} border to end at ${JSON.stringify(rawEnds)} as in the source, ` +
          `found ${JSON.stringify(border.ends)}`,
      );
    }
  }
}

function compareContext(a: Region, b: Region): number {
  const order = (r: Region): number => (r.country === 'UA' ? 0 : r.country === 'RU' ? 1 : 2);
  return (
    order(a) - order(b) ||
    (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) ||
    (a.unit < b.unit ? -1 : 1)
  );
}

/**
 * The whole geometry build, from parsed sources to file texts: select, simplify as one
 * topology, round, check, serialise. Throws GeoBuildError on any unexpected input.
 */
export async function buildOutputs(inputs: GeoInputs): Promise<GeoOutputs> {
  const oblastPlaces = oblastsOf(inputs.places);
  const selected = selectRegions(inputs.admin1, {
    oblasts: oblastPlaces,
    russianRegions: CONTEXT_RUSSIAN_REGIONS,
    countries: CONTEXT_COUNTRIES,
    nameOverrides: CONTEXT_NAME_OVERRIDES,
  });
  const simplified = await simplifyRegions(selected, {
    oblastIntervalM: SIMPLIFY_INTERVAL_M.oblast,
    contextIntervalM: SIMPLIFY_INTERVAL_M.context,
  });

  const oblastRegions = simplified
    .filter((r) => r.detail === 'oblast')
    .map((r) => rounded(r, DECIMALS.oblasts));
  const contextRegions = simplified
    .filter((r) => r.detail === 'context')
    .map((r) => rounded(r, DECIMALS.context))
    .sort(compareContext);

  checkOblastBorders(
    selected.filter((r) => r.detail === 'oblast'),
    oblastRegions,
  );

  const oblasts: OblastFeature[] = oblastRegions.map((r, index) => {
    const place = oblastPlaces[index];
    if (!place || place.iso !== r.unit)
      throw new GeoBuildError(`simplify: oblast order changed at ${r.unit}`);
    return {
      type: 'Feature',
      id: index + 1,
      properties: { id: place.id, name: place.names.en, iso: place.iso },
      geometry: r.geometry,
    };
  });
  const context: ContextFeature[] = contextRegions.map((r) => ({
    type: 'Feature',
    properties: { name: r.name, country: r.country },
    geometry: r.geometry,
  }));
  const cities = pickCities(citiesOf(inputs.places), inputs.geonames, DECIMALS.cities);
  // From the simplified regions before rounding, where neighbours share every border vertex.
  const borders = [
    {
      type: 'Feature',
      properties: { kind: 'border' },
      geometry: { type: 'MultiLineString', coordinates: await countryBorders(simplified, DECIMALS.context) },
    },
    ...MAP_LABELS.map(({ kind, name, at }) => ({
      type: 'Feature',
      properties: { kind, name },
      geometry: { type: 'Point', coordinates: at },
    })),
  ];

  const locator = await locatorGeometry(simplified, oblastPlaces, cities, LOCATOR);

  return {
    'oblasts.geojson': stableFeatureCollection(oblasts),
    'context.geojson': stableFeatureCollection(context),
    'cities.geojson': stableFeatureCollection(cities),
    'borders.geojson': stableFeatureCollection(borders),
    'locator.geojson': stableFeatureCollection(locator),
    'attribution.json': `${JSON.stringify(ATTRIBUTION, null, 2)}\n`,
    'gazetteer.json': buildGazetteer(inputs.gazetteer),
  };
}
