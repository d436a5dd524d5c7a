/**
 * `npm run bench:compare -- OTHER_DIST`: this build's dist/ against another build of the app (an
 * earlier commit's dist/), measured in one run with the runs interleaved (A, B, A, B…), so that
 * whatever else the machine is doing weighs on both alike. Cold load to first idle at 1024x720 and
 * the story scrub at 320x240 (change -> next idle), with ratios.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { coldLoad } from './coldLoad';
import { serveFolders } from './staticServer';
import { ms, summary } from './stats';

const IN_PAGE = 'tests/bench/inPage.js';

async function scrub(browser: Browser, url: string, days: string[]): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 320, height: 240 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: IN_PAGE });
    await page.goto(url);
    await page.evaluate('window.__bench.ready()');
    await page.evaluate(`window.__bench.scrubClaimline(${JSON.stringify(days.slice(0, 10))})`);
    return await page.evaluate(`window.__bench.scrubClaimline(${JSON.stringify(days)})`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) throw new Error('usage: npm run bench:compare -- path/to/other/dist');
  const rounds = Number(process.env.BENCH_RUNS ?? 7);
  const steps = Number(process.env.BENCH_STEPS ?? 100);
  const days = Array.from({ length: steps }, (_, i) => (i % 2 === 0 ? '2022-06-24' : '2022-07-04'));
  const server = await serveFolders({ '/b/': 'dist', '/a/': other }, 4175);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const load = { a: [] as number[], b: [] as number[] };
  const step = { a: [] as number[], b: [] as number[] };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const side of ['a', 'b'] as const) {
        load[side].push(...(await coldLoad(browser, `${server.url}${side}/`, 1)).samples);
        step[side].push(...(await scrub(browser, `${server.url}${side}/?date=2022-07-04`, days)));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const report = (title: string, a: number[], b: number[]) => {
    const sa = summary(a);
    const sb = summary(b);
    console.log(
      `${title}: other p50 ${ms(sa.p50)} p95 ${ms(sa.p95)} | this p50 ${ms(sb.p50)} p95 ${ms(sb.p95)} | ` +
        `this/other p50 ${(sb.p50 / sa.p50).toFixed(2)}x`,
    );
  };
  console.log(`## ${other} (other) against dist/ (this), ${rounds} interleaved rounds`);
  report('cold load to first idle, 1024x720', load.a, load.b);
  report(`story scrub, 320x240, ${steps} steps a round`, step.a, step.b);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
