import type { Day } from '../story/day';
import { formatDay } from '../story/formatDay';
import type { AreaChange } from './areaChange';

const wide = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const fine = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** "449 km²", "1.5 km²": tenths only where they matter. */
export const km2Text = (v: number): string => `${(Math.abs(v) >= 10 ? wide : fine).format(Math.abs(v))} km²`;

/** "From 24 June to 4 July 2022", the year once where both days share it. */
export function spanText(from: Day, to: Day): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const first = formatDay(a);
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  return `From ${sameYear ? first.slice(0, first.lastIndexOf(' ')) : first} to ${formatDay(b)}`;
}

/** What happened to a region's area: "grew by 449 km² and lost 1 km² (net +448 km²)". */
function regionWords({ gainedKm2, lostKm2 }: { gainedKm2: number; lostKm2: number }): string {
  if (gainedKm2 <= 0 && lostKm2 <= 0) return 'did not change';
  if (lostKm2 <= 0) return `grew by ${km2Text(gainedKm2)}`;
  if (gainedKm2 <= 0) return `lost ${km2Text(lostKm2)}`;
  const net = Math.round((gainedKm2 - lostKm2) * 10) / 10;
  const sign = net > 0 ? '+' : net < 0 ? '−' : '';
  return `grew by ${km2Text(gainedKm2)} and lost ${km2Text(lostKm2)} (net ${sign}${km2Text(net)})`;
}

/**
 * One sentence for a layer's change between two days, region by region (all, or those named in
 * `only`): "From 24 June to 4 July 2022, DeepState's area in Luhansk Oblast grew by 449 km² and
 * lost 1 km² (net +448 km²); in Donetsk Oblast it did not change." Where either day is one the
 * layer leaves unknown, says there is no comparison for this source.
 */
export function changeText(
  source: string,
  from: Day,
  to: Day,
  change: Pick<AreaChange, 'byRegion'> | { unknown: Day },
  regionNames: ReadonlyMap<string, string>,
  only?: readonly string[],
): string {
  if ('unknown' in change)
    return `No comparison for this source: ${source} has no assessment for ${formatDay(change.unknown)}.`;
  const regions = Object.entries(change.byRegion).filter(([id]) => !only || only.includes(id));
  const clauses = regions.map(([id, region], i) => {
    const name = regionNames.get(id) ?? id;
    return i === 0 ? `in ${name} ${regionWords(region)}` : `in ${name} it ${regionWords(region)}`;
  });
  return `${spanText(from, to)}, ${source}'s area ${clauses.join('; ')}.`;
}

/** The days whose map the source probably got wrong, said once: null when there are none. */
export function suspectText(source: string, days: readonly Day[]): string | null {
  if (days.length === 0) return null;
  const which = days.map(formatDay).join(' and ');
  return `Suspect: ${source}'s map for ${which} jumps and comes back within two days, probably an error in the source, so this change may be too.`;
}

/** What the sliver threshold left out, when it left out anything. */
export function sliverText(slivers: AreaChange['slivers'], minWidthM: number): string | null {
  const total = slivers.gainedKm2 + slivers.lostKm2;
  if (total <= 0) return null;
  return `Not counted: ${km2Text(total)} of slivers under ${minWidthM} m wide along an unchanged line (digitising noise).`;
}
