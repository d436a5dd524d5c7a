import { csvFormat } from 'd3-dsv';
import { layerSpan } from '../control/controlIndex';
import { intervalAt } from '../control/intervalAt';
import { asOf, OBLAST_IDS, type ControlIndex } from '../control/layerFormat';
import { addDays, type Story } from '../story';
import { claimText } from '../story/claimText';

/** The CSV's columns, in order: what a row is, its day, the layer's figures, then the claim's. */
export const DATA_COLUMNS = [
  'record',
  'day',
  'layer',
  'kind',
  'source',
  'licence',
  'snapshot',
  'suspect',
  ...OBLAST_IDS.flatMap((id) => [`${id}_share_pct`, `${id}_km2`]),
  'claim',
  'party',
  'places',
  'claim_to',
  'said',
] as const;

type Row = Partial<Record<(typeof DATA_COLUMNS)[number], string | number>>;

/**
 * One row per day and layer over the layer's span: its share and km² of each oblast, its source,
 * licence and the snapshot the day's state is as of. A day no interval covers is a row with the
 * snapshot `unknown` and no figures, so a gap is never read as no area.
 */
export function layerRows(index: ControlIndex): Row[] {
  const span = layerSpan(index);
  if (!span) return [];
  const rows: Row[] = [];
  const base = {
    record: 'layer',
    layer: index.id,
    kind: index.kind,
    source: index.source.name,
    licence: index.source.licence,
  };
  for (let day = span[0]; day <= span[1]; day = addDays(day, 1)) {
    const interval = intervalAt(index.intervals, day);
    if (!interval) {
      rows.push({ ...base, day, snapshot: 'unknown' });
      continue;
    }
    const figures: Row = {};
    for (const id of OBLAST_IDS) {
      figures[`${id}_share_pct`] = interval.area[id].pct;
      figures[`${id}_km2`] = interval.area[id].km2;
    }
    rows.push({
      ...base,
      day,
      snapshot: asOf(interval, day),
      suspect: interval.suspect ? 'yes' : '',
      ...figures,
    });
  }
  return rows;
}

/** One row per claim of the story: its first day, last day (empty while in force), party, places, words. */
export function claimRows(story: Story): Row[] {
  return story.claims.map((claim) => ({
    record: 'claim',
    day: claim.from,
    claim: claim.id,
    party: story.partyById.get(claim.party)?.name ?? claim.party,
    places: (claim.places ?? []).map((id) => story.placeById.get(id)?.names.en ?? id).join('; '),
    claim_to: claim.to ?? '',
    said: claimText(story, claim),
  }));
}

/** The data export: a header row, then every layer's days, then the story's claims, as CSV text. */
export function dataCsv(story: Story, layers: readonly ControlIndex[]): string {
  const rows = [...layers.flatMap(layerRows), ...claimRows(story)];
  return `${csvFormat(rows, [...DATA_COLUMNS])}\n`;
}
