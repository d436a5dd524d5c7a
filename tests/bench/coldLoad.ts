import type { Browser } from '@playwright/test';
import { watchFrames } from './onScreen';

const IN_PAGE = 'tests/bench/inPage.js';

/** One cold load's moments, from navigation start by the page's own clock, ms. */
export interface ColdLoadRun {
  /** The map's first `idle`. */
  firstIdle: number;
  /** MapLibre's start (its constructor asking for a WebGL2 context). */
  mapStart: number | null;
  /** The `first-map` mark: the frame that paints the picture, as the page asked for it (null: no mark). */
  firstMap: number | null;
  /** The first compositor frame with the map's box painted: the picture as the reader saw it. */
  onScreen: number | null;
}

/**
 * Cold load: a fresh browser context (empty cache) per run, from navigation start to the map's
 * first `idle`, with the moment MapLibre started, the `first-map` mark and the first frame showing
 * the map's box painted beside it. Also returns
 * the paths the page requested by then.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ samples: number[]; runs: ColdLoadRun[]; requested: string[] }> {
  const out: ColdLoadRun[] = [];
  const requested = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    const frames = await watchFrames(page, 1024);
    page.on('request', (request) => requested.add(new URL(request.url()).pathname));
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(url);
    const firstIdle = await page.evaluate<number>('window.__bench.firstIdle');
    const mapStart = await page.evaluate<number | null>('window.__bench.mapStart');
    const firstMap = await page.evaluate<number | null>('window.__bench.firstMap()');
    const box = await page.locator('#map').boundingBox();
    const onScreen = box ? await frames.firstPainted(box) : null;
    out.push({ firstIdle, mapStart, firstMap, onScreen });
    await context.close();
  }
  return { samples: out.map((r) => r.firstIdle), runs: out, requested: [...requested] };
}
