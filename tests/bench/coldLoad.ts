import type { Browser } from '@playwright/test';
import { watchFrames, type Box } from './onScreen';

const IN_PAGE = 'tests/bench/inPage.js';
/** How long a load may take to its first idle before the run counts it as never idle, ms. */
const IDLE_LIMIT_MS = 30000;

/** One cold load's moments, from navigation start by the page's own clock, ms. */
export interface ColdLoadRun {
  /** The map's first `idle` (null: the build has no map handle, or no idle within the limit). */
  firstIdle: number | null;
  /** The browser's first contentful paint (its paint timing; null: none reported). */
  firstContentfulPaint: number | null;
  /** MapLibre's start (its constructor asking for a WebGL2 context). */
  mapStart: number | null;
  /** The `first-map` mark: the frame that paints the picture, as the page asked for it (null: no mark). */
  firstMap: number | null;
  /** The first compositor frame with the map's box painted: the picture as the reader saw it. */
  onScreen: number | null;
}

/**
 * Cold load: a fresh browser context (empty cache) per run, from navigation start to the map's
 * first `idle`, with the first contentful paint, the moment MapLibre started, the `first-map` mark
 * and the first frame showing the map's box painted beside it. Also returns the paths the page
 * requested by then, and the map's box (CSS pixels) at the end of the last run.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ runs: ColdLoadRun[]; requested: string[]; mapBox: Box | null }> {
  const out: ColdLoadRun[] = [];
  let mapBox: Box | null = null;
  const requested = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    const frames = await watchFrames(page, 1024);
    page.on('request', (request) => requested.add(new URL(request.url()).pathname));
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(url);
    const firstIdle = await page.evaluate<number | null>(
      `Promise.race([window.__bench.firstIdle, new Promise((r) => setTimeout(() => r(null), ${IDLE_LIMIT_MS}))])`,
    );
    const firstContentfulPaint = await page.evaluate<number | null>('window.__bench.firstContentfulPaint()');
    const mapStart = await page.evaluate<number | null>('window.__bench.mapStart');
    const firstMap = await page.evaluate<number | null>('window.__bench.firstMap()');
    mapBox = await page.locator('#map').boundingBox();
    const onScreen = mapBox ? await frames.firstPainted(mapBox) : null;
    out.push({ firstIdle, firstContentfulPaint, mapStart, firstMap, onScreen });
    await context.close();
  }
  return { runs: out, requested: [...requested], mapBox };
}
