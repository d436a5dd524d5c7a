import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ControlIndex } from '../../src/control/layerFormat';
import { swipeClip, swipeSides } from '../../src/control/swipeLayout';
import { swipeValueText } from '../../src/control/swipeText';
import { en } from '../../src/i18n/en';
import { localeOf } from '../../src/i18n/locale';
import { formatDay } from '../../src/story/formatDay';
import { openApp, waitForIdle } from './app';
import { audit, excuse } from './axe';
import { readIndex } from './compareHelpers';
import { importFixtureLayer } from './fixtureLayer';
import { serveLayers } from './layerHost';
import { watchErrors } from './watch';

const LAYER = 'synthetic';
const NAME = 'Synthetic test series';
let dir = '';
let index: ControlIndex;
/** Two days whose areas differ, the earlier first. */
let from = '';
let to = '';

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-swipe-'));
  await importFixtureLayer(dir, { days: 40, layer: LAYER, name: NAME });
  index = await readIndex(join(dir, 'control'), LAYER);
  const first = index.intervals[0]!;
  const later = index.intervals.find((i) => i.geometry !== first.geometry && i.from >= '2022-07-03')!;
  [from, to] = [first.from, later.from];
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The interval of the layer in force on a day: what each map must draw for it. */
const intervalOn = (day: string) => index.intervals.find((i) => i.from <= day && day <= i.to)!.id;
const query = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const divider = (page: Page) => page.getByRole('slider', { name: en.compare.divider });
const secondMap = (page: Page) => page.locator('.second-map');
/** The second map's clip-path, as written (the browser writes a zero length as `0px`). */
const clipPath = (page: Page) =>
  secondMap(page).evaluate((node) => (node as HTMLElement).style.clipPath.replace(/\b0px\b/g, '0'));

/** What each map draws: the day and the layer's interval on the second map, the interval on the page's. */
async function drawnDays(page: Page) {
  return page.evaluate((layer) => {
    const { swipe, layers } = window.__claimline!;
    const second = swipe?.layerStatus().find((s) => s.id === layer);
    return {
      secondDay: swipe?.shownDay() ?? null,
      secondInterval: second?.shown ?? null,
      pageInterval: layers?.layer.status().shown ?? null,
    };
  }, LAYER);
}

/** The second map's camera beside the page map's, rounded. */
function cameras(page: Page) {
  return page.evaluate(() => {
    const { map, swipe } = window.__claimline!;
    const of = (m: typeof map) => {
      const { lng, lat } = m.getCenter();
      return [lng, lat, m.getZoom()].map((v) => v.toFixed(4));
    };
    return { page: of(map), second: swipe ? of(swipe.map) : null };
  });
}

/** The number of MapLibre maps on the page (one canvas each). */
const canvases = (page: Page) => page.locator('canvas.maplibregl-canvas').count();

test('the swipe shows the compared day beside the day shown, moves by keys and pointer, follows the camera and goes away', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, `?date=${to}&compare=${from}&swipe=1`);
  await expect(page.getByRole('button', { name: 'Swipe' })).toHaveAttribute('aria-pressed', 'true');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '50');
  const sides = swipeSides(to, from);
  await expect(divider(page)).toHaveAttribute(
    'aria-valuetext',
    swipeValueText(sides, 50, localeOf('en', en)),
  );
  // The compared day is the earlier one: its map on the left, up to the divider.
  expect(sides.compared).toBe('left');
  expect(await clipPath(page)).toBe(swipeClip('left', 50));
  await expect(page.locator('.swipe-label-left')).toHaveText(formatDay(from));
  await expect(page.locator('.swipe-label-right')).toHaveText(formatDay(to));
  // Each map draws its own day's interval of the layer.
  expect(intervalOn(from)).not.toBe(intervalOn(to));
  await expect
    .poll(() => drawnDays(page))
    .toEqual({ secondDay: from, secondInterval: intervalOn(from), pageInterval: intervalOn(to) });
  await page.screenshot({ path: 'tests/output/swipe.png' });

  // Keys: the arrows a step, Page keys a quarter, Home and End the edges.
  await divider(page).focus();
  await page.keyboard.press('ArrowRight');
  // Focused from the keyboard, its knob shows the focus ring.
  expect(
    await divider(page).evaluate((bar) => {
      const knob = getComputedStyle(bar, '::after');
      return [knob.outlineStyle, knob.outlineWidth];
    }),
  ).toEqual(['solid', '3px']);
  await page.keyboard.press('ArrowRight');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '60');
  expect(await clipPath(page)).toBe(swipeClip('left', 60));
  await page.keyboard.press('Home');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('End');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '100');
  await page.keyboard.press('PageDown');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '75');
  await expect(divider(page)).toHaveAttribute(
    'aria-valuetext',
    swipeValueText(sides, 75, localeOf('en', en)),
  );
  expect(await clipPath(page)).toBe(swipeClip('left', 75));
  // The keys moved the divider, not the day.
  expect(query(page, 'date')).toBe(to);

  // A mouse drags it.
  const area = (await page.locator('#map').boundingBox())!;
  const bar = (await divider(page).boundingBox())!;
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.3, bar.y + bar.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '30');
  expect(await clipPath(page)).toMatch(/^inset\(0 (69\.\d|70)% 0 0\)$/);

  // The comparison's controls and the divider pass axe as the rest of the page does (in the opening
  // view, as compare.spec.ts audits it: zoomed in, a city's button can come close to the map's controls).
  const { violations } = await excuse(page, await audit(page));
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // The camera: the reader zooms the page's map (over the compared side) and the second follows.
  const before = await cameras(page);
  await page.mouse.move(area.x + area.width * 0.15, area.y + area.height * 0.5);
  await page.mouse.wheel(0, -400);
  await waitForIdle(page);
  await expect.poll(async () => (await cameras(page)).page).not.toEqual(before.page);
  const after = await cameras(page);
  expect(after.second).toEqual(after.page);

  // Another day compared with reaches the second map.
  await page.getByLabel('Compared with').fill(to);
  await expect.poll(() => query(page, 'compare')).toBe(to);
  await expect
    .poll(() => drawnDays(page))
    .toEqual({ secondDay: to, secondInterval: intervalOn(to), pageInterval: intervalOn(to) });
  await page.goBack();
  await expect.poll(() => query(page, 'compare')).toBe(from);
  await expect.poll(async () => (await drawnDays(page)).secondDay).toBe(from);

  // Off: the second map goes, with its canvas; Back brings it again, as the URL says.
  expect(await canvases(page)).toBe(2);
  await page.getByRole('button', { name: 'Swipe' }).click();
  await expect(page.getByRole('button', { name: 'Swipe' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => query(page, 'swipe')).toBeNull();
  await expect(secondMap(page)).toHaveCount(0);
  await expect(divider(page)).toHaveCount(0);
  expect(await canvases(page)).toBe(1);
  expect(await page.evaluate(() => window.__claimline!.swipe)).toBeNull();
  await page.goBack();
  await expect.poll(() => query(page, 'swipe')).toBe('1');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '50');
  await expect.poll(async () => (await drawnDays(page)).secondDay).toBe(from);

  // Ending the comparison ends the swipe, and a new comparison starts without it.
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect.poll(() => query(page, 'compare')).toBeNull();
  expect(query(page, 'swipe')).toBeNull();
  await expect(secondMap(page)).toHaveCount(0);
  expect(await canvases(page)).toBe(1);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('button', { name: 'Swipe' })).toHaveAttribute('aria-pressed', 'false');
  await expect(secondMap(page)).toHaveCount(0);
  // The button turns it on, as a new history entry.
  await page.getByRole('button', { name: 'Swipe' }).click();
  await expect.poll(() => query(page, 'swipe')).toBe('1');
  await expect(secondMap(page)).toHaveCount(1);
  // The page map's orientation (borders, names), which comes after its first idle, is on both.
  const borders = () =>
    page.evaluate(() => {
      const { map, swipe } = window.__claimline!;
      return [Boolean(map.getSource('borders')), Boolean(swipe?.map.getSource('borders'))];
    });
  await expect.poll(borders).toEqual([true, true]);
  expect(errors).toEqual([]);
});

test('a bad swipe value, or a swipe without a comparison, is ignored', async ({ page }) => {
  await openApp(page, `?date=${to}&compare=${from}&swipe=yes`);
  await expect(page.getByRole('button', { name: 'Swipe' })).toHaveAttribute('aria-pressed', 'false');
  await expect(secondMap(page)).toHaveCount(0);
  await page.goto(`/?date=${to}&swipe=1`);
  await waitForIdle(page);
  await expect(page.locator('.notices .notice')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'false');
  await expect(secondMap(page)).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 760 }, hasTouch: true, isMobile: true });

  test('a finger drags the divider, and the page does not scroll with it', async ({ page }) => {
    const errors = watchErrors(page);
    await serveLayers(page, join(dir, 'control'));
    await openApp(page, `?date=${to}&compare=${from}&swipe=1`);
    await expect(divider(page)).toHaveAttribute('aria-valuenow', '50');
    await page.locator('#map').scrollIntoViewIfNeeded();
    const area = (await page.locator('#map').boundingBox())!;
    const bar = (await divider(page).boundingBox())!;
    const scrolled = await page.evaluate(() => window.scrollY);
    // A touch drag, as the phone's touchscreen sends it (Playwright's touchscreen only taps).
    const cdp = await page.context().newCDPSession(page);
    const y = Math.round(bar.y + bar.height / 2);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y }],
      });
    await touch('touchStart', bar.x + bar.width / 2);
    for (const share of [0.6, 0.7, 0.8]) await touch('touchMove', area.x + area.width * share);
    await touch('touchEnd', 0);
    await expect(divider(page)).toHaveAttribute('aria-valuenow', '80');
    expect(await clipPath(page)).toMatch(/^inset\(0 (19\.\d|20)% 0 0\)$/);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(page.locator('.swipe-label-left')).toBeVisible();
    await page.screenshot({ path: 'tests/output/swipe-phone.png' });
    const { violations } = await excuse(page, await audit(page));
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
