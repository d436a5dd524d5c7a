import type { Locale } from '../i18n/locale';
import type { Day } from '../story';
import { encodableCodecs, pngEncoder, VIDEO_CODECS, videoEncoder, type FrameEncoder } from './encoders';
import { noVideoCodec, videoLabel } from './exportText';
import { frameDays } from './frameDays';
import { bytesText, type AnimationFormat } from './frameSizes';
import { gifEncoder } from './gifEncoder';
import { renderFrames } from './renderFrames';
import { saveFile } from './saveFile';
import type { ShareSource } from './shareSource';

export interface AnimationOptions {
  from: Day;
  to: Day;
  /** One frame every `step` days. */
  step: number;
  fps: number;
  width: number;
  height: number;
  format: AnimationFormat;
  /** The imported layers drawn, by id; null: every one. */
  layers: readonly string[] | null;
}

export interface AnimationHooks {
  signal: AbortSignal;
  /** Frames done, of how many, and the time left (ms; null before the first frame). */
  progress: (done: number, total: number, msLeft: number | null) => void;
  /** Something the reader should know on the way (a codec that failed and what is tried next). */
  notice: (text: string) => void;
}

/** The encoders to try, in order: each codec of the video's container the browser can encode, then the GIF. */
async function encoderPlan(
  canvas: HTMLCanvasElement,
  options: AnimationOptions,
  notice: (text: string) => void,
  locale: Locale,
) {
  const { format, fps } = options;
  const words = locale.t.exports;
  const gif = { label: 'GIF', make: () => Promise.resolve(gifEncoder(canvas, fps, words)) };
  if (format === 'gif') return [gif];
  if (format === 'png') return [{ label: 'PNG', make: () => Promise.resolve(pngEncoder(canvas, words)) }];
  const codecs = await encodableCodecs(format, canvas.width, canvas.height);
  if (!codecs.length) notice(noVideoCodec(format, VIDEO_CODECS[format], locale));
  return [
    ...codecs.map((codec) => ({
      label: videoLabel(format, codec),
      make: () => videoEncoder(canvas, format, codec, fps, words),
    })),
    gif,
  ];
}

/**
 * Makes and saves an animation of the days from `from` to `to`: each frame drawn on the page's
 * map (renderFrames) and encoded as it comes. A codec that fails is named and the next one tried
 * from the first frame; the reader's Cancel (`signal`) stops at once and saves nothing.
 */
export async function exportAnimation(source: ShareSource, options: AnimationOptions, hooks: AnimationHooks) {
  const days = frameDays(options.from, options.to, options.step);
  if (options.format === 'png' && days.length > 1)
    throw new RangeError(
      `format: a PNG holds one day, but ${options.from} to ${options.to} is ${days.length} frames`,
    );
  const canvas = document.createElement('canvas');
  canvas.width = options.width;
  canvas.height = options.height;
  // What went wrong on the way is said at once, and again beside the result.
  const notes: string[] = [];
  const notice = (text: string) => {
    notes.push(text);
    hooks.notice(text);
  };
  const words = source.locale.t.exports;
  const plan = await encoderPlan(canvas, options, notice, source.locale);
  for (const [attempt, { label, make }] of plan.entries()) {
    let encoder: FrameEncoder | null = null;
    try {
      const made = (encoder = await make());
      const started = performance.now();
      await renderFrames(
        source,
        { days, canvas, signal: hooks.signal, layers: options.layers },
        async (_, position) => {
          await made.add(position);
          const done = position + 1;
          hooks.progress(done, days.length, ((performance.now() - started) / done) * (days.length - done));
        },
      );
      const blob = await made.finish();
      const span = days.length > 1 ? `${options.from}-to-${options.to}` : options.from;
      const name = `claimline-${span}.${made.extension}`;
      saveFile(blob, name);
      const size = `${options.width}×${options.height}`;
      const saved = words.savedAnimation(
        name,
        days.length,
        size,
        made.label,
        bytesText(blob.size, source.locale),
      );
      return [saved, ...notes].join(' ');
    } catch (error) {
      await encoder?.cancel().catch(() => undefined);
      if (hooks.signal.aborted) return words.cancelled;
      const next = plan[attempt + 1];
      const why = error instanceof Error ? error.message : String(error);
      if (!next) throw error;
      notice(words.encoderFailed(label, why, next.label));
    }
  }
  throw new Error(words.noEncoder);
}
