/**
 * `npm run import -- <folder or files> [options]`: dated control snapshots -> one layer under
 * public/control/ (`--remove-layer ID` takes one out). Thin entry: parse options, run, print the
 * summary (stdout) or the problem (stderr, exit 1).
 */
import { describe, SnapshotError } from './errors.ts';
import { listFileOf } from './layerRoot.ts';
import { formatValues, listValues } from './listValues.ts';
import { parseImportArgs, USAGE } from './options.ts';
import { terminalProgress } from './progress.ts';
import { readOptionsOf, runImport } from './runImport.ts';
import { formatSummary } from './summary.ts';
import { removeLayer } from './writeLayers.ts';

const OBLAST_NAMES = { 'luhansk-oblast': 'Luhansk oblast', 'donetsk-oblast': 'Donetsk oblast' };

async function main(argv: readonly string[]): Promise<number> {
  try {
    const parsed = parseImportArgs(argv);
    if (parsed.help) {
      console.log(USAGE);
      return 0;
    }
    if (parsed.removeLayer !== undefined) {
      const list = await removeLayer(parsed.out, parsed.removeLayer);
      const left = list.layers.map((l) => l.id).join(', ') || 'none';
      console.log(
        `Removed layer "${parsed.removeLayer}" from ${parsed.out}; ${listFileOf(parsed.out)} lists: ${left}`,
      );
      return 0;
    }
    const { options } = parsed;
    if (parsed.listValues !== undefined) {
      const values = await listValues(options.inputs, parsed.listValues, readOptionsOf(options));
      console.log(formatValues(parsed.listValues, values));
      return 0;
    }
    const report = await runImport(options, { progress: (total) => terminalProgress(total) });
    console.log(formatSummary(report, OBLAST_NAMES));
    return 0;
  } catch (error) {
    console.error(`import: ${describe(error)}`);
    if (error instanceof SnapshotError)
      console.error('import: stopped; nothing written (use --on-error skip to leave such files out)');
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
