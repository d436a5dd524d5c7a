import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';

const IN_PAGE = 'tests/bench/inPage.js';

const inPage = <T>(page: Page, call: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(`window.__bench.${call}(${args.map((a) => JSON.stringify(a)).join(', ')})`);

export interface ControlBenchResult {
  loadToIdle: number[];
  scrub: number[];
  heapAfter100: number;
  heapAfter10000: number;
}

/**
 * The app with an imported 1,000-day layer (served at /control/ by the caller): load to the idle
 * with the layer drawn, a timed scrub over interval changes across the series, and the JS heap
 * after 100 and after 10,000 scrub steps (a frame drawn every 100 steps; garbage collected first).
 */
export async function controlBench(
  browser: Browser,
  appUrl: string,
  layerDir: string,
  runs = 2,
): Promise<ControlBenchResult> {
  const index = JSON.parse(await readFile(join(layerDir, 'control.json'), 'utf8')) as {
    intervals: { from: string }[];
  };
  const days = index.intervals.map((i) => i.from);
  const loadToIdle: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript({ path: IN_PAGE });
    const t0 = Date.now();
    await page.goto(`${appUrl}?date=${days[0]}`);
    await inPage(page, 'controlReady');
    loadToIdle.push(Date.now() - t0);
    await context.close();
  }

  const context = await browser.newContext({ viewport: { width: 320, height: 240 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(`${appUrl}?date=${days[0]}`);
    await inPage(page, 'controlReady');
    // 200 interval changes spread over the whole series (every one would take a quarter hour here).
    const stride = Math.max(1, Math.floor(days.length / 200));
    const scrub = await inPage<number[]>(
      page,
      'scrubClaimline',
      days.filter((_, i) => i % stride === 0),
    );
    await inPage(page, 'churn', days, 100, 100);
    const heapAfter100 = await inPage<number>(page, 'heap');
    await inPage(page, 'churn', days, 9900, 100);
    const heapAfter10000 = await inPage<number>(page, 'heap');
    return { loadToIdle, scrub, heapAfter100, heapAfter10000 };
  } finally {
    await context.close();
  }
}
