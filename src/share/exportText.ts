/**
 * The exports' words that are built from parts, as plain strings (no DOM), so they can be tested in
 * node; the words themselves are the page's language's (`exports` in src/i18n/enShare.ts).
 */
import type { Locale } from '../i18n/locale';
import type { Day } from '../story';

/** An imported layer's area that cannot be drawn into a frame: the export stops and says so. */
export const frameLayerFailed = (label: string, day: Day, reason: string, locale: Locale): string =>
  locale.t.exports.frameLayerFailed(label, locale.day(day), reason);

/** An imported layer's file that did not arrive in time for its frame. */
export const frameLayerLate = (label: string, day: Day, seconds: number, locale: Locale): string =>
  locale.t.exports.frameLayerLate(label, locale.day(day), locale.number(seconds));

/** A video's container and codec, named alike in every language: "WebM (VP9)", "MP4 (H.264)". */
export function videoLabel(container: 'webm' | 'mp4', codec: string): string {
  const name = codec === 'avc' ? 'H.264' : codec.toUpperCase();
  return `${container === 'mp4' ? 'MP4' : 'WebM'} (${name})`;
}

/** Why a video could not be made in the format asked, and what is made instead. */
export function noVideoCodec(container: 'webm' | 'mp4', tried: readonly string[], locale: Locale): string {
  const names = tried.map((codec) => videoLabel(container, codec).replace(/^\S+ \((.*)\)$/, '$1'));
  return locale.t.exports.noVideoCodec(container === 'mp4' ? 'MP4' : 'WebM', names.join(', '));
}
