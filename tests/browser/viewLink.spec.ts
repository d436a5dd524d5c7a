import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForIdle } from './app';
import { watchErrors } from './watch';

/** MapLibre's view now: its zoom and centre. */
const view = (page: Page) =>
  page.evaluate(() => {
    const map = window.__claimline!.map;
    const { lat, lng } = map.getCenter();
    return { zoom: map.getZoom(), lat, lng };
  });

/** Drags the map by (dx, dy) CSS pixels, as a reader would, from a point clear of the cities. */
async function drag(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await page.locator('#map canvas').boundingBox())!;
  const [x, y] = [box.x + box.width * 0.3, box.y + box.height * 0.8];
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName, [x, y])).toBe('CANVAS');
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.mouse.up();
}

test('a link with a view opens on it; moving the map rewrites the view in place; "Copy link" keeps it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-01#map=9/48.9/38.43');
  const opened = await view(page);
  expect(opened.zoom).toBeCloseTo(9, 6);
  expect(opened.lat).toBeCloseTo(48.9, 6);
  expect(opened.lng).toBeCloseTo(38.43, 6);
  // Opening on it writes nothing new.
  await expect(page).toHaveURL(/\/\?date=2022-07-01#map=9\/48\.9\/38\.43$/);

  // A place opened is a history entry of its own, with the view beside it.
  await page.getByRole('button', { name: 'Lysychansk', exact: true }).click();
  await expect(page).toHaveURL(/\?date=2022-07-01&city=lysychansk#map=9\/48\.9\/38\.43$/);
  const entries = await page.evaluate(() => history.length);

  // A pan rewrites the view in the same entry: no new one.
  await drag(page, -160, 90);
  await expect(page).not.toHaveURL(/#map=9\/48\.9\/38\.43$/);
  await waitForIdle(page);
  const panned = await view(page);
  expect(panned.lng).toBeGreaterThan(38.43);
  expect(panned.lat).toBeGreaterThan(48.9);
  await expect(page).toHaveURL(/\?date=2022-07-01&city=lysychansk#map=9\/48\.\d+\/38\.\d+$/);
  // A zoom from the keys as well.
  await page.locator('#map canvas').focus();
  await page.keyboard.press('Equal');
  await expect(page).toHaveURL(/#map=10\/48\.\d+\/38\.\d+$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.locator('.copy-link-status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The shared link also names the open story (urlState's share rule); the view travels with it.
  const shown = new URL(page.url());
  expect(copied).toBe(`${shown.origin}/?story=luhansk-july-2022&${shown.search.slice(1)}${shown.hash}`);
  const moved = await view(page);

  // Back closes the place and shows the view that entry had.
  await page.goBack();
  await expect(page).toHaveURL(/\/\?date=2022-07-01#map=9\/48\.9\/38\.43$/);
  await expect.poll(async () => (await view(page)).zoom).toBeCloseTo(9, 6);

  // The link copied, opened afresh, shows the same view.
  await page.goto('about:blank');
  await openApp(page, copied.slice(copied.indexOf('?')));
  const shared = await view(page);
  expect(shared.zoom).toBeCloseTo(moved.zoom, 2);
  // Within about a pixel at that zoom.
  const pixel = 360 / (512 * 2 ** shared.zoom);
  expect(Math.abs(shared.lng - moved.lng)).toBeLessThan(pixel);
  expect(Math.abs(shared.lat - moved.lat)).toBeLessThan(pixel);
  expect(errors).toEqual([]);
});

test('a view the map cannot show falls back to the opening view, with no error and no message', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-01');
  const opening = await view(page);
  // A plain link stays plain: the opening view is not written.
  await expect(page).toHaveURL(/\/\?date=2022-07-01$/);
  for (const hash of [
    '#map=99/48/38',
    '#map=NaN/48.9/38.43',
    '#map=8/95/38',
    '#map=8/48/38/x',
    '#map=%E2%82',
  ]) {
    // A new page each time, not a move to another hash within the one shown.
    await page.goto('about:blank');
    await openApp(page, `?date=2022-07-01${hash}`);
    const shown = await view(page);
    expect(shown.zoom, hash).toBeCloseTo(opening.zoom, 6);
    expect(shown.lat, hash).toBeCloseTo(opening.lat, 6);
    expect(shown.lng, hash).toBeCloseTo(opening.lng, 6);
    await expect(page.locator('.notices .notice')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('a pan in the first seconds of a plain link, before the link code comes, is in the address once it comes', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-01');
  // openApp returns at the first idle: the link's code comes 3 s after it.
  await drag(page, -120, 60);
  await waitForIdle(page);
  const panned = await view(page);
  expect(page.url()).not.toContain('#map=');
  await expect(page).toHaveURL(/\?date=2022-07-01#map=\d+(\.\d+)?\/48\.\d+\/3\d\.\d+$/, { timeout: 8000 });
  const written = new URL(page.url()).hash.slice('#map='.length).split('/').map(Number);
  expect(written[0]).toBeCloseTo(panned.zoom, 2);
  expect(written[1]).toBeCloseTo(panned.lat, 3);
  expect(written[2]).toBeCloseTo(panned.lng, 3);
  expect(errors).toEqual([]);
});
