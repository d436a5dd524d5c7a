import { parseArgs } from 'node:util';
import { ImportError } from './errors.ts';
import type { ImportOptions } from './runImport.ts';
import { parseWhere } from './where.ts';

export const DEFAULT_OUT = 'public/control';
export const DEFAULT_TOLERANCE_M = 100;
export const DEFAULT_SOURCE = { name: 'Imported control data', licence: 'see source' };

export const USAGE = `Usage: npm run import -- <folder or files…> [options]

Converts dated GeoJSON snapshots of assessed control into Claimline's layer
(control.json + control.geojson). Third-party data: never commit the output.

Options:
  --out DIR                 output folder, replaced as a whole (default ${DEFAULT_OUT})
  --date-property NAME      take each snapshot's date from this collection or feature
                            property (default: from the file name: 2022-07-03 or a
                            Unix timestamp in seconds or milliseconds)
  --where KEY=VALUE[,VALUE] count only features whose property matches (repeatable;
                            default: every polygon feature)
  --tolerance METRES        simplification tolerance (default ${DEFAULT_TOLERANCE_M})
  --source-name TEXT        who made the data (default "${DEFAULT_SOURCE.name}")
  --source-licence TEXT     its licence (default "${DEFAULT_SOURCE.licence}")
  --source-url URL          where it comes from
  --on-error stop|skip      on a bad file: stop with exit code 1 (default) or skip it
  --oblasts FILE            oblast boundaries to clip to (default geo/oblasts.geojson)
  -h, --help                show this help`;

export type ParsedArgs = { help: true } | { help: false; options: ImportOptions };

/** Parses the command line (arguments after the script name). Throws ImportError on bad input. */
export function parseImportArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        'date-property': { type: 'string' },
        where: { type: 'string', multiple: true },
        tolerance: { type: 'string' },
        'source-name': { type: 'string' },
        'source-licence': { type: 'string' },
        'source-url': { type: 'string' },
        'on-error': { type: 'string' },
        oblasts: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ImportError(`${error instanceof Error ? error.message : String(error)} (see --help)`);
  }
  const v = parsed.values;
  if (v.help) return { help: true };
  const tolerance = v.tolerance === undefined ? DEFAULT_TOLERANCE_M : Number(v.tolerance);
  if (!Number.isFinite(tolerance) || tolerance <= 0) {
    throw new ImportError(`--tolerance "${v.tolerance}": expected a positive number of metres`);
  }
  const onError = v['on-error'] ?? 'stop';
  if (onError !== 'stop' && onError !== 'skip')
    throw new ImportError(`--on-error "${onError}": expected stop or skip`);
  const dateProperty = v['date-property'];
  if (dateProperty !== undefined && dateProperty.trim() === '')
    throw new ImportError('--date-property: expected a property name');
  return {
    help: false,
    options: {
      inputs: parsed.positionals,
      out: v.out ?? DEFAULT_OUT,
      dateProperty,
      where: (v.where ?? []).map(parseWhere),
      tolerance,
      source: {
        name: v['source-name'] ?? DEFAULT_SOURCE.name,
        licence: v['source-licence'] ?? DEFAULT_SOURCE.licence,
        url: v['source-url'],
      },
      onError,
      oblastsFile: v.oblasts,
    },
  };
}
