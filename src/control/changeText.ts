import type { Locale } from '../i18n/locale';
import type { Day } from '../story/day';
import type { AreaChange } from './areaChange';

/** A full stop after a sentence, unless it ends with one already (a day written "4 липня 2022 р."). */
const period = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** "449 km²", "1.5 km²": tenths only where they matter, in the page's language. */
export const km2Text = (v: number, locale: Locale): string =>
  locale.t.change.km2(locale.number(Math.abs(v), Math.abs(v) >= 10 ? 0 : 1));

/** "From 24 June to 4 July 2022", the year once where both days share it. */
export function spanText(from: Day, to: Day, locale: Locale): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const first = a.slice(0, 4) === b.slice(0, 4) ? locale.dayInYear(a) : locale.day(a);
  return locale.t.change.span(first, locale.day(b));
}

/** What happened to a region's area: "grew by 449 km² and lost 1 km² (net +448 km²)". */
function regionWords({ gainedKm2, lostKm2 }: { gainedKm2: number; lostKm2: number }, locale: Locale): string {
  const words = locale.t.change;
  if (gainedKm2 <= 0 && lostKm2 <= 0) return words.unchanged;
  if (lostKm2 <= 0) return words.grew(km2Text(gainedKm2, locale));
  if (gainedKm2 <= 0) return words.lost(km2Text(lostKm2, locale));
  const net = Math.round((gainedKm2 - lostKm2) * 10) / 10;
  const sign = net > 0 ? '+' : net < 0 ? '−' : '';
  return words.grewLost(
    km2Text(gainedKm2, locale),
    km2Text(lostKm2, locale),
    `${sign}${km2Text(net, locale)}`,
  );
}

/**
 * One sentence for a layer's change between two days, region by region (all, or those named in
 * `only`), in the page's language: "From 24 June to 4 July 2022, DeepState's area in Luhansk
 * Oblast grew by 449 km² and lost 1 km² (net +448 km²); in Donetsk Oblast it did not change."
 * Where either day is one the layer leaves unknown, says there is no comparison for this source.
 */
export function changeText(
  source: string,
  from: Day,
  to: Day,
  change: Pick<AreaChange, 'byRegion'> | { unknown: Day },
  regionNames: ReadonlyMap<string, string>,
  locale: Locale,
  only?: readonly string[],
): string {
  const words = locale.t.change;
  if ('unknown' in change) return period(words.unknown(source, locale.day(change.unknown)));
  const regions = Object.entries(change.byRegion).filter(([id]) => !only || only.includes(id));
  const clauses = regions.map(([id, region], i) => {
    const name = regionNames.get(id) ?? id;
    return (i === 0 ? words.firstRegion : words.nextRegion)(name, regionWords(region, locale));
  });
  return period(words.area(spanText(from, to, locale), source, clauses.join('; ')));
}

/** The days whose map the source probably got wrong, said once: null when there are none. */
export function suspectText(source: string, days: readonly Day[], locale: Locale): string | null {
  if (days.length === 0) return null;
  const words = locale.t.change;
  return words.suspect(source, days.map((day) => locale.day(day)).join(` ${words.and} `));
}

/** What the sliver threshold left out, when it left out anything. */
export function sliverText(slivers: AreaChange['slivers'], minWidthM: number, locale: Locale): string | null {
  const total = slivers.gainedKm2 + slivers.lostKm2;
  if (total <= 0) return null;
  return locale.t.change.slivers(km2Text(total, locale), locale.number(minWidthM));
}
