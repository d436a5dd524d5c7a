import { dayToUtcMs, utcMsToDay, type Day } from '../story/day';

/**
 * The track's scale: days (as UTC dates or their milliseconds) to pixels, piecewise linear and
 * clamped, with what d3-axis reads of a scale (domain, range, copy). Written out rather than
 * d3-scale's scaleUtc, which brings d3-time-format, d3-interpolate and d3-color into the page's
 * first load (about 5 KB gzip) for a mapping of a few lines.
 */
export interface TrackScale {
  (value: Date | number): number;
  /** The UTC milliseconds at `x`. */
  invert(x: number): number;
  domain(): Date[];
  range(): number[];
  copy(): TrackScale;
}

/** The value `at` of `from`'s pieces (ascending) mapped onto `to`'s, clamped to the ends. */
function piecewise(from: readonly number[], to: readonly number[], at: number): number {
  let previous = { from: from[0] ?? 0, to: to[0] ?? 0 };
  if (!(at > previous.from)) return previous.to;
  for (let i = 1; i < from.length; i++) {
    const next = { from: from[i] ?? previous.from, to: to[i] ?? previous.to };
    if (at <= next.from)
      return next.from === previous.from
        ? next.to
        : previous.to + ((at - previous.from) / (next.from - previous.from)) * (next.to - previous.to);
    previous = next;
  }
  return previous.to;
}

function trackScale(domain: readonly number[], range: readonly number[]): TrackScale {
  const scale = (value: Date | number) => piecewise(domain, range, +value);
  scale.invert = (x: number) => piecewise(range, domain, x);
  scale.domain = () => domain.map((ms) => new Date(ms));
  scale.range = () => [...range];
  scale.copy = () => trackScale(domain, range);
  return scale;
}

export interface TimeScaleOptions {
  /** First and last day of the story. */
  range: readonly [Day, Day];
  /** Where the detailed stretch begins: days from here on get most of the width. */
  focusFrom: Day;
  /** Share of the width given to the years before `focusFrom` (0–1). */
  overviewShare: number;
  /** Where the detailed stretch ends, when days after it follow (an imported layer's later years). */
  focusTo?: Day | undefined;
  /** Share of the width for the days after `focusTo` (0–1). */
  laterShare?: number | undefined;
  width: number;
}

/**
 * A two-level time scale: one polylinear scale that gives the years before the focus a narrow
 * band and the weeks of the focus most of the width, so that 2014 and single days of July 2022 are
 * both reachable by drag on one track. With `focusTo` before the range's end, the days after the
 * focus (an imported layer's later years) get a narrow band of their own at the right.
 */
export function storyTimeScale({
  range,
  focusFrom,
  overviewShare,
  focusTo,
  laterShare = 0.25,
  width,
}: TimeScaleOptions): TrackScale {
  const [from, to] = range;
  const split = Math.round(width * overviewShare);
  const later = focusTo !== undefined && focusTo < to;
  const days = later ? [from, focusFrom, focusTo, to] : [from, focusFrom, to];
  const xs = later ? [0, split, Math.round(width * (1 - laterShare)), width] : [0, split, width];
  return trackScale(days.map(dayToUtcMs), xs);
}

/** The day under an x position on the track. */
export function dayAt(scale: TrackScale, x: number): Day {
  const ms = scale.invert(x);
  // Round to the nearest UTC midnight: the handle sits at the start of its day.
  return utcMsToDay(Math.round(ms / 86_400_000) * 86_400_000);
}

/** The x position of a day on the track. */
export function xOf(scale: TrackScale, day: Day): number {
  return scale(dayToUtcMs(day));
}

/** The track's side margins, in pixels: room for the handle at either end. */
export const TRACK_MARGIN = 14;

/** What the timeline and the views drawn behind its track (the layers chart) agree on. */
export interface TrackScaleOptions {
  range: readonly [Day, Day];
  focusFrom: Day;
  /** Share of the width for the years before `focusFrom` (default 0.3). */
  overviewShare?: number;
  /** Where the detailed stretch ends when later days follow (absent: it runs to the range's end). */
  focusTo?: Day | undefined;
}

/** Where days sit on a track of a given width: the same for every view that draws on it. */
export interface TrackGeometry {
  scale: TrackScale;
  xOf: (day: Day) => number;
  /** The left margin; day positions are measured from it. */
  left: number;
  width: number;
}

/**
 * The track's geometry for its width in CSS pixels. A pure function of the shared options, so a
 * view behind the track measures its own box and lines up with the axis without asking the
 * timeline.
 */
export function trackGeometry(options: TrackScaleOptions, trackWidth: number): TrackGeometry {
  const width = Math.max(1, trackWidth - TRACK_MARGIN * 2);
  const scale = storyTimeScale({
    range: options.range,
    focusFrom: options.focusFrom,
    overviewShare: options.overviewShare ?? 0.3,
    focusTo: options.focusTo,
    width,
  });
  return { scale, xOf: (day) => xOf(scale, day), left: TRACK_MARGIN, width };
}
