import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { areaChange, type AreaChange, type ChangeOptions } from '../../src/control/areaChange';
import { areaOfFeatures } from '../../src/control/areaOfFeatures';
import type { AreaFeatures } from '../../src/control/geometryFile';
import { geometryFile, type ControlIndex } from '../../src/control/layerFormat';
import type { GeoData } from '../../src/data/geoTypes';

/** The oblasts the app counts each change in, read from the bundled geometry as the app reads it. */
export async function oblastRegions() {
  const oblasts = JSON.parse(await readFile('geo/oblasts.geojson', 'utf8')) as GeoData['oblasts'];
  return oblasts.features.map((feature) => ({
    id: feature.properties.id,
    area: areaOfFeatures({ type: 'FeatureCollection', features: [feature] }),
  }));
}

export const OBLAST_NAMES = new Map([
  ['luhansk-oblast', 'Luhansk Oblast'],
  ['donetsk-oblast', 'Donetsk Oblast'],
]);

/** A layer's index as imported under `root`. */
export async function readIndex(root: string, layer: string): Promise<ControlIndex> {
  return JSON.parse(await readFile(join(root, layer, 'control.json'), 'utf8')) as ControlIndex;
}

/**
 * The change between two of a layer's geometry files, computed here in node with the app's own
 * code, from the files the test host serves: what the page's worker must find.
 */
export async function expectedChange(
  root: string,
  layer: string,
  before: string,
  after: string,
  options?: ChangeOptions,
): Promise<AreaChange> {
  const area = async (name: string) =>
    areaOfFeatures(JSON.parse(await readFile(join(root, layer, geometryFile(name)), 'utf8')) as AreaFeatures);
  return areaChange(await area(before), await area(after), await oblastRegions(), options);
}
