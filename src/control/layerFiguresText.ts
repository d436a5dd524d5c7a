import type { Locale } from '../i18n/locale';
import type { ControlIndex, ControlInterval } from './controlIndex';
import { kindName } from './kindName';
import { asOf } from './layerFormat';

/** `17:08` of an ISO instant (UTC). */
const clock = (at: string): string => at.slice(11, 16);

/**
 * What the map shows of the layer on the day: the day's own area, another day's faded while the
 * day's file loads, or no area because the day's file could not be used.
 */
export type LayerMapState = 'drawn' | 'loading' | 'failed';

/**
 * An imported layer's figures for a day, in words in the page's language: one line per oblast,
 * then which of the source's snapshots they are as of, the suspect mark where the import set one,
 * and whether the map shows that area.
 */
export function layerFiguresText(
  index: ControlIndex,
  day: string,
  interval: ControlInterval | undefined,
  oblastNames: ReadonlyMap<string, string>,
  locale: Locale,
  map: LayerMapState = 'drawn',
): { heading: string; lines: string[] } {
  const words = locale.t.layers;
  const heading = words.figuresHeading(kindName(index.kind, words), index.source.name);
  if (!interval) {
    const first = index.intervals[0];
    const last = index.intervals[index.intervals.length - 1];
    const span = first && last ? [words.covers(locale.day(first.from), locale.day(last.to))] : [];
    return { heading, lines: [[words.noAssessment, ...span].join(' ')] };
  }
  const lines = Object.entries(interval.area).map(([id, a]) =>
    words.oblastShare(oblastNames.get(id) ?? id, locale.number(a.pct, 1), locale.number(a.km2)),
  );
  const snapshotDay = asOf(interval, day);
  const when =
    snapshotDay === interval.snapshot.date && interval.snapshot.at
      ? words.asOfAt(locale.day(snapshotDay), clock(interval.snapshot.at))
      : words.asOf(locale.day(snapshotDay));
  const unchanged =
    interval.from === interval.to
      ? []
      : [words.unchanged(locale.day(interval.from), locale.day(interval.to))];
  const suspect = interval.suspect ? [words.suspect] : [];
  const mapState = map === 'drawn' ? [] : [words[map]];
  return { heading, lines: [...lines, [when, ...unchanged].join(' '), ...suspect, ...mapState] };
}
