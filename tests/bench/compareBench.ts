import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { DEFAULT_LAYER_ID } from '../../scripts/import/options.ts';

const IN_PAGE = 'tests/bench/inPage.js';

const inPage = <T>(page: Page, call: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(`window.__bench.${call}(${args.map((a) => JSON.stringify(a)).join(', ')})`);

/** One comparison timed: setting the second day to the difference on screen, and long frames meanwhile. */
export interface CompareTime {
  ms: number;
  /** The longest frame (or task) on the page's thread while it ran, and how many passed 50 ms. */
  longest: number;
  over50: number;
  /** What the browser reported: long animation frames, or long tasks where it has none. */
  type: string;
  /** The longest task on the page's thread (long tasks are those over 50 ms; 0: none), and how many. */
  longestTask: number;
  tasksOver50: number;
}

export interface CompareBenchResult {
  intervals: number;
  /** The first comparison of a page: the comparison's code, its worker and both files loaded. */
  first: CompareTime;
  /**
   * By intervals apart: each pair new to the page (neither its files nor its change held). `second`:
   * the day shown already drawn, only the second day set, as the reader does with the Compare
   * control (the measure); `both`: the day and the second day set at once, as a link does.
   */
  apart: Record<number, { second: CompareTime[]; both: CompareTime[] }>;
}

/**
 * The comparison of two days on the real-size streamed layer (its layers' root `dir`, served
 * under `url`): pairs of days `gaps` intervals apart, spread over the series, each new to the
 * page, set in one change of the store as a link or the day field would; timed to the words
 * and the map showing the change, with the long frames on the page's thread meanwhile.
 */
export async function compareBench(
  browser: Browser,
  url: string,
  dir: string,
  gaps: readonly number[] = [10, 500],
  pairs = 15,
): Promise<CompareBenchResult> {
  const { intervals } = JSON.parse(await readFile(join(dir, DEFAULT_LAYER_ID, 'control.json'), 'utf8')) as {
    intervals: { from: string }[];
  };
  const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(`${url}?date=${intervals[0]!.from}`);
    await inPage(page, 'controlReady');
    const day = (i: number) => intervals[Math.min(i, intervals.length - 1)]!.from;
    const [first] = await inPage<CompareTime[]>(page, 'compareTimes', [[day(0), day(1)]]);
    const apart: CompareBenchResult['apart'] = {};
    for (const [g, gap] of gaps.entries()) {
      // Starts spread over what the gap leaves, shifted per gap so no pair repeats another's files.
      const room = Math.max(1, intervals.length - gap - 2);
      const starts = Array.from(
        { length: pairs },
        (_, k) => 2 + ((Math.floor((k * room) / pairs) + g * 3) % room),
      );
      const list = starts.map((start) => [day(start), day(start + gap)]);
      // The same pairs one interval later for the second mode, so neither reuses the other's files
      // or changes.
      const shifted = starts.map((start) => [day(start + 1), day(start + 1 + gap)]);
      apart[gap] = {
        both: await inPage<CompareTime[]>(page, 'compareTimes', list),
        second: await inPage<CompareTime[]>(page, 'compareTimes', shifted, true),
      };
    }
    return { intervals: intervals.length, first: first!, apart };
  } finally {
    await context.close();
  }
}
