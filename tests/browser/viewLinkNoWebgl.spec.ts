import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './watch';
import { NO_WEBGL } from './noWebglBrowser';

// Without WebGL: the SVG map, where MapLibre cannot run (noWebglBrowser.ts).
test.use(NO_WEBGL);

const svgMap = (page: Page) => page.getByRole('img', { name: /^Map of Luhansk and Donetsk oblasts/ });

/** Opens `path` as a new page, not as a move within the one shown (a hash alone would be). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(path);
}

/**
 * Where Lysychansk's button is from the middle of the map, once the page beside it is laid out
 * (the document's arrival resizes the map, which keeps its centre).
 */
async function lysychansk(page: Page): Promise<{ x: number; y: number }> {
  await expect(svgMap(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Places and what was said' })).toBeVisible();
  const map = (await svgMap(page).boundingBox())!;
  const box = (await page.getByRole('button', { name: 'Lysychansk', exact: true }).boundingBox())!;
  return {
    x: box.x + box.width / 2 - (map.x + map.width / 2),
    y: box.y + box.height / 2 - (map.y + map.height / 2),
  };
}

/** Lysychansk's place once it stops moving: the same in two reads a quarter of a second apart. */
async function settled(page: Page): Promise<{ x: number; y: number }> {
  let last = await lysychansk(page);
  await expect
    .poll(async () => {
      await page.waitForTimeout(250);
      const now = await lysychansk(page);
      const still = now.x === last.x && now.y === last.y;
      last = now;
      return still;
    })
    .toBe(true);
  return last;
}

test('the SVG map opens on the view a link names, writes it in place when moved, and reads it back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?date=2022-07-01');
  const opening = await settled(page);
  await expect(page).toHaveURL(/\/\?date=2022-07-01$/);

  // The SVG map has a scale bar as MapLibre's: at the opening view, tens of kilometres.
  await expect(page.locator('.picture-scale')).toHaveText(/^\d+ km$/);
  const opened = await page.locator('.picture-scale').textContent();

  await open(page, '/?date=2022-07-01#map=9/48.9/38.43');
  // The link's view is shown once the document beside the map is laid out: read it settled.
  const named = await settled(page);
  // Zoomed in, it names a shorter distance.
  await expect(page.locator('.picture-scale')).toBeVisible();
  expect(parseInt((await page.locator('.picture-scale').textContent())!)).toBeLessThan(parseInt(opened!));
  // Centred on 48.9 N, 38.43 E at zoom 9: Lysychansk (geo/cities.geojson: 48.9049 N, 38.4421 E) is
  // where Web Mercator puts it from there, 512 * 2^9 pixels to the world.
  const world = 512 * 2 ** 9;
  const mercatorY = (lat: number) =>
    (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * world) / (2 * Math.PI);
  expect(named.x).toBeCloseTo(((38.4421 - 38.43) * world) / 360, 0);
  expect(named.y).toBeCloseTo(mercatorY(48.9) - mercatorY(48.9049), 0);
  expect(Math.hypot(named.x - opening.x, named.y - opening.y)).toBeGreaterThan(10);
  await expect(page).toHaveURL(/#map=9\/48\.9\/38\.43$/);

  const entries = await page.evaluate(() => history.length);
  const box = (await svgMap(page).boundingBox())!;
  // From a point clear of the cities' buttons.
  const [x, y] = [box.x + box.width * 0.25, box.y + box.height * 0.75];
  expect(
    await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('svg')?.classList.contains('picture'),
      [x, y],
    ),
  ).toBe(true);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x - 12 * i, y + 6 * i);
  await page.mouse.up();
  await expect(page).toHaveURL(/\?date=2022-07-01#map=9\/48\.\d+\/38\.\d+$/);
  await expect(page).not.toHaveURL(/#map=9\/48\.9\/38\.43$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const moved = await lysychansk(page);
  expect(Math.round(moved.x - named.x)).toBe(-120);
  expect(Math.round(moved.y - named.y)).toBe(60);

  // The view written, opened afresh, puts the city where the drag left it (within a pixel).
  await open(page, page.url());
  const reread = await settled(page);
  expect(Math.abs(reread.x - moved.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(reread.y - moved.y)).toBeLessThanOrEqual(1);

  // A view it cannot show: the opening view.
  await open(page, '/?date=2022-07-01#map=9/NaN/38.43');
  // The opening view fits the map's size, which settles as the page beside it is laid out.
  await expect
    .poll(async () => {
      const fallback = await lysychansk(page);
      return Math.max(Math.abs(fallback.x - opening.x), Math.abs(fallback.y - opening.y));
    })
    .toBeLessThanOrEqual(1);
  await expect(page).toHaveURL(/\/\?date=2022-07-01$/);
  expect(errors).toEqual([]);
});
