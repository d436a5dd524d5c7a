import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intervalAt } from '../../../src/control/intervalAt.ts';
import type { ControlIndex, LayerKind, LayerList } from '../../../src/control/layerFormat.ts';
import { TWO_SOURCES, twoSourceDays, writeTwoSourceFixture } from '../../../scripts/import/fixture.ts';
import { runImport } from '../../../scripts/import/runImport.ts';
import { removeLayer } from '../../../scripts/import/writeLayers.ts';
import { importOptions, layerDir, listDir, readIndex, readLayerFiles, tempDir } from './helpers.ts';

/** Both sources imported into one root, A then B; returns the folders. */
async function importBoth() {
  const dir = await tempDir();
  const sources = await writeTwoSourceFixture(join(dir, 'in'));
  const out = join(dir, 'control');
  const importSource = (
    plan: typeof TWO_SOURCES.a | typeof TWO_SOURCES.b,
    input: string,
    kind: LayerKind = 'assessed',
  ) =>
    runImport(
      importOptions([input], out, {
        layer: plan.id,
        kind,
        source: { name: plan.name, licence: 'generated for tests', url: `https://example.org/${plan.id}` },
      }),
      // Small boxes: one thread is quicker than starting workers.
      { threads: 0 },
    );
  return { dir, sources, out, importSource };
}

const readList = async (out: string) =>
  JSON.parse(await readFile(join(out, 'layers.json'), 'utf8')) as LayerList;

/** The days on which a city is inside the layer's area. */
const daysInside = (index: ControlIndex, place: string) =>
  twoSourceDays().filter((day) => intervalAt(index.intervals, day)?.places.includes(place));

describe('two sources side by side', () => {
  it('import into one root: the list, both indexes, and the days they disagree on, exactly', async () => {
    const { out, sources, importSource } = await importBoth();
    await importSource(TWO_SOURCES.a, sources.a);
    const report = await importSource(TWO_SOURCES.b, sources.b);
    expect(report).toMatchObject({ layer: 'source-b', layers: ['source-a', 'source-b'], snapshots: 42 });

    expect(await listDir(out)).toEqual(['layers.json', 'source-a', 'source-b']);
    expect(await readList(out)).toEqual({
      format: 'claimline-layers/1',
      layers: ['a', 'b'].map((key) => {
        const plan = TWO_SOURCES[key as 'a' | 'b'];
        return {
          id: plan.id,
          kind: 'assessed',
          source: { name: plan.name, licence: 'generated for tests', url: `https://example.org/${plan.id}` },
          from: '2022-06-20',
          to: '2022-07-31',
          index: `control/${plan.id}/control.json`,
        };
      }),
    });

    const a = await readIndex(out, 'source-a');
    const b = await readIndex(out, 'source-b');
    expect([a.id, a.kind, a.format, b.id, b.source.name]).toEqual([
      'source-a',
      'assessed',
      'claimline-control/4',
      'source-b',
      'Synthetic source B',
    ]);
    // Each source changes only on its own two days.
    expect(a.intervals.map((i) => [i.from, i.to])).toEqual([
      ['2022-06-20', '2022-06-24'],
      ['2022-06-25', '2022-07-02'],
      ['2022-07-03', '2022-07-31'],
    ]);
    expect(b.intervals.map((i) => [i.from, i.to])).toEqual([
      ['2022-06-20', '2022-06-26'],
      ['2022-06-27', '2022-07-07'],
      ['2022-07-08', '2022-07-31'],
    ]);
    const from = (day: string) => twoSourceDays().filter((d) => d >= day);
    expect(daysInside(a, 'sievierodonetsk')).toEqual(from('2022-06-25'));
    expect(daysInside(b, 'sievierodonetsk')).toEqual(from('2022-06-27'));
    expect(daysInside(a, 'lysychansk')).toEqual(from('2022-07-03'));
    expect(daysInside(b, 'lysychansk')).toEqual(from('2022-07-08'));
    // Those are the only days on which their places differ.
    const placesOn = (index: ControlIndex, day: string) => intervalAt(index.intervals, day)?.places ?? [];
    const disagree = twoSourceDays().filter((day) => placesOn(a, day).join() !== placesOn(b, day).join());
    expect(disagree).toEqual([
      '2022-06-25',
      '2022-06-26',
      '2022-07-03',
      '2022-07-04',
      '2022-07-05',
      '2022-07-06',
      '2022-07-07',
    ]);
    expect(placesOn(a, '2022-06-20')).toEqual(['luhansk', 'rubizhne', 'kreminna', 'alchevsk']);
    // The areas differ a little every day, as two monitors' lines do.
    expect(a.intervals[0]!.area['luhansk-oblast'].km2).toBeGreaterThan(
      b.intervals[0]!.area['luhansk-oblast'].km2,
    );
  });

  it('replacing layer A keeps its place and leaves B’s bytes untouched; removing A leaves B intact', async () => {
    const { out, sources, importSource } = await importBoth();
    await importSource(TWO_SOURCES.a, sources.a);
    await importSource(TWO_SOURCES.b, sources.b);
    const bBefore = await readLayerFiles(layerDir(out, 'source-b'));
    const listBefore = await readList(out);

    // A again, now as a claimed layer: its entry changes in its place, B's folder not at all.
    await importSource(TWO_SOURCES.a, sources.a, 'claimed');
    const listAfter = await readList(out);
    expect(listAfter.layers.map((l) => [l.id, l.kind])).toEqual([
      ['source-a', 'claimed'],
      ['source-b', 'assessed'],
    ]);
    expect(listAfter.layers[1]).toEqual(listBefore.layers[1]);
    expect((await readIndex(out, 'source-a')).kind).toBe('claimed');
    expect(await readLayerFiles(layerDir(out, 'source-b'))).toEqual(bBefore);

    const left = await removeLayer(out, 'source-a');
    expect(left.layers.map((l) => l.id)).toEqual(['source-b']);
    expect(await listDir(out)).toEqual(['layers.json', 'source-b']);
    expect(await readList(out)).toEqual({ format: 'claimline-layers/1', layers: [listBefore.layers[1]] });
    expect(await readLayerFiles(layerDir(out, 'source-b'))).toEqual(bBefore);
    await expect(removeLayer(out, 'source-a')).rejects.toThrow(
      `--remove-layer source-a: ${join(out, 'layers.json')} lists no such layer (it lists source-b); nothing changed`,
    );
  });
});
