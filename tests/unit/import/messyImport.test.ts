import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intervalAt } from '../../../src/control/intervalAt.ts';
import { writeMessyFixture, type MessyTruth } from '../../../scripts/import/fixture.ts';
import { runImport } from '../../../scripts/import/runImport.ts';
import { parseWhere } from '../../../scripts/import/where.ts';
import { importOptions, readIndex, tempDir } from './helpers.ts';

/**
 * The messy series (every kind of mess real archives have, see fixture/messPlan.ts) imported with
 * the filter a user finds with --list-values, held against the generator's truth: no day lost,
 * no share invented.
 */
describe('a messy real-size series imports truthfully', () => {
  it('keeps every day, takes each day’s last snapshot, flags the dropout, refuses the empty file and leaves the gap unknown', async () => {
    const dir = await tempDir();
    const written = await writeMessyFixture(dir, { days: 60, start: '2022-04-03', seed: 1 });
    const truth = JSON.parse(await readFile(written.truthFile, 'utf8')) as MessyTruth;
    const out = join(dir, 'out');
    const report = await runImport(
      importOptions([written.snapshotsDir], out, { where: [parseWhere(truth.where.cli)], onError: 'skip' }),
      { threads: 0 },
    );
    const index = await readIndex(out);

    // The one file with no occupied polygon is refused and named, not read as "no control".
    expect(report.skipped.map((e) => e.file)).toEqual(
      truth.noMatch.map((day) =>
        join(written.snapshotsDir, truth.days.find((d) => d.day === day)?.winner ?? ''),
      ),
    );
    expect(report.skipped[0]?.problem).toMatch(/^no polygon matches --where name~/);
    expect(report.problems).toEqual([]);
    const duplicates = truth.days.reduce((n, d) => n + Math.max(0, d.files.length - 1), 0);
    expect(report.superseded).toBe(duplicates);

    for (const day of truth.days) {
      const interval = intervalAt(index.intervals, day.day);
      if (day.inGap) {
        // Twelve days without a file: unknown, not carried over.
        expect(interval, day.day).toBeUndefined();
        continue;
      }
      expect(interval, `${day.day} has a state`).toBeDefined();
      if (!interval) continue;
      if (day.noMatch) continue;
      // The day's own snapshot is the last one of the day.
      if (interval.from === day.day) {
        const at = day.winnerUnixMs === null ? undefined : new Date(day.winnerUnixMs).toISOString();
        expect(interval.snapshot.at?.replace('Z', '.000Z').replace(/\.(\d{3})\.000Z$/, '.$1Z'), day.day).toBe(
          at,
        );
      }
      expect(interval.suspect === true, `${day.day} suspect`).toBe(day.dropout);
      if (day.km2 && !day.dropout) {
        for (const oblast of ['luhansk-oblast', 'donetsk-oblast'] as const) {
          const want = day.km2[oblast];
          const got = interval.area[oblast].km2;
          // Simplified to 100 m and rounded to 4 decimals: within 0.5 % of the true area.
          expect(Math.abs(got - want) / want, `${day.day} ${oblast}: ${got} vs ${want} km²`).toBeLessThan(
            0.005,
          );
        }
      }
    }
    expect(report.suspects.flatMap((s) => s.during.map((d) => d.date))).toEqual(
      expect.arrayContaining(truth.dropouts),
    );
  }, 120_000);
});
