/**
 * How every property test runs: from a fixed seed (FUZZ_SEED, default 26) for FUZZ_RUNS cases
 * (default 1,000), so a run is reproducible and a failure prints the seed and path to replay it.
 * `npm run fuzz:soak` runs the same files with 100,000 cases and reads the counts each property
 * appends to FUZZ_REPORT.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { it } from 'vitest';

function envCount(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} (${text}) must be a whole number above 0`);
  return value;
}

export const FUZZ_SEED = envCount('FUZZ_SEED', 26);
export const FUZZ_RUNS = envCount('FUZZ_RUNS', 1000);

/** One line of the soak's report. */
export interface FuzzCount {
  boundary: string;
  property: string;
  runs: number;
  ms: number;
}

/**
 * A vitest test that checks `property` for FUZZ_RUNS cases. `boundary` groups the properties of one
 * input boundary in the soak's counts. Hangs fail: an async run that takes longer than `runMs`
 * fails, and the test's own timeout grows with the number of runs.
 */
export function itHolds<Ts>(
  boundary: string,
  name: string,
  property: () => fc.IRawProperty<Ts>,
  { runs = FUZZ_RUNS, runMs = 2000 }: { runs?: number; runMs?: number } = {},
): void {
  it(
    name,
    async () => {
      const started = performance.now();
      const details = await fc.check(property(), {
        seed: FUZZ_SEED,
        numRuns: runs,
        timeout: runMs,
        includeErrorInReport: true,
      });
      if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
      const report = process.env.FUZZ_REPORT;
      if (report) {
        const count: FuzzCount = {
          boundary,
          property: name,
          runs: details.numRuns,
          ms: performance.now() - started,
        };
        appendFileSync(report, `${JSON.stringify(count)}\n`);
      }
    },
    Math.max(30_000, runs * 20),
  );
}
