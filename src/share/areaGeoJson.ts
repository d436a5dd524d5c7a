import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { intervalAt } from '../control/intervalAt';
import { layerLabel } from '../control/kindName';
import { asOf, OBLAST_IDS, type ControlIndex } from '../control/layerFormat';
import type { LoadedLayer } from '../control/loadLayers';
import type { Day } from '../story';
import { en } from '../i18n/en';
import type { Locale } from '../i18n/locale';

/** What each exported area says of itself: whose it is, under which licence, as of when. */
export interface AreaProperties {
  layer: string;
  name: string;
  kind: string;
  source: string;
  licence: string;
  url: string | null;
  day: Day;
  /** The snapshot the day's state is as of. */
  asOf: Day;
  suspect: boolean;
  [share: `${string}_share_pct`]: number;
}

/** The properties of a layer's area on `day`; null where no interval covers the day (unknown). */
export function areaProperties(index: ControlIndex, day: Day): AreaProperties | null {
  const interval = intervalAt(index.intervals, day);
  if (!interval) return null;
  const shares = Object.fromEntries(OBLAST_IDS.map((id) => [`${id}_share_pct`, interval.area[id].pct]));
  return {
    layer: index.id,
    // A data file's fields are a contract, in English whatever the page's language (as the CSV's).
    name: layerLabel(index, en.layers),
    kind: index.kind,
    source: index.source.name,
    licence: index.source.licence,
    url: index.source.url ?? null,
    day,
    asOf: asOf(interval, day),
    suspect: interval.suspect === true,
    ...shares,
  };
}

/**
 * The day's area of each imported layer, one feature per layer that has one, its geometry read
 * from the layer's own file (checked as the map checks it). Layers with no area that day, or whose
 * file cannot be read, are named in `missing` with the reason.
 */
export async function areaGeoJson(
  layers: readonly LoadedLayer[],
  day: Day,
  locale: Locale,
): Promise<{ collection: FeatureCollection<Polygon | MultiPolygon, AreaProperties>; missing: string[] }> {
  const features: Feature<Polygon | MultiPolygon, AreaProperties>[] = [];
  const missing: string[] = [];
  for (const layer of layers) {
    const properties = areaProperties(layer.index, day);
    const interval = intervalAt(layer.index.intervals, day);
    if (!properties || !interval) {
      missing.push(locale.t.exports.areaUnknown(layerLabel(layer.index, locale.t.layers)));
      continue;
    }
    const name = interval.geometry;
    const file = await readArea(layer.fileUrl(name), layer.filePath(name));
    if (typeof file === 'string') {
      missing.push(file);
      continue;
    }
    for (const geometry of file) features.push({ type: 'Feature', geometry, properties });
  }
  return { collection: { type: 'FeatureCollection', features }, missing };
}

/**
 * The areas of one geometry file, or why it cannot be used, naming the file. The map has read and
 * checked the same file in full when it drew it; this only makes sure the answer is an area.
 */
async function readArea(url: string, label: string): Promise<(Polygon | MultiPolygon)[] | string> {
  try {
    const response = await fetch(url);
    if (!response.ok) return `${label}: could not be loaded (HTTP ${response.status})`;
    const raw = (await response.json()) as { type?: unknown; features?: unknown };
    const features = raw.type === 'FeatureCollection' && Array.isArray(raw.features) ? raw.features : null;
    const geometries = (features ?? []).map((f: { geometry?: Polygon | MultiPolygon }) => f.geometry);
    const areas = geometries.filter((g) => g?.type === 'Polygon' || g?.type === 'MultiPolygon');
    if (!features || areas.length !== features.length) return `${label}: is not a collection of areas`;
    return areas as (Polygon | MultiPolygon)[];
  } catch (error) {
    return `${label}: could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
