import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixture } from '../../scripts/import/fixture.ts';
import {
  DEFAULT_KIND,
  DEFAULT_LAYER_ID,
  DEFAULT_SOURCE,
  DEFAULT_TOLERANCE_M,
} from '../../scripts/import/options.ts';
import { runImport } from '../../scripts/import/runImport.ts';

export interface ImportBenchResult {
  days: number;
  /** Import only (the fixture is generated first, not timed). */
  seconds: number;
  bytesIn: number;
  /** The layer's files (index and geometry). */
  bytesOut: number;
  /** bytesOut / bytesIn. */
  ratio: number;
  intervals: number;
}

/**
 * Generates 1,000 days of synthetic snapshots into a temporary folder, imports them in-process
 * (default options: every polygon, 100 m tolerance, layer DEFAULT_LAYER_ID) and reports the figures.
 * Cleans up after itself, except for the layers' root when `keepOutputIn` names where to keep it
 * (the browser bench uses it).
 */
export async function importBench(days = 1000, keepOutputIn?: string): Promise<ImportBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'claimline-import-bench-'));
  try {
    const input = join(dir, 'snapshots');
    await writeFixture(input, { days, start: '2022-02-24', seed: 1 });
    const started = performance.now();
    const report = await runImport({
      inputs: [input],
      out: keepOutputIn ?? join(dir, 'control'),
      layer: DEFAULT_LAYER_ID,
      kind: DEFAULT_KIND,
      where: [],
      tolerance: DEFAULT_TOLERANCE_M,
      source: DEFAULT_SOURCE,
      onError: 'stop',
    });
    const seconds = (performance.now() - started) / 1000;
    return {
      days,
      seconds: Math.round(seconds * 10) / 10,
      bytesIn: report.bytesIn,
      bytesOut: report.bytesOut,
      ratio: Math.round((report.bytesOut / report.bytesIn) * 1e4) / 1e4,
      intervals: report.intervals,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
