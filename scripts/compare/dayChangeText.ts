import type { DayChange } from './dayChange.ts';

const km2 = (v: number): string => `${v.toFixed(1)} km²`;
const signed = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)} km²`;

/**
 * A layer's change between two days as plain lines: the snapshot that stands for each day, then
 * gained, lost and net per region (in `names`' order, named by it), then the slivers left out.
 */
export function dayChangeText(
  layer: string,
  result: DayChange,
  names: ReadonlyMap<string, string>,
  minWidthM: number,
): string {
  if ('unknown' in result) return `${layer}: no comparison: the layer leaves ${result.unknown} unknown`;
  const lines = [
    `${layer}: from ${result.days[0].day} to ${result.days[1].day}, pieces under ${minWidthM} m wide left out`,
  ];
  for (const day of result.days) {
    const at = day.snapshot.at ? ` (${day.snapshot.at})` : '';
    const seen = day.asOf !== day.snapshot.date ? `, seen again ${day.asOf}` : '';
    const suspect = day.suspect ? ', marked suspect' : '';
    lines.push(`  ${day.day}: snapshot of ${day.snapshot.date}${at}${seen}${suspect}, file ${day.geometry}`);
  }
  for (const [id, name] of names) {
    const region = result.change.byRegion[id];
    if (!region) continue;
    const net = Math.round((region.gainedKm2 - region.lostKm2) * 10) / 10;
    lines.push(`  ${name}: gained ${km2(region.gainedKm2)}, lost ${km2(region.lostKm2)}, net ${signed(net)}`);
  }
  const { slivers } = result.change;
  lines.push(
    `  slivers left out (all regions): gained ${km2(slivers.gainedKm2)}, lost ${km2(slivers.lostKm2)}`,
  );
  return lines.join('\n');
}
