import { parseArgs } from 'node:util';
import { isLayerKind } from '../../src/control/controlIndex.ts';
import { LAYER_DIR, LAYER_KINDS, MAX_LAYERS, type LayerKind } from '../../src/control/layerFormat.ts';
import { WEB_ADDRESS_RULE, webAddress } from '../../src/story/webAddress.ts';
import { ImportError } from './errors.ts';
import { checkLayerId } from './layerList.ts';
import { DEFAULT_MAX_GAP, DEFAULT_SUSPECT_JUMP, type ImportOptions } from './runImport.ts';
import { checkTimezone, DateError } from './snapshotTime.ts';
import { parseWhere } from './where.ts';

export const DEFAULT_OUT = `public/${LAYER_DIR}`;
export const DEFAULT_TOLERANCE_M = 100;
export const DEFAULT_SOURCE = { name: 'Imported control data', licence: 'see source' };
/** The layer a command without --layer writes, so the one-layer command keeps working. */
export const DEFAULT_LAYER_ID = 'imported';
export const DEFAULT_KIND: LayerKind = 'assessed';

export const USAGE = `Usage: npm run import -- <folder or files…> [options]
       npm run import -- --remove-layer ID [--out DIR]

Converts dated GeoJSON snapshots of control into one of Claimline's layers:
DIR/layers.json lists the layers (at most ${MAX_LAYERS}), DIR/<id>/ holds each one
(control.json + intervals/). Adding or replacing a layer leaves the others as
they are. Third-party data: never commit the output.

Each file's time comes from its name (2022-07-03, 20220703, or a Unix
timestamp in seconds or milliseconds) or from --date-property. A day's state is
its last snapshot; days without one carry the last state forward.

Options:
  --out DIR                 the layers' folder: layers.json and one folder per
                            layer, nothing else (default ${DEFAULT_OUT})
  --layer ID                the layer to add, or to replace in its place
                            (default ${DEFAULT_LAYER_ID}): lower-case letters, digits
                            and inner hyphens, 1 to 32 characters
  --kind ${LAYER_KINDS.join('|').padEnd(18)} what it shows: a monitor's assessment of who holds
                            the ground, or the area a party claims (default ${DEFAULT_KIND})
  --remove-layer ID         take layer ID out of the list and delete its folder;
                            goes with --out only
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
  --source-url URL          where it comes from (an http: or https: address)
  --on-error stop|skip      on a bad file: stop with exit code 1 (default) or skip it
  --oblasts FILE            oblast boundaries to clip to (default geo/oblasts.geojson)
  --places FILE             the story's places to locate (default geo/cities.geojson)
  -h, --help                show this help`;

export type ParsedArgs =
  | { help: true }
  | { help: false; removeLayer: string; out: string; listValues?: undefined }
  | { help: false; listValues: string; options: ImportOptions; removeLayer?: undefined }
  | { help: false; listValues?: undefined; options: ImportOptions; removeLayer?: undefined };

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

/** A layer's source URL becomes a link on the page: only a web address is taken. */
function sourceUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (webAddress(url) === null)
    throw new ImportError(`--source-url ${JSON.stringify(url)}: expected ${WEB_ADDRESS_RULE}`);
  return url.trim();
}

function kindOption(kind: string): LayerKind {
  if (!isLayerKind(kind)) throw new ImportError(`--kind "${kind}": expected ${LAYER_KINDS.join(' or ')}`);
  return kind;
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
        layer: { type: 'string' },
        kind: { type: 'string' },
        'remove-layer': { type: 'string' },
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
  const out = v.out ?? DEFAULT_OUT;
  const removeLayer = v['remove-layer'];
  if (removeLayer !== undefined) {
    // A removal is a command of its own: anything else given with it would be silently ignored.
    const others = Object.keys(v).filter((name) => name !== 'remove-layer' && name !== 'out');
    if (parsed.positionals.length > 0 || others.length > 0)
      throw new ImportError(
        `--remove-layer goes with --out only (found ${[...others.map((o) => `--${o}`), ...parsed.positionals].join(', ')}); import in a command of its own`,
      );
    return { help: false, removeLayer: checkLayerId(removeLayer, '--remove-layer'), out };
  }
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
    out,
    layer: checkLayerId(v.layer ?? DEFAULT_LAYER_ID, '--layer'),
    kind: kindOption(v.kind ?? DEFAULT_KIND),
    dateProperty,
    where: (v.where ?? []).map(parseWhere),
    tolerance,
    source: {
      name: v['source-name'] ?? DEFAULT_SOURCE.name,
      licence: v['source-licence'] ?? DEFAULT_SOURCE.licence,
      url: sourceUrl(v['source-url']),
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
