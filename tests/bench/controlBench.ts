import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { DEFAULT_LAYER_ID } from '../../scripts/import/options.ts';

const IN_PAGE = 'tests/bench/inPage.js';
const LOAD_VIEWPORT = { width: 1024, height: 720 };

const inPage = <T>(page: Page, call: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(`window.__bench.${call}(${args.map((a) => JSON.stringify(a)).join(', ')})`);

interface Interval {
  id: number;
  from: string;
  to: string;
}

/** The intervals of the layer the bench imports (DEFAULT_LAYER_ID) under a layers' root. */
export const intervalsOf = async (root: string): Promise<Interval[]> =>
  (
    JSON.parse(await readFile(join(root, DEFAULT_LAYER_ID, 'control.json'), 'utf8')) as {
      intervals: Interval[];
    }
  ).intervals;

export interface ColdLoad {
  /** Navigation start to the map's last idle once nothing more was loading, ms. */
  toLastIdle: number;
  /** The layers' files fetched by then (list, index and geometry), and their bytes as sent. */
  layerRequests: number;
  layerBytes: number;
}

/**
 * One honest cold load: a fresh context (empty cache), navigation to the last `idle` of the map
 * after which nothing was requested and no idle came for `quietMs`; with a layer, its day's
 * interval must be drawn first. Counts the layer's files fetched by that idle.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  withLayer: boolean,
  quietMs = 1500,
): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: LOAD_VIEWPORT });
  try {
    const page = await context.newPage();
    let inFlight = 0;
    let lastActivity = Date.now();
    page.on('request', () => {
      inFlight++;
      lastActivity = Date.now();
    });
    const done = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(url);
    await page.evaluate('window.__bench.firstIdle');
    if (withLayer) await inPage(page, 'controlReady');
    let idles = 0;
    for (;;) {
      const count = await page.evaluate<number>('window.__bench.idles.length');
      if (count !== idles) {
        idles = count;
        lastActivity = Date.now();
      }
      if (inFlight === 0 && Date.now() - lastActivity >= quietMs) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return page.evaluate(`(() => {
      const last = window.__bench.idles.at(-1);
      const layer = performance.getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.includes('/control/') && e.responseEnd <= last);
      return {
        toLastIdle: last,
        layerRequests: layer.length,
        layerBytes: layer.reduce((n, e) => n + e.encodedBodySize, 0),
      };
    })()`);
  } finally {
    await context.close();
  }
}

/**
 * A page opened on `first` with the layer's interval drawn, then the layer's scrub over `days`
 * (inPage's scrubStreamed: each step timed to the idle at which its interval is drawn).
 */
export async function streamedScrub(browser: Browser, url: string, first: string, days: string[]) {
  const context = await browser.newContext({ viewport: { width: 320, height: 240 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(`${url}?date=${first}`);
    await inPage(page, 'controlReady');
    return await inPage<number[]>(page, 'scrubStreamed', days);
  } finally {
    await context.close();
  }
}

export interface ControlBenchResult {
  intervals: { big: number; small: number };
  load: { none: ColdLoad[]; big: ColdLoad[] };
  /** `big`: jumps across the series, each to a file not yet loaded; `drag`: interval to next. */
  scrub: { big: number[]; drag: number[]; small: number[] };
  play: { steps: number; changes: number; waits: number; seconds: number; last: string };
  heapAfter100: number;
  heapAfter10000: number;
  heldAfter10000: number;
}

/**
 * The streamed layer measured side by side in one run, on three copies of one build: with no
 * layer (`urls.none`), with a real-size layer (`urls.big`, its layers' root `dirs.big`) and with a
 * ten-interval one (`urls.small`). Cold loads alternate between no layer and the big one; scrub
 * is timed to the idle at which the day's interval is drawn, fetch included; play at normal speed
 * counts the steps that waited for their file; the heap is read after 100 and 10,000 scrub steps.
 */
export async function controlBench(
  browser: Browser,
  urls: { none: string; big: string; small: string },
  dirs: { big: string; small: string },
  runs = 5,
  steps = 200,
): Promise<ControlBenchResult> {
  const big = await intervalsOf(dirs.big);
  const small = await intervalsOf(dirs.small);
  const load = { none: [] as ColdLoad[], big: [] as ColdLoad[] };
  for (let i = 0; i < runs; i++) {
    load.none.push(await coldLoad(browser, `${urls.none}?date=${big[0]!.from}`, false));
    load.big.push(await coldLoad(browser, `${urls.big}?date=${big[0]!.from}`, true));
  }

  const scrubAt = (url: string, intervals: Interval[], days: string[]) =>
    streamedScrub(browser, url, intervals[0]!.from, days);
  // Big: `steps` interval changes spread over the whole series, each to a file not yet loaded.
  const stride = Math.max(1, Math.floor(big.length / steps));
  const bigDays = big.filter((_, i) => i % stride === 0).map((i) => i.from);
  // Small: the same number of steps, cycling through its intervals so every step changes one.
  const smallDays = Array.from({ length: bigDays.length }, (_, i) => small[(i + 1) % small.length]!.from);
  // Drag-like: from the middle of the series, each step to the next interval, so fetching ahead applies.
  const middle = Math.floor(big.length / 2);
  const dragDays = big.slice(middle, middle + bigDays.length + 1).map((i) => i.from);
  const dragStart = big[middle - 1] ?? big[0]!;
  const scrub = {
    big: await scrubAt(urls.big, big, bigDays),
    drag: await scrubAt(urls.big, [dragStart], dragDays),
    small: await scrubAt(urls.small, small, smallDays),
  };

  const context = await browser.newContext({ viewport: LOAD_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(`${urls.big}?date=${big[0]!.from}`);
    await inPage(page, 'controlReady');
    const play = await inPage<ControlBenchResult['play']>(page, 'play', 'normal', 120_000);
    const days = big.map((i) => i.from);
    await inPage(page, 'churn', days, 100, 100);
    await inPage(page, 'controlSettled');
    const heapAfter100 = await inPage<number>(page, 'heap');
    await inPage(page, 'churn', days, 9900, 100);
    await inPage(page, 'controlSettled');
    const heapAfter10000 = await inPage<number>(page, 'heap');
    const heldAfter10000 = (await inPage<{ held: number }>(page, 'controlStatus')).held;
    return {
      intervals: { big: big.length, small: small.length },
      load,
      scrub,
      play,
      heapAfter100,
      heapAfter10000,
      heldAfter10000,
    };
  } finally {
    await context.close();
  }
}
