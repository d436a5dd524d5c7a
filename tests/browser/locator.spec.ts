import { expect, test, type Page } from '@playwright/test';
import { locatorProjection, viewBox, type Bounds } from '../../src/ui/locatorFrame';
import { openApp, waitForIdle } from './app';
import { audit, excuse } from './axe';
import { watchErrors } from './watch';

const projection = locatorProjection();

/** The inset once it answers (after the map's first idle): its finer drawing is in. */
const answering = (page: Page) => page.locator('#locator svg[data-detail="fine"]');
const insetMap = (page: Page) => page.getByRole('application', { name: /^Locator map of Ukraine/ });

/** The box the inset draws, as x, y, width, height in inset pixels. */
async function drawnBox(page: Page): Promise<number[]> {
  const box = await page.locator('#locator .locator-box').getAttribute('data-box');
  return (box ?? '').split(' ').map(Number);
}

/** MapLibre's view now: its zoom, centre and bounds. */
const view = (page: Page) =>
  page.evaluate(() => {
    const map = window.__claimline!.map;
    const { lat, lng } = map.getCenter();
    const b = map.getBounds();
    return {
      zoom: map.getZoom(),
      lat,
      lng,
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as const,
    };
  });

/** The box the inset should draw for MapLibre's view now. */
async function expectedBox(page: Page): Promise<number[]> {
  const { bounds } = await view(page);
  const box = viewBox(projection, bounds as Bounds)!;
  return [box.x, box.y, box.width, box.height];
}

const closeTo = (a: number[], b: number[], within = 0.3) =>
  a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] ?? NaN)) <= within);

test('the locator follows the map’s pan and zoom, and moves it by click and by keys, in place in the link', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await expect(answering(page)).toHaveCount(1);
  // Ukraine and its neighbours, both oblasts, Kyiv named, and the opening view's box.
  const inset = page.locator('#locator svg');
  await expect(inset.locator('path[data-place]')).toHaveCount(2);
  await expect(inset.locator('text')).toHaveText('Kyiv');
  expect(closeTo(await drawnBox(page), await expectedBox(page))).toBe(true);

  // Pan and zoom the map: the box follows.
  const before = await drawnBox(page);
  await page.evaluate(() => window.__claimline!.map.jumpTo({ center: [33, 47.5], zoom: 7 }));
  await expect.poll(() => drawnBox(page)).not.toEqual(before);
  expect(closeTo(await drawnBox(page), await expectedBox(page))).toBe(true);
  const [x] = await drawnBox(page);
  expect(x!).toBeLessThan(before[0]!); // west
  const wide = await drawnBox(page);
  await page.evaluate(() => window.__claimline!.map.jumpTo({ zoom: 8 }));
  await expect.poll(async () => (await drawnBox(page))[2]).toBeCloseTo(wide[2]! / 2, 0);

  // A click on Kyiv's place on the inset moves the map there, at the same zoom, in place.
  const entries = await page.evaluate(() => history.length);
  const [kx, ky] = projection.point([30.52, 50.45]);
  const frame = (await inset.boundingBox())!;
  const scale = frame.width / projection.width;
  await page.mouse.click(frame.x + kx * scale, frame.y + ky * scale);
  await expect.poll(async () => Math.abs((await view(page)).lng - 30.52)).toBeLessThan(0.15);
  await waitForIdle(page);
  const atKyiv = await view(page);
  expect(Math.abs(atKyiv.lat - 50.45)).toBeLessThan(0.15);
  expect(atKyiv.zoom).toBeCloseTo(8, 6);
  await expect(page).toHaveURL(/#map=8\/50\.\d+\/30\.\d+$/);
  expect(closeTo(await drawnBox(page), await expectedBox(page))).toBe(true);

  // Keys on it: an arrow moves the map east, + zooms in, - out; each in place in the link.
  await insetMap(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await view(page)).lng).toBeGreaterThan(atKyiv.lng + 0.5);
  await page.keyboard.press('+');
  await expect.poll(async () => (await view(page)).zoom).toBeCloseTo(9, 6);
  await expect(page).toHaveURL(/#map=9\/50\.\d+\/3\d\.\d+$/);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(async () => (await view(page)).zoom).toBeCloseTo(7, 6);
  await expect(page).toHaveURL(/#map=7\//);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await expect(insetMap(page)).toHaveAttribute(
    'aria-label',
    // Numbers as the language writes them (Intl): a whole zoom without its ".0".
    /The map shows 50\.\d° N, 3\d\.\d° E at zoom 7\./,
  );

  // Nothing on the page fails axe's serious or critical rules with the inset in it.
  const { violations } = await excuse(page, await audit(page));
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(errors).toEqual([]);
});

test('the locator folds on phones behind its toggle', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  const locator = page.locator('#locator');
  await expect(locator).not.toHaveAttribute('open');
  await expect(locator.locator('svg')).toBeHidden();
  const toggle = page.locator('#locator summary');
  await expect(toggle).toHaveText('Locator');
  await toggle.tap();
  await expect(locator.locator('svg')).toBeVisible();
  await waitForIdle(page);
  await expect(answering(page)).toHaveCount(1);
  await context.close();
});

test('the locator is hidden in an embed unless the link asks for it, and hidden where it says 0', async ({
  page,
}) => {
  await page.goto('/?embed=1');
  await expect(page.locator('#locator')).toBeHidden();
  await page.goto('/?embed=1&locator=1');
  await expect(page.locator('#locator svg')).toBeVisible();
  await waitForIdle(page);
  await expect(answering(page)).toHaveCount(1);
  // The link keeps asking for it as the reader moves the day.
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/embed=1&locator=1/);
  await page.goto('/?locator=0');
  await expect(page.locator('#locator')).toBeHidden();
});

test('the locator is in the page’s first picture, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1024, height: 720 },
  });
  const page = await context.newPage();
  await page.goto('/');
  const inset = page.locator('#locator svg');
  await expect(inset).toBeVisible();
  // The coarse outline of Ukraine, both oblasts, Kyiv, and the opening view's box.
  await expect(inset.locator('path')).toHaveCount(3);
  await expect(inset.locator('path[data-place="luhansk-oblast"]')).toHaveCount(1);
  await expect(inset.locator('text')).toHaveText('Kyiv');
  await expect(inset.locator('rect[fill="none"]')).toHaveCount(2);
  expect(await page.locator('#locator').getAttribute('open')).toBe('');
  await context.close();
});
