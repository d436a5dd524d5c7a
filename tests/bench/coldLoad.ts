import type { Browser } from '@playwright/test';

/**
 * Cold load: a fresh browser context (empty cache) per run, from navigation start to the map's
 * first `idle`, read from the page's own clock.
 */
export async function coldLoad(browser: Browser, url: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // Installed before any app code runs, so the first idle cannot be missed.
      const w = window as unknown as { __firstIdle: Promise<number>; __claimline?: unknown };
      w.__firstIdle = new Promise<number>((resolve) => {
        const poll = () => {
          const handle = w.__claimline as { map: { once: (e: string, f: () => void) => void } } | undefined;
          if (handle) handle.map.once('idle', () => resolve(performance.now()));
          else setTimeout(poll, 5);
        };
        poll();
      });
    });
    await page.goto(url);
    samples.push(
      await page.evaluate(() => (window as unknown as { __firstIdle: Promise<number> }).__firstIdle),
    );
    await context.close();
  }
  return samples;
}
