/**
 * The words the exports added with the frames' own map and MP4 say, as plain strings built here
 * (no DOM), so they can be tested in node and moved into the message files (the animation panel's
 * and the Share menu's are there: src/i18n).
 */
import type { Day } from '../story';
import { formatDay } from '../story/formatDay';

export const EXPORT_TEXT = {
  /** Said when the map the frames are drawn on is not ready yet. */
  mapNotReady: "The map's code has not arrived yet: try again in a moment",
  /** The GIF's worker ended without the file. */
  gifNoFile: 'the GIF encoder gave no file',
  /** The GIF's worker was ended by Cancel. */
  gifCancelled: 'the GIF was cancelled',
} as const;

/** The GIF's worker could not encode a frame (`reason`, its error), or could not start (no reason). */
export const gifFailed = (reason: string | null): string =>
  reason === null ? 'the GIF encoder could not run' : `the GIF encoder failed: ${reason}`;

/** An imported layer's area that cannot be drawn into a frame: the export stops and says so. */
export const frameLayerFailed = (label: string, day: Day, reason: string): string =>
  `${label} has no map for ${formatDay(day)}: ${reason}`;

/** An imported layer's file that did not arrive in time for its frame. */
export const frameLayerLate = (label: string, day: Day, seconds: number): string =>
  `${label}: the area for ${formatDay(day)} did not arrive within ${seconds} s`;

/** A video's container and codec in the page's words: "WebM (VP9)", "MP4 (H.264)". */
export function videoLabel(container: 'webm' | 'mp4', codec: string): string {
  const name = codec === 'avc' ? 'H.264' : codec.toUpperCase();
  return `${container === 'mp4' ? 'MP4' : 'WebM'} (${name})`;
}

/** Why a video could not be made in the format asked, and what is made instead. */
export function noVideoCodec(container: 'webm' | 'mp4', tried: readonly string[]): string {
  const names = tried.map((codec) => videoLabel(container, codec).replace(/^\S+ \((.*)\)$/, '$1'));
  return `This browser cannot encode ${container === 'mp4' ? 'an MP4' : 'a WebM'} video (${names.join(', ')}): making a GIF instead.`;
}
