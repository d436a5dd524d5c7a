/**
 * `npm run compare:days -- LAYER_DIR FROM TO [--min-width-m N]`: what an imported layer gained
 * and lost in each oblast between two days, in km², measured with the app's own code and options
 * (the comparison's default sliver threshold unless `--min-width-m` says otherwise; 0 counts
 * everything). For checking the comparison against a real archive imported locally.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { areaOfFeatures } from '../src/control/areaOfFeatures.ts';
import { DEFAULT_CHANGE_OPTIONS } from '../src/control/changeOptions.ts';
import { layerSpan } from '../src/control/controlIndex.ts';
import type { AreaFeatures } from '../src/control/geometryFile.ts';
import { isDay } from '../src/story/day.ts';
import { dayChange } from './compare/dayChange.ts';
import { dayChangeText } from './compare/dayChangeText.ts';
import { LayerFolderError, readLayerFolder } from './compare/readLayerFolder.ts';

const USAGE = `Usage: npm run compare:days -- LAYER_DIR FROM TO [--min-width-m N]
  LAYER_DIR       an imported layer's folder (<import --out>/<layer id>, holding control.json)
  FROM, TO        two days, YYYY-MM-DD (in either order)
  --min-width-m N pieces narrower than N metres on average are not counted (default ${DEFAULT_CHANGE_OPTIONS.minWidthM}; 0 counts all)`;

const OBLASTS_FILE = fileURLToPath(new URL('../geo/oblasts.geojson', import.meta.url));

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'min-width-m': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [dir, a, b, ...extra] = positionals;
  if (dir === undefined || a === undefined || b === undefined || extra.length)
    throw new LayerFolderError(
      `compare:days: expected LAYER_DIR FROM TO, got ${positionals.length} arguments\n${USAGE}`,
    );
  for (const day of [a, b])
    if (!isDay(day))
      throw new LayerFolderError(`compare:days: "${day}" is not a day (YYYY-MM-DD, a real calendar day)`);
  const width = values['min-width-m'] ?? String(DEFAULT_CHANGE_OPTIONS.minWidthM);
  const minWidthM = Number(width);
  if (!/^\d+(\.\d+)?$/.test(width) || !Number.isFinite(minWidthM))
    throw new LayerFolderError(
      `compare:days: --min-width-m "${width}" is not a number of metres (0 or more)`,
    );

  const { index, geometryOf } = readLayerFolder(dir);
  const oblasts = JSON.parse(readFileSync(OBLASTS_FILE, 'utf8')) as AreaFeatures;
  const regions = oblasts.features.map((feature) => ({
    id: String(feature.properties?.id),
    area: areaOfFeatures({ type: 'FeatureCollection', features: [feature] }),
  }));
  const names = new Map(regions.map((r, i) => [r.id, String(oblasts.features[i]?.properties?.name ?? r.id)]));
  const result = dayChange(index, geometryOf, regions, a, b, { minWidthM });
  console.log(dayChangeText(index.id, result, names, minWidthM));
  if ('unknown' in result) {
    const span = layerSpan(index);
    console.error(
      `compare:days: ${dir}: ${result.unknown} is outside the layer's days${span ? ` (${span[0]} to ${span[1]})` : ''} or in a gap between its snapshots`,
    );
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof LayerFolderError || (error instanceof TypeError && 'code' in error))) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
