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
 *
 * `--layer DIR` (a layers' root as `npm run import` writes it, with the bench's layer id) adds,
 * each round and build, a cold load to the last idle on the layer's first day without the layer
 * and with it, and a far-jump scrub of the layer (each step a file not yet loaded). A build that
 * cannot read the layer's format says so and is left out of those rows.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { coldLoad } from './coldLoad';
import { commitBuild } from './commitBuild';
import { coldLoad as loadToLastIdle, intervalsOf, streamedScrub } from './controlBench';
import { printComparison, type BuildFigures } from './compareReport';
import { firstLoad } from './distSizes';
import { keyAnswer } from './keyAnswer';
import type { Box } from './onScreen';
import { serveFolders } from './staticServer';

const IN_PAGE = 'tests/bench/inPage.js';
const USAGE =
  'usage: npm run bench:compare -- [--commit REV]... [--layer LAYERS_ROOT] [path/to/other/dist]...';
/** How long a build may take to show the layer before it is taken as unable to read it, ms. */
const LAYER_LIMIT_MS = 30_000;
/** Far jumps of the layer's scrub each round. */
const JUMPS = 20;

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

/**
 * The builds to set beside this one (each commit built or found built, then each dist folder), and
 * the layers' root of `--layer`, if given.
 */
function compareArgs(args: string[]): { others: { label: string; root: string }[]; layerRoot?: string } {
  const { values, positionals } = parseArgs({
    args,
    options: { commit: { type: 'string', multiple: true }, layer: { type: 'string' } },
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
  if (values.layer && !existsSync(join(values.layer, 'layers.json')))
    throw new Error(
      `${values.layer}: no layers.json there; give a layers' root as npm run import writes it. ${USAGE}`,
    );
  return { others, layerRoot: values.layer };
}

/** Rejects after `ms`, naming what did not come. */
const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: none in ${ms / 1000} s`)), ms),
    ),
  ]);

/**
 * One round of the streamed layer for a build served at `base` (the plain build) and `base-layer`
 * (the same with the layer beside it): a cold load without and with it, then the far-jump scrub.
 */
async function layerRound(
  browser: Browser,
  base: string,
  intervals: { from: string }[],
  figures: BuildFigures,
): Promise<void> {
  if (figures.layer.error) return;
  const first = intervals[0]!.from;
  const stride = Math.max(1, Math.floor(intervals.length / JUMPS));
  // Each round its own days, so no step finds its file held from an earlier round (fresh contexts
  // hold nothing anyway; the days differ so the steps are not the same work each round).
  const offset = figures.layer.with.length % stride;
  const days = intervals
    .filter((_, i) => i % stride === offset)
    .map((i) => i.from)
    .slice(0, JUMPS);
  try {
    const none = await loadToLastIdle(browser, `${base}/?date=${first}`, false);
    const withLayer = await within(
      loadToLastIdle(browser, `${base}-layer/?date=${first}`, true),
      LAYER_LIMIT_MS,
      'the layer drawn',
    );
    const jumps = await within(
      streamedScrub(browser, `${base}-layer/`, first, days),
      LAYER_LIMIT_MS * 2,
      'the scrub',
    );
    figures.layer.none.push(none.toLastIdle);
    figures.layer.with.push(withLayer.toLastIdle);
    figures.layer.jumps.push(...jumps);
  } catch (error) {
    figures.layer.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}

async function main(): Promise<void> {
  const { others, layerRoot } = compareArgs(process.argv.slice(2));
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
      layer: { none: [], with: [], jumps: [], error: null },
    } as BuildFigures,
  }));
  const intervals = layerRoot ? await intervalsOf(layerRoot) : [];
  const mounts = builds.flatMap((b) => [
    [b.prefix, b.root],
    ...(layerRoot
      ? [
          [`${b.prefix.slice(0, -1)}-layer/control/`, layerRoot],
          [`${b.prefix.slice(0, -1)}-layer/`, b.root],
        ]
      : []),
  ]);
  const server = await serveFolders(Object.fromEntries(mounts), 4175);
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
        if (layerRoot)
          await layerRound(browser, `${server.url}${build.prefix.slice(1, -1)}`, intervals, build.figures);
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
