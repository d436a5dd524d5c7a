/** The snapshot reader on the files the property tests (tests/unit/fuzz) found it could not read. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../scripts/import/readSnapshot.ts';
import { IN_LUHANSK, tempDir } from './helpers.ts';

async function fileWith(text: string, name = '2022-07-03.geojson'): Promise<string> {
  const file = join(await tempDir(), name);
  await writeFile(file, text);
  return file;
}

describe('readSnapshot, cases found by fuzzing', () => {
  it('reads a polygon inside GeometryCollections nested 5,000 deep (it overflowed the call stack)', async () => {
    const polygon = JSON.stringify({ type: 'Polygon', coordinates: [IN_LUHANSK] });
    const geometry = `${'{"type":"GeometryCollection","geometries":['.repeat(5000)}${polygon}${']}'.repeat(5000)}`;
    const file = await fileWith(
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":${geometry}}]}`,
    );
    const result = await readSnapshot(file, { where: [] });
    expect(result.polygons).toEqual([{ feature: 1, type: 'Polygon', coordinates: [IN_LUHANSK] }]);
  });

  it('keeps the message short when the file holds a huge type or date', async () => {
    const type = 'FeatureCollection'.repeat(10_000);
    const typed = await fileWith(JSON.stringify({ type }));
    await expect(readSnapshot(typed, { where: [] })).rejects.toThrow(
      `${typed}: not GeoJSON (expected a FeatureCollection, Feature or geometry; found type "${type.slice(0, 60)}…")`,
    );
    const dated = await fileWith(
      JSON.stringify({ type: 'FeatureCollection', features: [], date: '9'.repeat(1e5) }),
      'latest.geojson',
    );
    await expect(readSnapshot(dated, { where: [], dateProperty: 'date' })).rejects.toThrow(
      `${dated}: unparsable date "${'9'.repeat(60)}…" (not a timestamp)`,
    );
  });
});
