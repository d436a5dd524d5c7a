/** The options of `npm run export`, checked (scripts/export.ts runs them). */
import { parseArgs } from 'node:util';
import { isLayerId, LAYER_ID_RULE } from '../src/control/controlIndex';
import { frameDays } from '../src/share/frameDays';
import { ANIMATION_FORMATS, parseSize, type AnimationFormat } from '../src/share/frameSizes';

const USAGE =
  'usage: npm run export -- --from YYYY-MM-DD --to YYYY-MM-DD --size WxH --format webm|mp4|gif|png --out FILE [--fps N] [--step N] [--story ID] [--layers ID,ID]';

export interface ExportArgs {
  from: string;
  to: string;
  size: string;
  format: AnimationFormat;
  out: string;
  fps: string;
  step: string;
  /** The site's story to draw (its id, the file name in geo/stories/); null: the one a plain link opens. */
  story: string | null;
  /** The imported layers to draw, by id; null: every one the build has. */
  layers: string[] | null;
}

/** The options, checked; throws a message naming the option and the reason. */
export function readExportArgs(argv: string[]): ExportArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      size: { type: 'string', default: '1080x1080' },
      format: { type: 'string', default: 'webm' },
      out: { type: 'string' },
      fps: { type: 'string', default: '4' },
      step: { type: 'string', default: '1' },
      story: { type: 'string' },
      layers: { type: 'string' },
    },
  });
  const { from, out, size, format, fps, step } = values;
  if (!from) throw new Error(`--from: missing (a day, YYYY-MM-DD)\n${USAGE}`);
  if (!out) throw new Error(`--out: missing (the file to write)\n${USAGE}`);
  const to = values.to ?? from;
  if (!(ANIMATION_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format: "${format}" is not one of ${ANIMATION_FORMATS.join(', ')}`);
  const prefixed = (error: unknown) => `--${error instanceof Error ? error.message : String(error)}`;
  try {
    parseSize(size);
    const frames = frameDays(from, to, Number(step)).length;
    if (format === 'png' && frames > 1)
      throw new Error(`format: a PNG holds one day; give --to ${from} or leave it out`);
  } catch (error) {
    throw new Error(prefixed(error), { cause: error });
  }
  if (!/^\d+$/.test(fps) || Number(fps) < 1 || Number(fps) > 30)
    throw new Error(`--fps: "${fps}" is not a whole number from 1 to 30`);
  const story = values.story ?? null;
  if (story !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(story))
    throw new Error(
      `--story: "${story}" is not a story id (lower-case letters and digits joined by hyphens)`,
    );
  const layers = values.layers === undefined ? null : values.layers.split(',').map((id) => id.trim());
  const bad = layers?.find((id) => !isLayerId(id));
  if (bad !== undefined) throw new Error(`--layers: "${bad}" is not a layer id (${LAYER_ID_RULE})`);
  return { from, to, size, format: format as AnimationFormat, out, fps, step, story, layers };
}

/**
 * The message for layer ids the build does not have (`listed`, its layer list's ids), naming each
 * and the ids there are; null when every one is there.
 */
export function unknownLayers(asked: readonly string[], listed: readonly string[]): string | null {
  const missing = asked.filter((id) => !listed.includes(id));
  if (!missing.length) return null;
  const there = listed.length ? `its layers are ${listed.join(', ')}` : 'it has no imported layer';
  return `--layers: ${missing.map((id) => `"${id}"`).join(', ')} not in this build (${there})`;
}
