import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeFixture, writeTwoSourceFixture, TWO_SOURCES } from '../../scripts/import/fixture';
import { runImport, type ImportHooks, type ImportOptions } from '../../scripts/import/runImport';
import { openApp, waitForIdle } from './app';
import { serveLayers } from './layerHost';
import { en } from '../../src/i18n/en';

let dir = '';
let intervals: { id: number; from: string; to: string; geometry: string }[] = [];
const LAYER = 'synthetic';
/** The layer's map layers, by the ids src/control/layerMapSpecs.ts gives them. */
const FILL = `control-${LAYER}-fill`;
const LINE = `control-${LAYER}-line`;

/** Imports snapshots as a reader's own files would be, as layer `layer` of the root `root`. */
const importLayer = (
  inputs: string[],
  root: string,
  layer: string,
  name: string,
  hooks: ImportHooks = {},
): Promise<unknown> => {
  const options: ImportOptions = {
    inputs,
    out: root,
    layer,
    kind: 'assessed',
    where: [],
    tolerance: 100,
    source: { name, licence: 'generated for tests' },
    onError: 'stop',
  };
  return runImport(options, hooks);
};

// A small synthetic series, imported exactly as a reader's own files would be; no third-party data.
// It runs past the story's last day (31 July 2022), so its later days widen the timeline. Beside
// it, in a root of their own, the two sources that disagree for a few days.
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-control-'));
  await writeFixture(join(dir, 'snapshots'), { days: 40, start: '2022-06-28', seed: 7 });
  await importLayer([join(dir, 'snapshots')], join(dir, 'control'), LAYER, 'Synthetic test series');
  intervals = JSON.parse(await readFile(join(dir, 'control', LAYER, 'control.json'), 'utf8')).intervals;
  const sources = await writeTwoSourceFixture(join(dir, 'two-sources'));
  // A few boxes a day: one thread is quicker than starting workers.
  await importLayer([sources.a], join(dir, 'two'), TWO_SOURCES.a.id, TWO_SOURCES.a.name, { threads: 0 });
  await importLayer([sources.b], join(dir, 'two'), TWO_SOURCES.b.id, TWO_SOURCES.b.name, { threads: 0 });
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Serves the imported layers of `root` (a folder under `dir`) where the app looks for them, on its
 * own origin, as a static host would. `missing` names files (index or geometry, by their path under
 * the root) to answer 404 for. Returns the geometry files requested, in order, by name.
 */
async function serveLayer(page: Page, missing: readonly string[] = [], root = 'control'): Promise<string[]> {
  const faults = Object.fromEntries(missing.map((path) => [path, 'missing' as const]));
  return (await serveLayers(page, join(dir, root), faults)).requested;
}

/** A geometry file's path under the root, as `serveLayer`'s `missing` takes it. */
const geometryPath = (name: string, layer = LAYER) => `${layer}/intervals/${name}.geojson`;

/**
 * Holds the layer's geometry file `name` until the returned function lets it go. Registered after
 * serveLayer, so it answers first.
 */
async function holdGeometry(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/control/${LAYER}/intervals/${name}.geojson`, async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

/** Ids of the intervals drawn in the viewport. */
async function shownInterval(page: Page, fill = FILL): Promise<number[]> {
  await waitForIdle(page);
  return page.evaluate(
    (fill) =>
      window
        .__claimline!.map.queryRenderedFeatures({ layers: [fill] })
        .map((f) => Number(f.id))
        .filter((id, i, all) => all.indexOf(id) === i),
    fill,
  );
}

test('an imported control layer is drawn beside the claims and follows the slider', async ({ page }) => {
  expect(intervals.length).toBeGreaterThan(2);
  const [first, second] = intervals;
  await serveLayer(page);
  await openApp(page, `?date=${first!.from}`);
  await page.waitForFunction((fill) => window.__claimline!.map.getLayer(fill) !== undefined, FILL);
  await expect.poll(() => shownInterval(page)).toEqual([first!.id]);

  const figures = page.locator('.layer-figures');
  await expect(figures).toContainText('Assessed control (Synthetic test series)');
  await expect(figures).toContainText(/Luhansk Oblast: [\d.]+% \([\d,]+ km²\)/);
  const before = await figures.textContent();
  // The claims are still drawn under it: the oblast keeps its claim state.
  await expect(page.locator('.day-summary-body')).toContainText('Luhansk Oblast');

  // Scrub across the change to the next interval, by keyboard.
  await page.getByRole('slider', { name: 'Date' }).focus();
  for (let day = first!.to; day < second!.from;) {
    await page.keyboard.press('ArrowRight');
    day = new URL(page.url()).searchParams.get('date') ?? day;
  }
  await expect.poll(() => shownInterval(page)).toEqual([second!.id]);
  expect(await figures.textContent()).not.toBe(before);
  await expect(page.locator('.layers-chart path')).toHaveCount(1);
  await expect(page.locator('.layers-chart-key')).toContainText(/Synthetic test series [\d.]+%/);
  await expect(page.locator('.legend')).toContainText('Assessed control: Synthetic test series');
  await page.screenshot({ path: 'tests/output/control-layer.png' });

  // The reader can hide it.
  await page.getByRole('checkbox', { name: 'Assessed control: Synthetic test series' }).uncheck();
  await expect(figures).toBeHidden();
  expect(
    await page.evaluate((fill) => window.__claimline!.map.getLayoutProperty(fill, 'visibility'), FILL),
  ).toBe('none');
});

test('a broken control index is named and the map still works', async ({ page }) => {
  await serveLayer(page);
  await page.route(`**/control/${LAYER}/control.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ format: 'something-else', intervals: [] }),
    }),
  );
  await openApp(page, '?date=2022-07-04');
  await expect(page.locator('.layer-error')).toContainText(
    `control/${LAYER}/control.json: format: expected "claimline-control/4", found "something-else"`,
  );
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
});

test('a list of layers of another format is named and the map still works', async ({ page }) => {
  await page.route('**/control/layers.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ format: 'claimline-control/3', intervals: [] }),
    }),
  );
  await openApp(page, '?date=2022-07-04');
  await expect(page.locator('.layer-error')).toContainText(
    'control/layers.json: format: expected "claimline-layers/1", found "claimline-control/3"',
  );
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
});

test('without an imported layer the app requests only the empty list and shows no toggle', async ({
  page,
}) => {
  const { requests } = await openApp(page);
  const layerFiles = requests.filter((url) => new URL(url).pathname.includes('/control/'));
  expect(layerFiles.map((url) => new URL(url).pathname)).toEqual(['/control/layers.json']);
  await expect(page.getByRole('checkbox', { name: 'Assessed control' })).toHaveCount(0);
});

test('a listed layer that cannot be loaded does not hide the next one', async ({ page }) => {
  // Source A's index is missing: source B, listed after it, is drawn.
  await serveLayer(page, [`${TWO_SOURCES.a.id}/control.json`], 'two');
  await openApp(page, '?date=2022-07-05');
  const fill = `control-${TWO_SOURCES.b.id}-fill`;
  await page.waitForFunction((id) => window.__claimline!.map.getLayer(id) !== undefined, fill);
  await expect(page.locator('.layer-figures')).toContainText(`Assessed control (${TWO_SOURCES.b.name})`);
  await expect.poll(() => shownInterval(page, fill)).toEqual([2]);
});

test('the first load fetches the index and the one geometry file the day needs', async ({ page }) => {
  const requested = await serveLayer(page);
  const [first, second] = intervals;
  const { requests } = await openApp(page, `?date=${first!.from}`);
  // The list, then the layer's index.
  expect(
    requests
      .map((url) => new URL(url).pathname)
      .filter((path) => path.endsWith('.json') && path.includes('/control/')),
  ).toEqual(['/control/layers.json', `/control/${LAYER}/control.json`]);
  await expect.poll(() => shownInterval(page)).toEqual([first!.id]);
  expect(requested[0]).toBe(`${first!.geometry}.geojson`);
  // Once it is drawn, only its neighbour follows (the first interval has none before it).
  await page.waitForTimeout(1000);
  expect(requested).toEqual([`${first!.geometry}.geojson`, `${second!.geometry}.geojson`]);
});

test('the layer goes on the map with the day’s geometry: its source is read once while the map starts', async ({
  page,
}) => {
  await serveLayer(page);
  // Each time MapLibre reads the layer's source anew (its worker then makes its tiles again).
  await page.addInitScript((source) => {
    const reads: number[] = ((window as unknown as { __layerReads: number[] }).__layerReads = []);
    const watch = (): void => {
      const map = window.__claimline?.map;
      if (!map) return void setTimeout(watch, 5);
      map.on('sourcedata', (event) => {
        if (event.sourceId === source && event.sourceDataType === 'metadata') reads.push(performance.now());
      });
    };
    watch();
  }, `control-${LAYER}`);
  const [first] = intervals;
  await openApp(page, `?date=${first!.from}`);
  await expect.poll(() => shownInterval(page)).toEqual([first!.id]);
  await waitForIdle(page);
  const reads = await page.evaluate(() => (window as unknown as { __layerReads: number[] }).__layerReads);
  expect(reads).toHaveLength(1);
});

test('a layer hidden before its first file arrives is on the map hidden, and stays hidden when the file comes', async ({
  page,
}) => {
  const first = intervals[0]!;
  await serveLayer(page);
  const release = await holdGeometry(page, first.geometry);
  await page.goto(`./?date=${first.from}`);
  const visibility = () =>
    page.evaluate((fill) => {
      const map = window.__claimline!.map;
      return map.getLayer(fill) ? map.getLayoutProperty(fill, 'visibility') : 'not on the map';
    }, FILL);
  await page.getByRole('checkbox', { name: 'Assessed control: Synthetic test series' }).uncheck();
  // The comparison and the swipe read the layer's visibility from the map.
  expect(await visibility()).toBe('none');
  release();
  await expect
    .poll(() => page.evaluate(() => window.__claimline!.layers!.layer.status().shown))
    .toBe(first.id);
  expect(await visibility()).toBe('none');
  await page.getByRole('checkbox', { name: 'Assessed control: Synthetic test series' }).check();
  await expect.poll(() => shownInterval(page)).toEqual([first.id]);
});

test('a far day is reachable, loads its own file, and the map and figures follow', async ({ page }) => {
  const requested = await serveLayer(page);
  const first = intervals[0]!;
  const last = intervals.at(-1)!;
  expect(last.to > '2022-07-31').toBe(true);
  await openApp(page, `?date=${first.from}`);
  await expect.poll(() => shownInterval(page)).toEqual([first.id]);
  const figures = page.locator('.layer-figures');
  const before = await figures.textContent();
  // End goes to the timeline's last day: the layer's, after the story's end.
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('End');
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(last.to);
  await expect.poll(() => shownInterval(page)).toEqual([last.id]);
  expect(requested).toContain(`${last.geometry}.geojson`);
  expect(await figures.textContent()).not.toBe(before);
  await expect(page.locator('.day-summary-body')).toContainText('says nothing about later days');
});

test('a date in the layer’s later days is accepted from the link', async ({ page }) => {
  await serveLayer(page);
  const last = intervals.at(-1)!;
  await openApp(page, `?date=${last.to}`);
  await expect.poll(() => shownInterval(page)).toEqual([last.id]);
  await expect(
    page.getByRole('status').filter({ hasText: 'Part of this link could not be used' }),
  ).toHaveCount(0);
  expect(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toContain('2022');
});

test('a missing geometry file gives one clear notice and the rest keeps working', async ({ page }) => {
  const target = intervals.find((i) => i.geometry !== intervals[0]!.geometry && i.from > '2022-07-31')!;
  await serveLayer(page, [geometryPath(target.geometry)]);
  await openApp(page, `?date=${intervals[0]!.from}`);
  await expect.poll(() => shownInterval(page)).toEqual([intervals[0]!.id]);
  await page.goto(`/?date=${target.from}`);
  await waitForIdle(page);
  const note = page.locator('.layer-error');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText(
    `control/${LAYER}/intervals/${target.geometry}.geojson: could not be loaded (HTTP 404)`,
  );
  await expect.poll(() => shownInterval(page)).toEqual([]);
  // The figures and the slider still work.
  await expect(page.locator('.layer-figures')).toContainText('Luhansk Oblast');
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('Home');
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2014-04-07');
  await expect(note).toHaveCount(1);
});

test('while the day’s file is slow, the area still drawn is faded and the panel says so', async ({
  page,
}) => {
  const first = intervals[0]!;
  const target = intervals.find((i) => i.geometry !== first.geometry && i.from > '2022-07-31')!;
  await serveLayer(page);
  const release = await holdGeometry(page, target.geometry);
  await openApp(page, `?date=${first.from}`);
  await expect.poll(() => shownInterval(page)).toEqual([first.id]);
  const figures = page.locator('.layer-figures');
  await expect(figures).not.toContainText('Loading');

  await page.evaluate((day) => window.__claimline!.store.set({ day }), target.from);
  await expect(figures).toContainText(en.layers.loading);
  const status = () => page.evaluate(() => window.__claimline!.layers!.layer.status());
  expect(await status()).toMatchObject({ shown: first.id, target: target.id, pending: true, faded: true });
  expect(
    await page.evaluate((line) => window.__claimline!.map.getPaintProperty(line, 'line-opacity'), LINE),
  ).toBeLessThan(0.5);

  release();
  await expect.poll(() => shownInterval(page)).toEqual([target.id]);
  await expect(figures).not.toContainText('Loading');
  expect(await status()).toMatchObject({ shown: target.id, pending: false, faded: false });
  expect(
    await page.evaluate((line) => window.__claimline!.map.getPaintProperty(line, 'line-opacity'), LINE),
  ).toBe(1);
});

/** The Sources section of the open place panel. */
const sourcesOf = (page: Page) => page.locator('.place-panel .place-sources');

test('two sources side by side: each drawn and listed, and the panel says where they disagree on Lysychansk', async ({
  page,
}) => {
  await serveLayer(page, [], 'two');
  await openApp(page, '?date=2022-07-01&city=lysychansk');
  const { a, b } = TWO_SOURCES;
  for (const source of [a, b])
    await page.waitForFunction(
      (id) => window.__claimline!.map.getLayer(id) !== undefined,
      `control-${source.id}-line`,
    );
  // One control with a checkbox per layer, a key row and a chart line each.
  await expect(page.getByRole('checkbox', { name: `Assessed control: ${a.name}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Assessed control: ${b.name}` })).toBeChecked();
  await expect(page.locator('.legend')).toContainText(`Assessed control: ${a.name}`);
  await expect(page.locator('.legend')).toContainText(`Assessed control: ${b.name}`);
  await expect(page.locator('.layers-chart path')).toHaveCount(2);
  const chartKey = page.locator('.layers-chart-key');
  await expect(chartKey).toContainText(new RegExp(`${b.name} [\\d.]+%`));
  // Focused, the key says the day's figures in words; hovering over the chart, those of the day under
  // the pointer (the track's left end is 2014, before either source).
  await expect(chartKey).toHaveAttribute(
    'aria-label',
    new RegExp(`on 1 July 2022: ${a.name} [\\d.]+%; ${b.name} [\\d.]+%`),
  );
  const chartBox = (await page.locator('.layers-chart').boundingBox())!;
  await page.mouse.move(chartBox.x + 3, chartBox.y + chartBox.height / 2);
  await expect(chartKey).toContainText(`${a.name} no assessment`);
  await page.mouse.move(chartBox.x + chartBox.width / 2, chartBox.y - 200);
  await expect(chartKey).not.toContainText('no assessment');

  // Before: everyone has Lysychansk outside.
  const sources = sourcesOf(page);
  await expect(sources).toContainText('The story: the story has Lysychansk held by Ukraine');
  await expect(sources.locator(`[data-layer="${a.id}"]`)).toContainText('Outside since');
  await expect(sources).toContainText('They agree on this day: outside.');
  // The days the sources disagree about it are marked, and a button steps to them.
  await expect(page.locator('.disagreement-nav')).toContainText('Lysychansk: the sources disagree on 5 days');
  await expect(page.locator('.disagreement-marks rect')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next disagreement: 3 July 2022' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-07-03');

  // During: Russia says it took the city, source A agrees, source B does not yet.
  await expect(sources.locator(`[data-layer="${a.id}"]`)).toContainText('Inside since 3 July 2022.');
  await expect(sources.locator(`[data-layer="${b.id}"]`)).toContainText('Outside since');
  await expect(sources.locator('.sources-verdict')).toHaveText(
    `Russia said it took Lysychansk on 3 July 2022; ${a.name} has it inside from 3 July; ${b.name} has it outside until 7 July, inside from 8 July.`,
  );
  await page.screenshot({ path: 'tests/output/two-sources.png' });

  // After: source B has it inside too.
  await page.evaluate(() => window.__claimline!.store.set({ day: '2022-07-09' }));
  await expect(sources.locator(`[data-layer="${b.id}"]`)).toContainText('Inside since 8 July 2022.');
  await expect(sources).toContainText('They agree on this day: inside.');
  await expect(page.getByRole('button', { name: 'Next disagreement' })).toBeDisabled();
});

test('an oblast’s panel sets each source’s share beside the story’s claim, and past the story’s end says it is silent', async ({
  page,
}) => {
  await serveLayer(page, [], 'two');
  await openApp(page, '?date=2022-07-04&city=luhansk-oblast');
  const sources = sourcesOf(page);
  await expect(sources).toContainText('The story: Russia says it controls all of it.');
  for (const source of [TWO_SOURCES.a, TWO_SOURCES.b])
    await expect(sources.locator(`[data-layer="${source.id}"]`)).toContainText(
      /[\d.]+% of it \([\d,]+ km²\)/,
    );
  // Silence is not a claim: the story's last word is not carried past its end.
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(sources).toContainText('The stories are silent on Luhansk Oblast after 4 July 2022.');
  await expect(sources.locator(`[data-layer="${TWO_SOURCES.a.id}"]`)).toContainText(/% of it/);
});
