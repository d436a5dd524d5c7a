import type { Locale } from '../i18n/locale';

/** The animation sizes offered: square, landscape, portrait (width × height, pixels). */
export const FRAME_SIZES = ['1080x1080', '1920x1080', '1080x1920'] as const;

/** The formats of an animation; a PNG holds one frame (a picture of one day at a set size). */
export const ANIMATION_FORMATS = ['webm', 'mp4', 'gif', 'png'] as const;
export type AnimationFormat = (typeof ANIMATION_FORMATS)[number];

/** The video's target bitrate, bits per second per megapixel: ample for flat maps. */
const BITS_PER_MEGAPIXEL = 2_000_000;
/** A GIF frame of flat fills takes about this many bytes per pixel (LZW on a 256-colour palette). */
const GIF_BYTES_PER_PIXEL = 0.12;

/** Width and height from "WxH" (e.g. 1080x1080); a RangeError names the reason. Any 16 to 3840 even size. */
export function parseSize(text: string): { width: number; height: number } {
  const match = /^(\d{2,4})[x×](\d{2,4})$/.exec(text.trim());
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  const fits = (n: number) => Number.isInteger(n) && n >= 16 && n <= 3840 && n % 2 === 0;
  if (!match || !fits(width) || !fits(height))
    throw new RangeError(
      `size: "${text}" is not WIDTHxHEIGHT with even numbers from 16 to 3840 (e.g. 1080x1080)`,
    );
  return { width, height };
}

/** The video's target bitrate for a frame size, bits per second. */
export const videoBitrate = (width: number, height: number): number =>
  Math.round((BITS_PER_MEGAPIXEL * width * height) / 1e6);

/**
 * About how many bytes an animation of `frames` frames will take, before it is made: the video at
 * its target bitrate (an upper bound: flat maps take less), the GIF by a measured rate for flat fills.
 */
export function estimateBytes(
  format: AnimationFormat,
  frames: number,
  fps: number,
  width: number,
  height: number,
) {
  if (format === 'webm' || format === 'mp4')
    return Math.round((videoBitrate(width, height) * frames) / fps / 8);
  return Math.round(frames * width * height * GIF_BYTES_PER_PIXEL);
}

/** "2.4 MB", "850 KB": a size in the page's language. */
export function bytesText(bytes: number, locale: Locale): string {
  const words = locale.t.animation;
  return bytes >= 1e6
    ? words.megabytes(locale.number(bytes / 1e6, 1))
    : words.kilobytes(locale.number(Math.max(1, Math.round(bytes / 1e3))));
}
