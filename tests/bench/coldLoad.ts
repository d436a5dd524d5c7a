import type { Browser } from '@playwright/test';

const IN_PAGE = 'tests/bench/inPage.js';

/**
 * Cold load: a fresh browser context (empty cache) per run, from navigation start to the map's
 * first `idle`, read from the page's own clock.
 */
export async function coldLoad(browser: Browser, url: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(url);
    samples.push(await page.evaluate('window.__bench.firstIdle'));
    await context.close();
  }
  return samples;
}
