import { parseArgs } from 'node:util';
import { LAYER_DIR } from '../../src/control/layerFormat.ts';
import { ImportError } from './errors.ts';
import { DEFAULT_MAX_GAP, DEFAULT_SUSPECT_JUMP, type ImportOptions } from './runImport.ts';
import { checkTimezone, DateError } from './snapshotTime.ts';
import { parseWhere } from './where.ts';

export const DEFAULT_OUT = `public/${LAYER_DIR}`;
export const DEFAULT_TOLERANCE_M = 100;
export const DEFAULT_SOURCE = { name: 'Imported control data', licence: 'see source' };

export const USAGE = `Usage: npm run import -- <folder or files…> [options]

Converts dated GeoJSON snapshots of assessed control into Claimline's layer
(control.json + control.geojson). Third-party data: never commit the output.

Each file's time comes from its name (2022-07-03, 20220703, or a Unix
timestamp in seconds or milliseconds) or from --date-property. A day's state is
its last snapshot; days without one carry the last state forward.

Options:
  --out DIR                 output folder, replaced as a whole (default ${DEFAULT_OUT})
  --where KEY=VALUE[,VALUE] count only features whose KEY is one of the values
  --where KEY~PATTERN       … or matches a case-insensitive regular expression.
                            Values are compared with runs of whitespace made one
                            space and the ends trimmed. Repeat: all must hold.
                            (default: every polygon feature)
  --list-values KEY         print every value of KEY with its feature count and
                            first and last day, and write nothing
  --date-property NAME      take each snapshot's time from this collection or
                            feature property instead of the file name
  --date-pattern REGEX      find the date in the file name with this regular
                            expression: named groups year, month, day (and hour,
                            minute, second), or one group holding a date or timestamp
  --timezone ZONE           IANA time zone that decides an instant's day (default UTC)
  --max-gap DAYS            days without a snapshot over which the last state is
                            carried; a longer gap is unknown (default ${DEFAULT_MAX_GAP})
  --suspect-jump POINTS     an oblast's share jumping by more than this and coming
                            back within two days marks those days suspect (default ${DEFAULT_SUSPECT_JUMP})
  --drop-suspect            treat suspect days as missing instead of marking them
  --allow-empty             accept a snapshot in which no polygon matches as
                            "nothing under control" (default: a bad file)
  --tolerance METRES        simplification tolerance (default ${DEFAULT_TOLERANCE_M})
  --source-name TEXT        who made the data (default "${DEFAULT_SOURCE.name}")
  --source-licence TEXT     its licence (default "${DEFAULT_SOURCE.licence}")
  --source-url URL          where it comes from
  --on-error stop|skip      on a bad file: stop with exit code 1 (default) or skip it
  --oblasts FILE            oblast boundaries to clip to (default geo/oblasts.geojson)
  --places FILE             the story's places to locate (default geo/cities.geojson)
  -h, --help                show this help`;

export type ParsedArgs =
  | { help: true }
  | { help: false; listValues: string; options: ImportOptions }
  | { help: false; listValues?: undefined; options: ImportOptions };

function number(
  text: string | undefined,
  fallback: number,
  name: string,
  check: (n: number) => boolean,
  expected: string,
) {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || !check(n))
    throw new ImportError(`--${name} "${text}": expected ${expected}`);
  return n;
}

function datePattern(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text, 'u');
  } catch (error) {
    throw new ImportError(
      `--date-pattern "${text}": not a regular expression (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function zoneOption(zone: string): string {
  try {
    return checkTimezone(zone);
  } catch (error) {
    if (error instanceof DateError) throw new ImportError(`--timezone: ${error.message}`);
    throw error;
  }
}

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
        'date-pattern': { type: 'string' },
        timezone: { type: 'string' },
        where: { type: 'string', multiple: true },
        'list-values': { type: 'string' },
        'max-gap': { type: 'string' },
        'suspect-jump': { type: 'string' },
        'drop-suspect': { type: 'boolean' },
        'allow-empty': { type: 'boolean' },
        tolerance: { type: 'string' },
        'source-name': { type: 'string' },
        'source-licence': { type: 'string' },
        'source-url': { type: 'string' },
        'on-error': { type: 'string' },
        oblasts: { type: 'string' },
        places: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ImportError(`${error instanceof Error ? error.message : String(error)} (see --help)`);
  }
  const v = parsed.values;
  if (v.help) return { help: true };
  const tolerance = number(
    v.tolerance,
    DEFAULT_TOLERANCE_M,
    'tolerance',
    (n) => n > 0,
    'a positive number of metres',
  );
  const maxGap = number(
    v['max-gap'],
    DEFAULT_MAX_GAP,
    'max-gap',
    (n) => Number.isInteger(n) && n >= 0,
    'a whole number of days (0 or more)',
  );
  const suspectJump = number(
    v['suspect-jump'],
    DEFAULT_SUSPECT_JUMP,
    'suspect-jump',
    (n) => n > 0 && n <= 100,
    'percentage points between 0 and 100',
  );
  const onError = v['on-error'] ?? 'stop';
  if (onError !== 'stop' && onError !== 'skip')
    throw new ImportError(`--on-error "${onError}": expected stop or skip`);
  const dateProperty = v['date-property'];
  if (dateProperty !== undefined && dateProperty.trim() === '')
    throw new ImportError('--date-property: expected a property name');
  if (dateProperty !== undefined && v['date-pattern'] !== undefined)
    throw new ImportError('--date-property and --date-pattern: use one or the other');
  const timezone = zoneOption(v.timezone ?? 'UTC');
  const listValues = v['list-values'];
  if (listValues !== undefined && listValues.trim() === '')
    throw new ImportError('--list-values: expected a property name');
  const options: ImportOptions = {
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
    placesFile: v.places,
    reading: { timezone, datePattern: datePattern(v['date-pattern']) },
    allowEmpty: v['allow-empty'] === true,
    maxGap,
    suspectJump,
    dropSuspect: v['drop-suspect'] === true,
  };
  return listValues === undefined ? { help: false, options } : { help: false, listValues, options };
}
