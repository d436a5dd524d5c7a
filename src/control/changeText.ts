import type { Day } from '../story/day';
import { formatDay } from '../story/formatDay';
import type { AreaChange } from './areaChange';

const wide = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const fine = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** "449 km²", "1.5 km²": tenths only where they matter. */
const km2 = (v: number): string => `${(v >= 10 ? wide : fine).format(v)} km²`;

/** "From 24 June to 4 July 2022", the year once where both days share it. */
export function spanText(from: Day, to: Day): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const first = formatDay(a);
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  return `From ${sameYear ? first.slice(0, first.lastIndexOf(' ')) : first} to ${formatDay(b)}`;
}

/** What happened to a region's area: ["grew by 449 km²", "lost 1 km²"], or nothing. */
function regionParts(change: { gainedKm2: number; lostKm2: number }): string[] {
  return [
    ...(change.gainedKm2 > 0 ? [`grew by ${km2(change.gainedKm2)}`] : []),
    ...(change.lostKm2 > 0 ? [`lost ${km2(change.lostKm2)}`] : []),
  ];
}

/**
 * One sentence for a layer's change between two days, region by region: "From 24 June to 4 July
 * 2022, DeepState's area grew by 449 km² in Luhansk Oblast and lost 1 km²; in Donetsk Oblast it
 * did not change." Where either day is one the layer leaves unknown, says there is no comparison.
 */
export function changeText(
  source: string,
  from: Day,
  to: Day,
  change: AreaChange | { unknown: Day },
  regionNames: ReadonlyMap<string, string>,
): string {
  if ('unknown' in change)
    return `No comparison for ${source}: it has no assessment for ${formatDay(change.unknown)}.`;
  const clauses = Object.entries(change.byRegion).map(([id, region], i) => {
    const name = regionNames.get(id) ?? id;
    const [first, second] = regionParts(region);
    if (i > 0)
      return `in ${name} it ${first ? [first, second].filter(Boolean).join(' and ') : 'did not change'}`;
    if (!first) return `did not change in ${name}`;
    return `${first} in ${name}${second ? ` and ${second}` : ''}`;
  });
  return `${spanText(from, to)}, ${source}'s area ${clauses.join('; ')}.`;
}
