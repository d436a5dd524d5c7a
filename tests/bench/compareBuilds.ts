/**
 * `npm run bench:compare -- [--commit REV]... [OTHER_DIST]...`: this build's dist/ against other
 * builds of the app, measured in one run with the cold loads interleaved (A, B, C, A, B, C…), so
 * that whatever else the machine is doing weighs on all alike. `--commit` builds a commit in a
 * temporary worktree (commitBuild, cached by hash); a path is an already built dist/ folder.
 *
 * Each round and build: a cold load at 1024x720 (first contentful paint, the first frame with the
 * map box painted, the `first-map` mark, MapLibre's start and first idle), a cold load pressing the
 * slider's keys (keyAnswer) and the story scrub at 320x240 (change -> next idle). Then medians,
 * spreads and ratios, and the same figures as a markdown table. BENCH_RUNS rounds (7),
 * BENCH_STEPS scrub steps a round (100).
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { coldLoad } from './coldLoad';
import { commitBuild } from './commitBuild';
import { printComparison, type BuildFigures } from './compareReport';
import { firstLoad } from './distSizes';
import { keyAnswer } from './keyAnswer';
import type { Box } from './onScreen';
import { serveFolders } from './staticServer';

const IN_PAGE = 'tests/bench/inPage.js';
const USAGE = 'usage: npm run bench:compare -- [--commit REV]... [path/to/other/dist]...';

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

/** The builds to set beside this one: each commit built (or found built), then each dist folder. */
function otherBuilds(args: string[]): { label: string; root: string }[] {
  const { values, positionals } = parseArgs({
    args,
    options: { commit: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  const commits = (values.commit ?? []).map((rev) => {
    const { hash, dist } = commitBuild(rev);
    const short = hash.slice(0, 7);
    return { label: hash.startsWith(rev) ? short : `${rev} (${short})`, root: dist };
  });
  const folders = positionals.map((root) => {
    if (!existsSync(join(root, 'index.html')))
      throw new Error(`${root}: no index.html there; give a built dist/ folder. ${USAGE}`);
    return { label: root, root };
  });
  const others = [...commits, ...folders];
  if (others.length === 0) throw new Error(USAGE);
  return others;
}

async function main(): Promise<void> {
  const others = otherBuilds(process.argv.slice(2));
  const rounds = Number(process.env.BENCH_RUNS ?? 7);
  const steps = Number(process.env.BENCH_STEPS ?? 100);
  const days = Array.from({ length: steps }, (_, i) => (i % 2 === 0 ? '2022-06-24' : '2022-07-04'));
  const builds = [...others, { label: 'this', root: 'dist' }].map((b, i) => ({
    ...b,
    prefix: `/build-${i}/`,
    requested: new Set<string>(),
    box: null as Box | null,
    figures: {
      label: b.label,
      loads: [],
      keys: [],
      scrub: [],
      scrubError: null,
      firstLoad: { gzip: 0, files: [] },
    } as BuildFigures,
  }));
  const server = await serveFolders(Object.fromEntries(builds.map((b) => [b.prefix, b.root])), 4175);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (let round = 0; round < rounds; round++) {
      console.log(`round ${round + 1} of ${rounds}`);
      for (const build of builds) {
        const url = `${server.url}${build.prefix.slice(1)}`;
        const cold = await coldLoad(browser, url, 1);
        build.figures.loads.push(...cold.runs);
        for (const path of cold.requested) build.requested.add(path);
        build.box = cold.mapBox ?? build.box;
        if (build.box) build.figures.keys.push(await keyAnswer(browser, url, build.box));
        if (build.figures.scrubError) continue;
        try {
          build.figures.scrub.push(...(await scrub(browser, `${url}?date=2022-07-04`, days)));
        } catch (error) {
          build.figures.scrubError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const build of builds)
    build.figures.firstLoad = firstLoad(build.root, [...build.requested], build.prefix);
  const current = builds.at(-1)!.figures;
  printComparison(
    current,
    builds.slice(0, -1).map((b) => b.figures),
    rounds,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
