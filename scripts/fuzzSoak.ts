/**
 * `npm run fuzz:soak`: the property tests of tests/unit/fuzz with 100,000 cases each (or the count
 * given: `npm run fuzz:soak -- 1000`), then the cases tried per boundary and the time taken. The
 * seed is FUZZ_SEED's (default 26), so a soak that fails can be replayed. It takes a while: on a
 * shared machine run it with `nice`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzCount } from '../tests/unit/fuzz/fuzzRun.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = process.argv[2] ?? '100000';
if (!/^[1-9]\d*$/.test(runs))
  throw new Error(`fuzz:soak: the number of cases (${runs}) must be a whole number above 0`);

const dir = mkdtempSync(join(tmpdir(), 'claimline-soak-'));
const report = join(dir, 'counts.jsonl');
const started = performance.now();
const vitest = spawnSync(
  process.execPath,
  ['--import', './scripts/node20-polyfills.mjs', 'node_modules/vitest/vitest.mjs', 'run', 'tests/unit/fuzz'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report } },
);
const seconds = (performance.now() - started) / 1000;

let counts: FuzzCount[] = [];
try {
  counts = readFileSync(report, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FuzzCount);
} catch {
  // No property finished: vitest has said why.
}
rmSync(dir, { recursive: true, force: true });

const byBoundary = new Map<string, { properties: number; runs: number; ms: number }>();
for (const c of counts) {
  const row = byBoundary.get(c.boundary) ?? { properties: 0, runs: 0, ms: 0 };
  byBoundary.set(c.boundary, { properties: row.properties + 1, runs: row.runs + c.runs, ms: row.ms + c.ms });
}
const number = new Intl.NumberFormat('en-GB');
console.log(
  `\nfuzz:soak: ${number.format(Number(runs))} cases per property, seed ${process.env.FUZZ_SEED ?? 26}`,
);
for (const [boundary, row] of [...byBoundary].sort()) {
  console.log(
    `  ${boundary.padEnd(30)} ${number.format(row.runs).padStart(9)} cases in ${row.properties} ${row.properties === 1 ? 'property' : 'properties'}, ${(row.ms / 1000).toFixed(1)} s`,
  );
}
console.log(
  `  total: ${number.format(counts.reduce((n, c) => n + c.runs, 0))} cases, ${seconds.toFixed(1)} s wall-clock`,
);
process.exitCode = vitest.status ?? 1;
