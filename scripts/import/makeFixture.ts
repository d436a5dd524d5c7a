/**
 * `npm run fixture -- --out DIR --days N [--start YYYY-MM-DD] [--seed 1] [--messy | --two-sources]`:
 * writes N days of synthetic control snapshots. Tidy (default, see fixture.ts): `DIR/<day>.geojson`.
 * Messy (see fixture/messyFixture.ts): `DIR/snapshots/*.geojson` and `DIR/truth.json`; defaults to
 * the real-size series (1,400 days from 2022-04-03). Two sources (see fixture/twoSources.ts):
 * `DIR/source-a/` and `DIR/source-b/`, 20 June to 31 July 2022 (no --days, --start or --seed).
 * Never commit its output; use tests/output/ or a temporary folder.
 */
import { parseArgs } from 'node:util';
import { isDay } from '../../src/story/day.ts';
import {
  FIXTURE_DEFAULTS,
  MESSY_DEFAULTS,
  TWO_SOURCES,
  writeFixture,
  writeMessyFixture,
  writeTwoSourceFixture,
} from './fixture.ts';

function positiveInteger(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} "${text}": expected a positive whole number`);
  return n;
}

function day(text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  if (!isDay(text)) throw new Error(`--start "${text}": expected a calendar day, YYYY-MM-DD`);
  return text;
}

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      days: { type: 'string' },
      out: { type: 'string' },
      start: { type: 'string' },
      seed: { type: 'string' },
      messy: { type: 'boolean', default: false },
      'two-sources': { type: 'boolean', default: false },
    },
  });
  if (values.out === undefined) throw new Error('--out DIR is required (e.g. tests/output/control-fixture)');
  if (values['two-sources']) {
    if (values.messy || values.days || values.start || values.seed)
      throw new Error('--two-sources is a fixed series: give it --out DIR only');
    const { a, b, files } = await writeTwoSourceFixture(values.out);
    console.log(
      `Wrote ${files} daily snapshots (${TWO_SOURCES.from} to ${TWO_SOURCES.to}) of two sources that disagree for a few days to ${a} and ${b}`,
    );
    return;
  }
  const defaults = values.messy ? MESSY_DEFAULTS : FIXTURE_DEFAULTS;
  const options = {
    days: positiveInteger(values.days, defaults.days, 'days'),
    start: day(values.start, defaults.start),
    seed: positiveInteger(values.seed, defaults.seed, 'seed'),
  };
  const started = performance.now();
  if (values.messy) {
    const result = await writeMessyFixture(values.out, options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Wrote ${result.files} messy snapshots (${megabytes(result.bytes)}) over ${result.days} days to ${result.snapshotsDir}, truth in ${result.truthFile} (${seconds} s)`,
    );
  } else {
    const { files, bytes } = await writeFixture(values.out, options);
    console.log(
      `Wrote ${files.length} snapshots (${megabytes(bytes)}) over ${options.days} days to ${values.out}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`fixture: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
