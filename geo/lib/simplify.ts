import { GeoBuildError } from './errors.ts';
import { isArea, isRecord } from './guards.ts';
import type { Region } from './types.ts';

export interface SimplifyOptions {
  /** Output resolution in metres for the oblasts (and any border they share). */
  oblastIntervalM: number;
  /** Output resolution in metres for the context regions. */
  contextIntervalM: number;
}

/**
 * Simplifies all regions together as one topology (mapshaper): a border shared by two regions is
 * one arc, simplified once, so neighbours keep identical vertices along it (no gaps, no slivers).
 * Regions with the same unit are dissolved into one (whole neighbouring countries). An arc shared
 * by an oblast and a context region gets the oblast's finer resolution. Keeps input order of units.
 */
export async function simplifyRegions(regions: readonly Region[], opts: SimplifyOptions): Promise<Region[]> {
  const input = {
    type: 'FeatureCollection',
    features: regions.map((r) => ({
      type: 'Feature',
      properties: { unit: r.unit, name: r.name, country: r.country, detail: r.detail },
      geometry: r.geometry,
    })),
  };
  const interval = `detail == "oblast" ? ${opts.oblastIntervalM} : ${opts.contextIntervalM}`;
  const commands = [
    '-i regions.json',
    '-dissolve unit copy-fields=name,country,detail',
    `-simplify variable interval='${interval}' keep-shapes`,
    '-o regions-out.json format=geojson',
  ].join(' ');
  // Imported here, after geo/lib/checkSource.ts has checked the pinned version is installed.
  const { default: mapshaper } = await import('mapshaper');
  const out = await mapshaper.applyCommands(`${commands} -quiet`, { 'regions.json': input });
  const raw = out['regions-out.json'];
  if (raw === undefined) throw new GeoBuildError('mapshaper: expected output regions-out.json, found none');
  const json: unknown = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
  if (!isRecord(json) || !Array.isArray(json.features)) {
    throw new GeoBuildError('mapshaper: expected a FeatureCollection as output, found something else');
  }
  const byUnit = new Map<string, Region>();
  for (const f of json.features as unknown[]) {
    if (!isRecord(f) || !isRecord(f.properties) || !isArea(f.geometry)) continue;
    const { unit, name, country, detail } = f.properties;
    if (typeof unit !== 'string' || typeof name !== 'string' || typeof country !== 'string') continue;
    if (detail !== 'oblast' && detail !== 'context') continue;
    byUnit.set(unit, { unit, name, country, detail, geometry: f.geometry });
  }
  const units = [...new Set(regions.map((r) => r.unit))];
  return units.map((unit) => {
    const region = byUnit.get(unit);
    if (!region)
      throw new GeoBuildError(`mapshaper: expected region ${unit} in the simplified output, not found`);
    return region;
  });
}
