import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatDay } from '../../src/story/formatDay';
import { openApp, waitForIdle } from './app';
import { FAULTS, serveLayers, SLOW_MS, type Fault } from './layerHost';
import { importFixtureLayer } from './fixtureLayer';
import { watchErrors } from './watch';
import { en } from '../../src/i18n/en';

const LAYER = 'faulty';
const FILL = `control-${LAYER}-fill`;
interface Interval {
  id: number;
  from: string;
  to: string;
  geometry: string;
}
let dir = '';
let intervals: Interval[] = [];
/** One interval per fault, each with a geometry file of its own, in the series' order. */
let faulty: { fault: Fault; interval: Interval; path: string }[] = [];

/** What the reader is told, in the notice, of each fault that leaves the day without a map. */
const TOLD: Partial<Record<Fault, string>> = {
  missing: 'could not be loaded (HTTP 404)',
  'server-error': 'could not be loaded (HTTP 500)',
  truncated: 'is cut short or not JSON',
  'home-page': 'the host answered with a web page (text/html; charset=utf-8), not the file',
  'string-coordinates': 'is not a position (2 or 3 finite numbers)',
  changed: 'does not match its name: the file changed on the host after the index was written',
};

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-faulty-'));
  await importFixtureLayer(dir, { days: 40, layer: LAYER, name: 'Faulty host' }, {});
  intervals = JSON.parse(await readFile(join(dir, 'control', LAYER, 'control.json'), 'utf8')).intervals;
  const uses = (name: string) => intervals.filter((i) => i.geometry === name).length;
  const own = intervals.slice(1).filter((i) => uses(i.geometry) === 1);
  expect(own.length).toBeGreaterThanOrEqual(FAULTS.length);
  faulty = FAULTS.map((fault, k) => {
    const interval = own[Math.floor((k * own.length) / FAULTS.length)]!;
    return { fault, interval, path: `${LAYER}/intervals/${interval.geometry}.geojson` };
  });
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const faults = () => Object.fromEntries(faulty.map(({ path, fault }) => [path, fault]));
const status = (page: Page) => page.evaluate(() => window.__claimline!.layers!.layer.status());
const goTo = (page: Page, day: string) => page.evaluate((day) => window.__claimline!.store.set({ day }), day);

/** Ids of the intervals drawn in the viewport. */
async function shownInterval(page: Page): Promise<number[]> {
  await waitForIdle(page);
  return page.evaluate(
    (fill) => [
      ...new Set(window.__claimline!.map.queryRenderedFeatures({ layers: [fill] }).map((f) => Number(f.id))),
    ],
    FILL,
  );
}

/** The app's own console lines for a file that failed, and the browser's for an HTTP error. */
const EXPECTED_LINES = [/control\/faulty\/intervals\//, /Failed to load resource/];

test('each fault of the host: the day is named in one notice, no other day’s area is shown, the panel says so', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page, EXPECTED_LINES);
  await serveLayers(page, join(dir, 'control'), faults());
  await openApp(page, `?date=${intervals[0]!.from}`);
  await expect.poll(() => shownInterval(page)).toEqual([intervals[0]!.id]);
  const note = page.locator('.layer-error');
  const figures = page.locator('.layer-figures');
  for (const { fault, interval } of faulty) {
    await goTo(page, interval.from);
    const told = TOLD[fault];
    if (told) {
      await expect(note, fault).toBeVisible();
      await expect(note, fault).toContainText(`has no map for ${formatDay(interval.from)}: `);
      await expect(note, fault).toContainText(told);
      await expect(note, fault).toHaveCount(1);
      await expect.poll(() => shownInterval(page), fault).toEqual([]);
      await expect(figures, fault).toContainText(en.layers.failed);
    } else if (fault === 'slow') {
      // Held back 3 s: the area still drawn (if any) is faded and the panel says it is another day's.
      const before = await status(page);
      if (before.shown !== null) await expect(figures).toContainText(en.layers.loading);
      expect((await status(page)).pending).toBe(true);
      await expect.poll(() => shownInterval(page), { timeout: SLOW_MS + 10_000 }).toEqual([interval.id]);
      await expect(figures).not.toContainText('Loading');
      await expect(note).toBeHidden();
    } else {
      // The wrong content type alone does not stop a file that is what the index says it is.
      await expect.poll(() => shownInterval(page), fault).toEqual([interval.id]);
      await expect(note, fault).toBeHidden();
    }
  }
  await page.screenshot({ path: 'tests/output/faulty-host.png' });
  expect(errors).toEqual([]);
});

test('a file that failed is tried again, and when the host recovers the day draws', async ({ page }) => {
  const { interval, path } = faulty.find((f) => f.fault === 'server-error')!;
  const host = await serveLayers(page, join(dir, 'control'), { [path]: 'server-error' });
  await openApp(page, `?date=${interval.from}`);
  const note = page.locator('.layer-error');
  await expect(note).toContainText('could not be loaded (HTTP 500)');
  const tries = () => host.requested.filter((name) => name === `${interval.geometry}.geojson`).length;
  // Tried again while the day is shown, with a growing wait, not at every frame.
  await expect.poll(tries, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
  expect(tries()).toBeLessThanOrEqual(3);
  host.fault(path, null);
  await expect.poll(() => shownInterval(page), { timeout: 15_000 }).toEqual([interval.id]);
  await expect(note).toBeHidden();
  await expect(page.locator('.layer-figures')).not.toContainText('could not be loaded');
});

test('playing and scrubbing across the failing days: the rest of the page keeps working', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page, EXPECTED_LINES);
  await serveLayers(page, join(dir, 'control'), faults());
  await openApp(page, `?date=${intervals[0]!.from}`);
  const last = intervals.at(-1)!;
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('date') ?? '', { timeout: 60_000 })
    .toMatch(/^2022-0[89]/);
  const pause = page.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click();

  // Step back day by day across every failing day: whatever is drawn is the day's own area, or
  // faded while the day's file is on its way, or nothing.
  await goTo(page, last.to);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  for (let day = last.to; day > intervals[0]!.from;) {
    await page.keyboard.press('ArrowLeft');
    day = new URL(page.url()).searchParams.get('date') ?? day;
    await waitForIdle(page);
    await page.waitForTimeout(200);
    const now = await status(page);
    expect(
      now.shown === now.target || now.shown === null || now.faded,
      `${day}: ${JSON.stringify(now)}`,
    ).toBe(true);
  }
  // Nothing else stopped: a city opens, the search finds a place, the slider moves.
  await page.getByRole('button', { name: 'Lysychansk', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Lysychansk', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await slider.focus();
  await page.keyboard.press('End');
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(last.to);
  expect(errors).toEqual([]);
});
