/**
 * `npm run fixture -- --days N --out DIR [--start 2022-02-24] [--seed 1]`: writes N days of
 * synthetic control snapshots (see fixture.ts). Never commit its output; use tests/output/ or a
 * temporary folder.
 */
import { parseArgs } from 'node:util';
import { FIXTURE_DEFAULTS, writeFixture } from './fixture.ts';
import { isDay } from '../../src/story/day.ts';
import { formatBytes } from './summary.ts';

function positiveInteger(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} "${text}": expected a positive whole number`);
  return n;
}

function startDay(text: string): string {
  if (!isDay(text)) throw new Error(`--start "${text}": expected a calendar day, YYYY-MM-DD`);
  return text;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      days: { type: 'string' },
      out: { type: 'string' },
      start: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (values.out === undefined) throw new Error('--out DIR is required (e.g. tests/output/control-fixture)');
  const options = {
    days: positiveInteger(values.days, FIXTURE_DEFAULTS.days, 'days'),
    start: startDay(values.start ?? FIXTURE_DEFAULTS.start),
    seed: positiveInteger(values.seed, FIXTURE_DEFAULTS.seed, 'seed'),
  };
  const { files, bytes } = await writeFixture(values.out, options);
  console.log(`Wrote ${files.length} snapshots (${formatBytes(bytes)}) to ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(`fixture: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
