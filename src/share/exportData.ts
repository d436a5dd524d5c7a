import { areaGeoJson } from './areaGeoJson';
import { dataCsv } from './dataRows';
import { saveFile } from './saveFile';
import type { ShareSource } from './shareSource';

/** The figures as CSV: every imported layer's days, then the story's claims. Says what it saved. */
export async function exportCsv(source: ShareSource): Promise<string> {
  const { layers } = await source.loaded;
  const text = dataCsv(
    source.story,
    layers.map((layer) => layer.index),
  );
  const name = 'claimline-data.csv';
  saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
  return source.locale.t.exports.savedCsv(name, layers.length, source.story.claims.length);
}

/** The day's area of each imported layer as GeoJSON; says what it saved and which layers had none. */
export async function exportArea(source: ShareSource): Promise<string> {
  const day = source.store.get().day;
  const { layers } = await source.loaded;
  const words = source.locale.t.exports;
  if (!layers.length) return words.noLayer;
  const { collection, missing } = await areaGeoJson(layers, day, source.locale);
  const name = `claimline-area-${day}.geojson`;
  if (collection.features.length)
    saveFile(new Blob([`${JSON.stringify(collection)}\n`], { type: 'application/geo+json' }), name);
  const saved = collection.features.length ? words.savedArea(name) : words.noArea;
  return missing.length ? `${saved} ${words.leftOut(missing.join('; '))}` : saved;
}
