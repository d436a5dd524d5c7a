import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { addDays } from '../../src/story/day.ts';
import { FrontModel } from './fixture/frontModel.ts';

/**
 * A synthetic archive of daily control snapshots over Luhansk and Donetsk oblasts, made from a
 * seed (nothing third-party is committed). Each day: two "occupied" sectors east of a noisy front
 * line (north and south, sharing an edge), a "contested" strip along part of the front, a few
 * occupied islands west of the front that appear and vanish, plus a point and a line that the
 * import must drop. About 5,000 vertices a day, coordinates with 6 decimals.
 *
 * That is the tidy series. The messy, real-size one (every kind of mess the real archives have, and
 * a truth.json) is fixture/messyFixture.ts, and two sources that disagree for a few days are
 * fixture/twoSources.ts, both re-exported at the end of this file.
 */
export interface FixtureOptions {
  days: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  seed: number;
}

export const FIXTURE_DEFAULTS: FixtureOptions = { days: 30, start: '2022-02-24', seed: 1 };

/** Calls `onDay` for each generated day, in order. */
export function* fixtureDays(
  options: FixtureOptions,
): Generator<{ date: string; collection: FeatureCollection }> {
  const model = new FrontModel(options.seed);
  for (let day = 0; day < options.days; day++) {
    model.advance(day);
    const date = addDays(options.start, day);
    const collection = { type: 'FeatureCollection', properties: { date }, features: model.features(date) };
    yield { date, collection: collection as FeatureCollection };
  }
}

/** Writes `<dir>/<date>.geojson` for each day; returns the file paths and total bytes. */
export async function writeFixture(
  dir: string,
  options: FixtureOptions,
): Promise<{ files: string[]; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (const { date, collection } of fixtureDays(options)) {
    const file = join(dir, `${date}.geojson`);
    const text = JSON.stringify(collection);
    await writeFile(file, text, 'utf8');
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

// The messy series (real-size, with every kind of mess the real archives have, and its truth).
export { messyFixture, type MessyDay, type MessySnapshot } from './fixture/messyFixture.ts';
export { writeMessyFixture, type MessyWriteResult } from './fixture/writeMessyFixture.ts';
export { MESSY_DEFAULTS, planDay, type DayPlan, type Mess, type MessyOptions } from './fixture/messPlan.ts';
export type { MessyTruth, TruthDay, TruthFile } from './fixture/messyTruth.ts';
export { OCCUPIED_PATTERN } from './fixture/categories.ts';
// Two sources that disagree for a few days (several layers side by side).
export {
  TWO_SOURCES,
  twoSourceDays,
  writeTwoSourceFixture,
  type SourcePlan,
  type TwoSourceFolders,
} from './fixture/twoSources.ts';
