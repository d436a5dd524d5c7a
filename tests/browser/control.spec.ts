import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeFixture } from '../../scripts/import/fixture';
import { runImport } from '../../scripts/import/runImport';
import { openApp, waitForIdle } from './app';

let dir = '';
let intervals: { id: number; from: string; to: string }[] = [];

// A small synthetic series, imported exactly as a reader's own files would be; no third-party data.
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-control-'));
  await writeFixture(join(dir, 'snapshots'), { days: 12, start: '2022-02-24', seed: 7 });
  await runImport({
    inputs: [join(dir, 'snapshots')],
    out: join(dir, 'control'),
    where: [],
    tolerance: 100,
    source: { name: 'Synthetic test series', licence: 'generated for tests' },
    onError: 'stop',
  });
  intervals = JSON.parse(await readFile(join(dir, 'control', 'control.json'), 'utf8')).intervals;
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Serves the imported layer where the app looks for it, on its own origin. */
async function serveLayer(page: Page): Promise<void> {
  await page.route('**/control/control.json', (route) =>
    route.fulfill({ path: join(dir, 'control', 'control.json') }),
  );
  await page.route('**/control/control.geojson', (route) =>
    route.fulfill({ path: join(dir, 'control', 'control.geojson') }),
  );
}

async function shownInterval(page: Page): Promise<number[]> {
  await waitForIdle(page);
  return page.evaluate(() =>
    window
      .__claimline!.map.queryRenderedFeatures({ layers: ['control-fill'] })
      .filter((f) => f.state.on === true)
      .map((f) => Number(f.id))
      .filter((id, i, all) => all.indexOf(id) === i),
  );
}

test('an imported control layer is drawn beside the claims and follows the slider', async ({ page }) => {
  expect(intervals.length).toBeGreaterThan(2);
  const [first, second] = intervals;
  await serveLayer(page);
  await openApp(page, `?date=${first!.from}`);
  await page.waitForFunction(() => window.__claimline!.map.getLayer('control-fill') !== undefined);
  await expect.poll(() => shownInterval(page)).toEqual([first!.id]);

  const figures = page.locator('.assessed-summary');
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
  await expect(page.locator('.assessed-chart path')).toHaveCount(2);
  await expect(page.locator('.legend')).toContainText('Assessed control: Synthetic test series');
  await page.screenshot({ path: 'tests/output/control-layer.png' });

  // The reader can hide it.
  await page.getByRole('checkbox', { name: 'Assessed control' }).uncheck();
  await expect(figures).toBeHidden();
  expect(
    await page.evaluate(() => window.__claimline!.map.getLayoutProperty('control-fill', 'visibility')),
  ).toBe('none');
});

test('a broken control index is named and the map still works', async ({ page }) => {
  await page.route('**/control/control.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ format: 'something-else', intervals: [] }),
    }),
  );
  await openApp(page, '?date=2022-07-04');
  await expect(page.locator('.assessed-error')).toContainText(
    'control/control.json: format: expected "claimline-control/2", found "something-else"',
  );
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
});

test('without an imported layer the app requests only the empty index and shows no toggle', async ({
  page,
}) => {
  const { requests } = await openApp(page);
  expect(requests.some((url) => url.endsWith('/control/control.json'))).toBe(true);
  expect(requests.some((url) => url.endsWith('/control/control.geojson'))).toBe(false);
  await expect(page.getByRole('checkbox', { name: 'Assessed control' })).toHaveCount(0);
});
