import { GeoBuildError } from './errors.ts';
import { isRecord } from './guards.ts';
import { roundPosition } from './roundCoords.ts';
import type { Region } from './types.ts';

type Line = [number, number][];

/**
 * The international borders between the regions' countries: the simplified regions (oblasts and
 * context, one topology, so two neighbours share each border vertex for vertex) dissolved by their
 * country code (ISO 3166-2 prefix; Crimea and Sevastopol are UA), and the lines two countries share
 * kept (mapshaper -innerlines), coasts and the map's outer edge left out. Rounded to `decimals`.
 * Sorted, so the output depends only on the geometry.
 */
export async function countryBorders(regions: readonly Region[], decimals: number): Promise<Line[]> {
  const input = {
    type: 'FeatureCollection',
    features: regions.map((r) => ({
      type: 'Feature',
      properties: { country: r.country },
      geometry: r.geometry,
    })),
  };
  const { default: mapshaper } = await import('mapshaper');
  const out = await mapshaper.applyCommands(
    '-i regions.json -dissolve country -innerlines -o borders.json format=geojson -quiet',
    { 'regions.json': input },
  );
  const raw = out['borders.json'];
  if (raw === undefined) throw new GeoBuildError('mapshaper: expected output borders.json, found none');
  const json: unknown = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
  const lines: Line[] = [];
  // Lines without properties come out as a GeometryCollection.
  const geometries = isRecord(json) && Array.isArray(json.geometries) ? (json.geometries as unknown[]) : [];
  for (const geometry of geometries.filter(isRecord)) {
    const parts =
      geometry.type === 'LineString'
        ? [geometry.coordinates]
        : geometry.type === 'MultiLineString'
          ? (geometry.coordinates as unknown[])
          : [];
    for (const part of parts as [number, number][][])
      lines.push(part.map((p) => roundPosition(p, decimals) as [number, number]));
  }
  if (lines.length === 0) throw new GeoBuildError('borders: expected lines between countries, found none');
  return lines.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}
