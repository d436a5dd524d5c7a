import { GeoBuildError } from './errors.ts';
import { isArea, isRecord } from './guards.ts';
import { roundArea, roundPosition } from './roundCoords.ts';
import type { Area, CityFeature, LocatorFeature, Region } from './types.ts';

/** How hard the locator's two levels are simplified, and what they keep. */
export interface LocatorOptions {
  /** The inset's shapes (mapshaper -simplify interval, metres): every country and both oblasts. */
  fineIntervalM: number;
  /** The first picture's outline of Ukraine and the two oblasts, a few dozen points. */
  coarseIntervalM: number;
  /** Decimals kept in coordinates. */
  decimals: number;
  /** Parts (islands) smaller than this are left out, km² (they are under a pixel in the inset). */
  minPartKm2: number;
}

type Part = { part: string; country: string; geometry: Area };

async function mapshaperParts(commands: string, features: readonly Part[]): Promise<Part[]> {
  const input = {
    type: 'FeatureCollection',
    features: features.map(({ part, country, geometry }) => ({
      type: 'Feature',
      properties: { part, country },
      geometry,
    })),
  };
  const { default: mapshaper } = await import('mapshaper');
  const out = await mapshaper.applyCommands(`-i parts.json ${commands} -o out.json format=geojson -quiet`, {
    'parts.json': input,
  });
  const raw = out['out.json'];
  if (raw === undefined) throw new GeoBuildError('mapshaper: expected output out.json, found none');
  const json: unknown = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
  if (!isRecord(json) || !Array.isArray(json.features))
    throw new GeoBuildError('locator: expected a FeatureCollection from mapshaper, found something else');
  return (json.features as unknown[]).flatMap((f) => {
    if (!isRecord(f) || !isRecord(f.properties) || !isArea(f.geometry)) return [];
    const { part, country } = f.properties;
    return typeof part === 'string' && typeof country === 'string'
      ? [{ part, country, geometry: f.geometry }]
      : [];
  });
}

/**
 * Ukraine's parts drawn apart (the rest of it, and each oblast), every other country one part, all
 * simplified at `intervalM` as one topology, so the oblasts' outer edges are Ukraine's own.
 */
async function simplifiedParts(parts: readonly Part[], intervalM: number, minPartKm2: number) {
  return mapshaperParts(
    `-dissolve part copy-fields=country -simplify interval=${intervalM} keep-shapes ` +
      `-filter-islands min-area=${minPartKm2}km2 remove-empty`,
    parts,
  );
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function rounded(part: Part, decimals: number): Area {
  const geometry = roundArea(part.geometry, decimals);
  if (geometry === null) throw new GeoBuildError(`locator: ${part.part} collapsed to nothing`);
  return geometry;
}

/**
 * The locator inset's geometry (geo/locator.geojson): Ukraine and each neighbour drawn as one
 * country, dissolved from the regions the build holds (the oblasts and the context regions, by the
 * country of their ISO 3166-2 code, so Crimea and Sevastopol are Ukraine), and both oblasts, at two
 * levels: `fine` for the inset (every country), `coarse` for the page's first picture (Ukraine
 * and the oblasts only). Simplified as one topology each, rounded, in a fixed order; plus the
 * capital's point from GeoNames (cities.geojson's `capital`).
 */
export async function locatorGeometry(
  regions: readonly Region[],
  oblasts: readonly { iso: string; id: string }[],
  cities: readonly CityFeature[],
  options: LocatorOptions,
): Promise<LocatorFeature[]> {
  const parts: Part[] = regions.map((r) => ({
    part: r.detail === 'oblast' ? r.unit : r.country,
    country: r.country,
    geometry: r.geometry,
  }));
  const levels = [
    { detail: 'fine', intervalM: options.fineIntervalM, countries: null },
    { detail: 'coarse', intervalM: options.coarseIntervalM, countries: ['UA'] },
  ] as const;
  const features: LocatorFeature[] = [];
  for (const { detail, intervalM, countries } of levels) {
    const kept = parts.filter(
      (p) => countries === null || (countries as readonly string[]).includes(p.country),
    );
    const simple = await simplifiedParts(kept, intervalM, options.minPartKm2);
    // The simplified parts share their borders vertex for vertex: dissolving them adds none.
    const whole = await mapshaperParts('-dissolve country copy-fields=part', simple);
    for (const c of whole.map((p) => ({ key: p.country, p })).sort(byKey))
      features.push({
        type: 'Feature',
        properties: { kind: 'country', country: c.p.country, detail },
        geometry: rounded(c.p, options.decimals),
      });
    for (const { iso, id } of oblasts) {
      const oblast = simple.find((p) => p.part === iso);
      if (!oblast) throw new GeoBuildError(`locator: expected oblast ${iso} (${id}) at ${detail}, not found`);
      features.push({
        type: 'Feature',
        properties: { kind: 'oblast', id, detail },
        geometry: rounded(oblast, options.decimals),
      });
    }
  }
  const capital = cities.find((c) => c.properties.kind === 'capital');
  if (!capital) throw new GeoBuildError('locator: expected the capital in cities.geojson, not found');
  features.push({
    type: 'Feature',
    properties: { kind: 'capital', id: capital.properties.id, name: capital.properties.name },
    geometry: { type: 'Point', coordinates: roundPosition(capital.geometry.coordinates, options.decimals) },
  });
  return features;
}
