import type { Browser, Page } from '@playwright/test';
import type { FeatureState } from '../../src/map/dayState';

export interface Viewport {
  width: number;
  height: number;
}

export interface ScrubSamples {
  claimline: number[];
  naive: number[];
  leaflet: number[];
}

/** Per-day feature-state, keyed by feature id, as the app computes it (for the peer page). */
export interface PeerStates {
  oblasts: Record<number, FeatureState>;
  cities: Record<number, FeatureState>;
}

const IN_PAGE = 'tests/bench/inPage.js';

/** (c) The peer: Leaflet removing and re-adding an L.geoJSON layer styled for the day. */
async function scrubLeaflet(
  page: Page,
  days: string[],
  states: Record<string, PeerStates>,
): Promise<number[]> {
  await page.waitForFunction('window.peer && window.peer.ready');
  return page.evaluate(`window.peer.run(${JSON.stringify(days)}, ${JSON.stringify(states)})`);
}

/** Calls a function of tests/bench/inPage.js in the page, with JSON arguments. */
const inPage = <T>(page: Page, call: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(`window.__bench.${call}(${args.map((a) => JSON.stringify(a)).join(', ')})`);

/** Runs the three scrub paths side by side in one browser at one viewport. */
export async function scrubBench(
  browser: Browser,
  urls: { app: string; peer: string },
  viewport: Viewport,
  days: string[],
  states: Record<string, PeerStates>,
  warmup = 10,
): Promise<ScrubSamples> {
  const context = await browser.newContext({ viewport });
  try {
    const app = await context.newPage();
    await app.addInitScript({ path: IN_PAGE });
    await app.goto(urls.app);
    await inPage(app, 'ready');
    await inPage(app, 'scrubClaimline', days.slice(0, warmup));
    const claimline = await inPage<number[]>(app, 'scrubClaimline', days);
    await inPage(app, 'scrubNaive', days.slice(0, warmup), states);
    const naive = await inPage<number[]>(app, 'scrubNaive', days, states);
    const peer = await context.newPage();
    await peer.goto(urls.peer);
    await scrubLeaflet(peer, days.slice(0, warmup), states);
    const leaflet = await scrubLeaflet(peer, days, states);
    return { claimline, naive, leaflet };
  } finally {
    await context.close();
  }
}
