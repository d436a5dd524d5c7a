/**
 * `npm run bench:compare -- OTHER_DIST`: this build's dist/ against another build of the app (an
 * earlier commit's dist/), measured in one run with the runs interleaved (A, B, A, B…), so that
 * whatever else the machine is doing weighs on both alike. Cold load to first idle at 1024x720 and
 * the story scrub at 320x240 (change -> next idle), with ratios.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { coldLoad, type ColdLoadRun } from './coldLoad';
import { firstLoad } from './distSizes';
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
  const load = { a: [] as ColdLoadRun[], b: [] as ColdLoadRun[] };
  const requested = { a: new Set<string>(), b: new Set<string>() };
  const step = { a: [] as number[], b: [] as number[] };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const side of ['a', 'b'] as const) {
        const cold = await coldLoad(browser, `${server.url}${side}/`, 1);
        load[side].push(...cold.runs);
        for (const path of cold.requested) requested[side].add(path);
        step[side].push(...(await scrub(browser, `${server.url}${side}/?date=2022-07-04`, days)));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const report = (title: string, a: number[], b: number[]) => {
    if (a.length === 0 || b.length === 0) {
      const one = (samples: number[]) => (samples.length ? `p50 ${ms(summary(samples).p50)}` : 'none');
      return console.log(`${title}: other ${one(a)} | this ${one(b)}`);
    }
    const sa = summary(a);
    const sb = summary(b);
    console.log(
      `${title}: other p50 ${ms(sa.p50)} p95 ${ms(sa.p95)} | this p50 ${ms(sb.p50)} p95 ${ms(sb.p95)} | ` +
        `this/other p50 ${(sb.p50 / sa.p50).toFixed(2)}x`,
    );
  };
  const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
  const moment = (side: 'a' | 'b', key: keyof ColdLoadRun) => known(load[side].map((r) => r[key]));
  console.log(`## ${other} (other) against dist/ (this), ${rounds} interleaved rounds`);
  report('cold load to first idle, 1024x720', moment('a', 'firstIdle'), moment('b', 'firstIdle'));
  report('cold load to MapLibre start', moment('a', 'mapStart'), moment('b', 'mapStart'));
  report('cold load to first-map (the mark)', moment('a', 'firstMap'), moment('b', 'firstMap'));
  report('cold load to the map painted on screen', moment('a', 'onScreen'), moment('b', 'onScreen'));
  const ratio = (side: 'a' | 'b') =>
    load[side].flatMap((r) => (r.firstMap === null ? [] : [r.firstMap / r.firstIdle]));
  const ratios = ratio('b');
  if (ratios.length)
    console.log(`this: first-map / first idle, median of runs ${summary(ratios).p50.toFixed(2)}`);
  report(`story scrub, 320x240, ${steps} steps a round`, step.a, step.b);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sizeA = firstLoad(other, [...requested.a], '/a/');
  const sizeB = firstLoad('dist', [...requested.b], '/b/');
  console.log(
    `Claimline's own first load (code + data requested by the first idle, gzip; not maplibre-gl or fonts): ` +
      `other ${kb(sizeA.gzip)} | this ${kb(sizeB.gzip)}`,
  );
  console.log(`other: ${sizeA.files.join(', ')}`);
  console.log(`this:  ${sizeB.files.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
