import { KIND_NAMES } from './kindName';
import { formatDay } from '../story/formatDay';
import type { ControlIndex, ControlInterval } from './controlIndex';
import { asOf } from './layerFormat';

const km2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** `17:08 UTC` of an ISO instant. */
const clock = (at: string): string => `${at.slice(11, 16)} UTC`;

/**
 * What the map shows of the layer on the day: the day's own area, another day's faded while the
 * day's file loads, or no area because the day's file could not be used.
 */
export type LayerMapState = 'drawn' | 'loading' | 'failed';

const MAP_STATE_LINES: Readonly<Record<LayerMapState, string[]>> = {
  drawn: [],
  loading: ["Loading this day's map: the faded area drawn is another day's."],
  failed: ["This day's map could not be loaded, so none is drawn; these figures are from the layer's index."],
};

/**
 * An imported layer's figures for a day, in words: one line per oblast, then which of
 * the source's snapshots they are as of, the suspect mark where the import set one, and whether
 * the map shows that area.
 */
export function layerFiguresText(
  index: ControlIndex,
  day: string,
  interval: ControlInterval | undefined,
  oblastNames: ReadonlyMap<string, string>,
  map: LayerMapState = 'drawn',
): { heading: string; lines: string[] } {
  const heading = `${KIND_NAMES[index.kind]} (${index.source.name})`;
  if (!interval) {
    const first = index.intervals[0];
    const last = index.intervals[index.intervals.length - 1];
    const span = first && last ? ` It covers ${formatDay(first.from)} to ${formatDay(last.to)}.` : '';
    return { heading, lines: [`No assessment for this day.${span}`] };
  }
  const lines = Object.entries(interval.area).map(([id, a]) => {
    const name = oblastNames.get(id) ?? id;
    return `${name}: ${pct.format(a.pct)}% (${km2.format(a.km2)} km²)`;
  });
  const snapshotDay = asOf(interval, day);
  const time =
    snapshotDay === interval.snapshot.date && interval.snapshot.at ? `, ${clock(interval.snapshot.at)}` : '';
  const when = `As of the source's snapshot of ${formatDay(snapshotDay)}${time}`;
  const unchanged =
    interval.from === interval.to
      ? ''
      : ` Unchanged ${formatDay(interval.from)} to ${formatDay(interval.to)}.`;
  const suspect = interval.suspect
    ? [
        'Suspect: on this day the area jumps and comes back within two days, which is probably an error in the source.',
      ]
    : [];
  return { heading, lines: [...lines, `${when}.${unchanged}`, ...suspect, ...MAP_STATE_LINES[map]] };
}
