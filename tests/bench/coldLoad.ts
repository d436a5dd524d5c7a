import type { Browser } from '@playwright/test';

const IN_PAGE = 'tests/bench/inPage.js';

/**
 * Cold load: a fresh browser context (empty cache) per run, from navigation start to the map's
 * first `idle`, read from the page's own clock. Also returns the paths the page requested by then.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ samples: number[]; requested: string[] }> {
  const samples: number[] = [];
  const requested = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    page.on('request', (request) => requested.add(new URL(request.url()).pathname));
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(url);
    samples.push(await page.evaluate('window.__bench.firstIdle'));
    await context.close();
  }
  return { samples, requested: [...requested] };
}
