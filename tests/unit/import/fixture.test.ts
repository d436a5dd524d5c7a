import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixtureDays, writeFixture } from '../../../scripts/import/fixture.ts';
import { runImport } from '../../../scripts/import/runImport.ts';
import { parseWhere } from '../../../scripts/import/where.ts';
import { importOptions, layerDir, readIndex, tempDir } from './helpers.ts';

const vertices = (fc: FeatureCollection): number =>
  fc.features.reduce(
    (n, f) => n + (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat().length : 0),
    0,
  );

describe('fixture generator', () => {
  it('is deterministic from its seed and about 5,000 vertices a day', () => {
    const a = [...fixtureDays({ days: 6, start: '2022-02-24', seed: 7 })];
    const b = [...fixtureDays({ days: 6, start: '2022-02-24', seed: 7 })];
    const c = [...fixtureDays({ days: 6, start: '2022-02-24', seed: 8 })];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    expect(a.map((d) => d.date)).toEqual([
      '2022-02-24',
      '2022-02-25',
      '2022-02-26',
      '2022-02-27',
      '2022-02-28',
      '2022-03-01',
    ]);
    for (const d of a) {
      expect(vertices(d.collection)).toBeGreaterThan(4000);
      expect(vertices(d.collection)).toBeLessThan(6500);
    }
  });

  it('writes dated files that import into fewer intervals than days', async () => {
    const dir = await tempDir();
    const { files, bytes } = await writeFixture(join(dir, 'in'), { days: 8, start: '2022-07-01', seed: 3 });
    expect(files.map((f) => basename(f))[0]).toBe('2022-07-01.geojson');
    const report = await runImport(
      importOptions([join(dir, 'in')], join(dir, 'out'), {
        where: [parseWhere('status=occupied')],
      }),
    );
    expect(report.snapshots).toBe(8);
    expect(report.bytesIn).toBe(bytes);
    expect(report.intervals).toBeLessThan(8);
    expect(report.intervals).toBeGreaterThan(1);
    expect(report.bytesOut / report.bytesIn).toBeLessThan(0.1);
    expect(Object.fromEntries(report.dropped)).toEqual({
      'not matching --where status=occupied': 8 * 3,
    });
    const index = await readIndex(join(dir, 'out'));
    expect(index.intervals).toHaveLength(report.intervals);
    for (const name of new Set(index.intervals.map((i) => i.geometry))) {
      const layer = JSON.parse(
        await readFile(join(layerDir(join(dir, 'out')), 'intervals', `${name}.geojson`), 'utf8'),
      ) as FeatureCollection;
      expect(layer.features).toHaveLength(1);
    }
  });
});
