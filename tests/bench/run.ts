import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { dayStates } from '../../src/map/dayState';
import { loadStory, type RawPlacesFile, type RawStory } from '../../src/story';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LAYER_ID } from '../../scripts/import/options';
import { coldLoad, type ColdLoadRun } from './coldLoad';
import { compareBench, type CompareBenchResult } from './compareBench';
import { controlBench, type ControlBenchResult } from './controlBench';
import { importBench } from './importBench';
import { layerSizes } from './layerSizes';
import { messyImportBench } from './messyImportBench';
import { distSizes, firstLoad } from './distSizes';
import { scrubBench, type PeerStates, type ScrubSamples } from './scrubBench';
import { serveFolders } from './staticServer';
import { ms, summary } from './stats';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** Claimline's own code and data before the first idle (issue #14), gzip. */
const FIRST_LOAD_BUDGET_KB = 70;
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function printSizes(): ReturnType<typeof distSizes> {
  const sizes = distSizes('dist');
  console.log('\n## dist/ sizes (gzip -9)');
  for (const s of sizes)
    console.log(`${s.file.padEnd(58)} ${kb(s.bytes).padStart(10)} ${kb(s.gzip).padStart(10)} gz`);
  const sum = (files: typeof sizes) => files.reduce((a, s) => a + s.gzip, 0);
  const isMapLibre = (f: string) => /maplibre-gl/.test(f);
  const isFont = (f: string) => f.endsWith('.woff2');
  const total = sum(sizes);
  const maplibre = sum(sizes.filter((s) => isMapLibre(s.file)));
  const fonts = sum(sizes.filter((s) => isFont(s.file)));
  const ours = total - maplibre - fonts;
  console.log(
    `total ${kb(total)} gz = maplibre-gl ${kb(maplibre)} + fonts ${kb(fonts)} + app code and data ${kb(ours)}`,
  );
  console.log(
    `app code + data in dist/ on top of maplibre-gl and fonts: ${kb(ours)} gz (all of it, lazy parts too)`,
  );
  return sizes;
}

/**
 * Alternates between the days before and after the fall of Sievierodonetsk and Lysychansk, so
 * every step changes the map (the app opens on 4 July 2022, so the first step goes back).
 */
function scrubDays(steps: number): string[] {
  return Array.from({ length: steps }, (_, i) => (i % 2 === 0 ? '2022-06-24' : '2022-07-04'));
}

/** Cold load: the picture (`first-map`) and MapLibre's start beside the first idle, per run and median. */
function printColdLoad(runs: readonly ColdLoadRun[]): void {
  const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
  const idles = known(runs.map((r) => r.firstIdle));
  console.log(`\n## cold load to first idle (${runs.length} runs, 1024x720, fresh context each)`);
  if (idles.length === 0) return console.log('first idle: none (no map handle, or no idle in time)');
  const load = summary(idles);
  console.log(
    `median ${ms(load.p50)}  min ${ms(load.min)}  max ${ms(load.max)}  spread ${ms(load.max - load.min)}`,
  );
  const paints = known(runs.map((r) => r.firstContentfulPaint));
  if (paints.length) console.log(`first contentful paint median ${ms(summary(paints).p50)}`);
  const starts = known(runs.map((r) => r.mapStart));
  if (starts.length) console.log(`MapLibre start median ${ms(summary(starts).p50)}`);
  const pictures = known(runs.map((r) => r.firstMap));
  if (pictures.length === 0) return console.log('first-map: no mark');
  const picture = summary(pictures);
  const ratios = runs.flatMap((r) =>
    r.firstMap === null || r.firstIdle === null ? [] : [r.firstMap / r.firstIdle],
  );
  console.log(
    `first-map (the mark, in the frame that paints the picture) median ${ms(picture.p50)}  min ${ms(picture.min)}  max ${ms(picture.max)}; ` +
      `first-map / first idle median ${ratios.length ? summary(ratios).p50.toFixed(2) : 'none'} (aim < 0.5, and < 500 ms)`,
  );
  const seen = known(runs.map((r) => r.onScreen));
  if (seen.length === 0) return console.log('on screen: no frame with the map painted');
  const shown = summary(seen);
  console.log(
    `on screen (first compositor frame with the map's box painted) median ${ms(shown.p50)}  min ${ms(shown.min)}  max ${ms(shown.max)}; ` +
      `/ first idle ${(shown.p50 / load.p50).toFixed(2)}`,
  );
}

function peerStates(days: string[]): Record<string, PeerStates> {
  const story = loadStory(
    readJson<RawPlacesFile>('geo/places.json'),
    readJson<RawStory>('geo/stories/luhansk-july-2022.json'),
  );
  const ids = (file: string) => {
    const fc = readJson<{ features: { id: number; properties: { id: string } }[] }>(file);
    return new Map(fc.features.map((f) => [f.id, f.properties.id]));
  };
  const featureIds = { oblasts: ids('geo/oblasts.geojson'), cities: ids('geo/cities.geojson') };
  const out: Record<string, PeerStates> = {};
  for (const day of new Set(days)) {
    const states = dayStates(story, day, featureIds);
    out[day] = { oblasts: Object.fromEntries(states.oblasts), cities: Object.fromEntries(states.cities) };
  }
  return out;
}

function printScrub(label: string, samples: ScrubSamples): void {
  const a = summary(samples.claimline);
  const b = summary(samples.naive);
  const c = summary(samples.leaflet);
  console.log(
    `\n## scrub, ${label}: ${samples.claimline.length} steps, change -> next idle (Leaflet: -> 2nd frame)`,
  );
  console.log(`(a) Claimline feature-state   p50 ${ms(a.p50)}  p95 ${ms(a.p95)}`);
  console.log(`(b) naive setData per step    p50 ${ms(b.p50)}  p95 ${ms(b.p95)}`);
  console.log(`(c) Leaflet re-add L.geoJSON  p50 ${ms(c.p50)}  p95 ${ms(c.p95)}`);
  const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`;
  console.log(`ratios p50: naive/claimline ${ratio(b.p50, a.p50)}, leaflet/claimline ${ratio(c.p50, a.p50)}`);
  console.log(`ratios p95: naive/claimline ${ratio(b.p95, a.p95)}, leaflet/claimline ${ratio(c.p95, a.p95)}`);
}

function printControl(control: ControlBenchResult, smallIntervals: number): void {
  const { big, small } = control.intervals;
  const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`;
  const none = summary(control.load.none.map((l) => l.toLastIdle));
  const withLayer = summary(control.load.big.map((l) => l.toLastIdle));
  console.log(`\n## streamed control layer: ${big} intervals (real-size) vs ${small} (small), one run`);
  console.log(
    `cold load to the last idle (nothing more loading), 1024x720, ${control.load.big.length} runs each, median: ` +
      `no layer ${ms(none.p50)}, with the layer ${ms(withLayer.p50)} -> ${ratio(withLayer.p50, none.p50)} (aim <= 1.1x)`,
  );
  const first = control.load.big[0];
  if (first)
    console.log(
      `layer fetched by that idle: ${first.layerRequests} requests, ${kb(first.layerBytes)} ` +
        `(list, index + ${first.layerRequests - 2} geometry file${first.layerRequests === 3 ? '' : 's'}; aim list, index + one)`,
    );
  const a = summary(control.scrub.big);
  const b = summary(control.scrub.small);
  console.log(
    `scrub, change -> idle with the day's interval drawn (fetch included), 320x240: ` +
      `${big} intervals p50 ${ms(a.p50)} p95 ${ms(a.p95)} (${control.scrub.big.length} steps, each a file not yet loaded); ` +
      `${smallIntervals} intervals p50 ${ms(b.p50)} p95 ${ms(b.p95)} -> p50 ${ratio(a.p50, b.p50)} (aim <= 1.2x)`,
  );
  const d = summary(control.scrub.drag);
  console.log(
    `scrub interval to next interval (as a drag moves, fetched ahead), ${big} intervals: p50 ${ms(d.p50)} ` +
      `p95 ${ms(d.p95)} (${control.scrub.drag.length} steps) -> p50 ${ratio(d.p50, b.p50)} of the ${smallIntervals}-interval layer`,
  );
  const p = control.play;
  console.log(
    `play at normal speed from the layer's first day, 1024x720: ${p.steps} steps in ${p.seconds.toFixed(1)} s ` +
      `(to ${p.last}), ${p.changes} interval changes, ${p.waits} steps waited for their file (aim 0)`,
  );
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  console.log(
    `JS heap after 100 scrub steps ${mb(control.heapAfter100)}, after 10,000 ${mb(control.heapAfter10000)} ` +
      `(ratio ${ratio(control.heapAfter10000, control.heapAfter100)}); files held ${control.heldAfter10000}`,
  );
}

function printCompare(result: CompareBenchResult): void {
  console.log(`\n## comparison of two days on the streamed layer (${result.intervals} intervals), 1024x720`);
  const { first } = result;
  console.log(
    `first comparison of the page (its code, worker and two files loaded): ${ms(first.ms)}, ` +
      `longest ${first.type} ${ms(first.longest)}`,
  );
  for (const [gap, modes] of Object.entries(result.apart)) {
    for (const [mode, times] of [
      ['setting the second day (the day shown already drawn)', modes.second],
      ['setting the day and the second day at once (as a link)', modes.both],
    ] as const) {
      const time = summary(times.map((t) => t.ms));
      const longest = Math.max(0, ...times.map((t) => t.longest));
      const over = times.reduce((n, t) => n + t.over50, 0);
      const longestTask = Math.max(0, ...times.map((t) => t.longestTask));
      const tasks = times.reduce((n, t) => n + t.tasksOver50, 0);
      console.log(
        `${gap} intervals apart, ${mode} -> the difference on screen (words and map): ` +
          `p50 ${ms(time.p50)} p95 ${ms(time.p95)} (${times.length} pairs, each new; aim p50 < 300 ms); ` +
          `page thread: ${tasks} tasks over 50 ms (aim 0), longest ${longestTask ? ms(longestTask) : 'none'}; ` +
          `frames shown: longest ${times[0]?.type ?? 'frame'} ${ms(longest)}, ${over} over 50 ms`,
      );
    }
  }
}

async function main(): Promise<void> {
  printSizes();
  const controlDays = Number(process.env.BENCH_CONTROL_DAYS ?? 1000);
  const work = await mkdtemp(join(tmpdir(), 'claimline-bench-'));
  const layerRoot = join(work, 'control');
  console.log(`\n## import of ${controlDays} generated days (in-process, default options)`);
  const imported = await importBench(controlDays, layerRoot);
  console.log(
    `${imported.seconds} s; ${(imported.bytesIn / 1e6).toFixed(1)} MB in -> ${(imported.bytesOut / 1e6).toFixed(2)} MB out ` +
      `(${(imported.ratio * 100).toFixed(1)} % of input); ${imported.intervals} intervals`,
  );
  const messyDays = Number(process.env.BENCH_MESSY_DAYS ?? 1400);
  console.log(
    `\n## import of the real-size messy series (${messyDays} days, npm run import in its own process)`,
  );
  const messyDir = join(work, 'messy');
  const messy = await messyImportBench(messyDays, messyDir);
  console.log(
    `${messy.files} files, ${(messy.bytesIn / 1e6).toFixed(1)} MB (generated in ${messy.generateSeconds} s): ` +
      `import ${messy.seconds} s, peak memory ${messy.peakMb} MB`,
  );
  console.log(messy.summary.split('\n').slice(0, 3).join('\n'));
  const smallDir = join(work, 'small');
  const small = await importBench(Number(process.env.BENCH_SMALL_DAYS ?? 14), smallDir);
  const sizes3 = layerSizes(join(messyDir, DEFAULT_LAYER_ID));
  console.log(`\n## the real-size layer as a static host serves it (${messyDays} messy days)`);
  console.log(
    `index ${DEFAULT_LAYER_ID}/control.json ${kb(sizes3.index.bytes)} (${kb(sizes3.index.gzip)} gz); ${sizes3.files} geometry files, ` +
      `median ${kb(sizes3.file.p50)} (${kb(sizes3.file.p50Gzip)} gz), largest ${kb(sizes3.file.max)}; ` +
      `all together ${(sizes3.total.bytes / 1e6).toFixed(2)} MB (${(sizes3.total.gzip / 1e6).toFixed(2)} MB gz)`,
  );
  const server = await serveFolders(
    {
      // The same build three times: at / with no imported layer, under /with-control/ with the
      // real-size messy layer and under /with-ten/ with a ten-interval one, each where the app
      // looks for it (control/ beside the page: layers.json and the layer's folder).
      '/with-control/control/': messyDir,
      '/with-control/': 'dist',
      '/with-ten/control/': smallDir,
      '/with-ten/': 'dist',
      '/peer/leaflet/': 'node_modules/leaflet/dist',
      '/peer/geo/': 'geo',
      '/peer/': 'tests/bench/peer',
      '/': 'dist',
    },
    4174,
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // --expose-gc lets the heap figures be read after a garbage collection.
    args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const runs = Number(process.env.BENCH_RUNS ?? 7);
    const cold = await coldLoad(browser, server.url, runs);
    printColdLoad(cold.runs);
    // What a reader downloads before the first idle; the rest (document mode, control layer) is lazy.
    const initial = firstLoad('dist', cold.requested);
    console.log(
      `app code + data loaded before first idle: ${kb(initial.gzip)} gz (budget ${FIRST_LOAD_BUDGET_KB} KB; ` +
        `${initial.files.join(', ')})`,
    );

    const steps = Number(process.env.BENCH_STEPS ?? 200);
    const days = scrubDays(steps);
    const states = peerStates(days);
    const urls = { app: server.url, peer: `${server.url}peer/` };
    for (const viewport of [
      { width: 320, height: 240 },
      { width: 1280, height: 800 },
    ]) {
      printScrub(
        `${viewport.width}x${viewport.height}`,
        await scrubBench(browser, urls, viewport, days, states),
      );
    }

    const control = await controlBench(
      browser,
      { none: server.url, big: `${server.url}with-control/`, small: `${server.url}with-ten/` },
      { big: messyDir, small: smallDir },
      runs,
      steps,
    );
    printControl(control, small.intervals);
    printCompare(await compareBench(browser, `${server.url}with-control/`, messyDir));
  } finally {
    await browser.close();
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
