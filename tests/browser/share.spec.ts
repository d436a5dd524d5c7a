import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { GifReader } from 'omggif';
import { PNG } from 'pngjs';
import { openApp } from './app';
import { serveLayers } from './layerHost';
import { importFixtureLayer } from './fixtureLayer';
import { animationSettings, recordWords, startAnimation, wordsDrawn } from './shareHelpers';
import { watchCsp, watchErrors } from './watch';
import { downloaded } from './downloaded';

let dir = '';
const LAYER = 'synthetic';
const LICENCE = 'generated for tests, not for redistribution';

// A small synthetic series imported as a reader's own files would be, with a licence that forbids
// redistribution: every export must name it.
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-share-'));
  await importFixtureLayer(dir, { days: 12, layer: LAYER, name: 'Synthetic test series', licence: LICENCE });
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Chooses a Share menu entry by its name and returns the downloaded file's bytes and name. */
async function exportFile(page: Page, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Share…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await downloaded(file) };
}

/** The layer's interval count as the page has it, once its view is shown. */
async function layerShown(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__claimline?.layers?.layers.length ?? 0) > 0);
}

test('the Share menu is a menu button: arrow keys, Home/End, Escape gives the focus back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const csp = await watchCsp(page);
  await openApp(page, '?date=2022-07-03');
  const button = page.getByRole('button', { name: 'Share…' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Share' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  // ArrowUp on the button opens it on the last entry; a click elsewhere closes it.
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page
    .locator('h1, body')
    .first()
    .click({ position: { x: 2, y: 2 } });
  await expect(menu).toBeHidden();
  expect(await csp()).toEqual([]);
  expect(errors).toEqual([]);
});

test('Image (PNG): the view at 1× and 2×, at the size asked, with the words drawn around the map', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-03');
  const box = (await page.locator('#map canvas.maplibregl-canvas').boundingBox())!;
  const one = await exportFile(page, /Image \(PNG\), 1×/);
  expect(one.name).toBe('claimline-2022-07-03-1x.png');
  const png1 = PNG.sync.read(one.bytes);
  expect(png1.width).toBe(Math.round(box.width));
  expect(png1.height).toBeGreaterThan(Math.round(box.height));
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved claimline-2022-07-03-1x.png' }),
  ).toBeVisible();
  const two = PNG.sync.read((await exportFile(page, /Image \(PNG\), 2×/)).bytes);
  expect(two.width).toBe(png1.width * 2);
  expect(Math.abs(two.height - png1.height * 2)).toBeLessThanOrEqual(2);
  // The map is drawn in, not left blank: many colours in the map's part of the picture.
  const colours = new Set<number>();
  const middle = Math.floor(png1.height / 2);
  for (let x = 0; x < png1.width; x += 3) colours.add(png1.data.readUInt32BE((middle * png1.width + x) * 4));
  expect(colours.size).toBeGreaterThan(5);
  // The map on screen is back at its own pixel ratio.
  expect(await page.evaluate(() => window.__claimline!.map.getPixelRatio())).toBe(1);
  expect(errors).toEqual([]);
});

test('Data (CSV) has a row per day and layer with its source, licence and snapshot; Area (GeoJSON) the day’s area', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, '?date=2022-07-03');
  await layerShown(page);
  const index = JSON.parse(await readFile(join(dir, 'control', LAYER, 'control.json'), 'utf8'));
  const first: string = index.intervals[0].from;
  const last: string = index.intervals.at(-1).to;
  const days = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;

  const csv = await exportFile(page, /Data \(CSV\)/);
  expect(csv.name).toBe('claimline-data.csv');
  const rows = csvParse(csv.bytes.toString('utf8'));
  expect(rows.columns.slice(0, 8)).toEqual([
    'record',
    'day',
    'layer',
    'kind',
    'source',
    'licence',
    'snapshot',
    'suspect',
  ]);
  const layerRows = rows.filter((r) => r.record === 'layer');
  expect(layerRows).toHaveLength(days);
  expect(new Set(layerRows.map((r) => r.day)).size).toBe(days);
  expect(layerRows[0]).toMatchObject({ layer: LAYER, source: 'Synthetic test series', licence: LICENCE });
  expect(Number(layerRows[0]!['luhansk-oblast_share_pct'])).toBe(
    index.intervals[0].area['luhansk-oblast'].pct,
  );
  const story = await page.evaluate(
    () =>
      (window as unknown as { __claimline: { story: { claims: unknown[] } } }).__claimline.story.claims
        .length,
  );
  expect(rows.filter((r) => r.record === 'claim')).toHaveLength(story);

  const area = await exportFile(page, /Area \(GeoJSON\)/);
  expect(area.name).toBe('claimline-area-2022-07-03.geojson');
  const geojson = JSON.parse(area.bytes.toString('utf8'));
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features.length).toBeGreaterThan(0);
  for (const feature of geojson.features) {
    expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    expect(feature.properties).toMatchObject({
      layer: LAYER,
      licence: LICENCE,
      day: '2022-07-03',
      suspect: false,
    });
    expect(feature.properties.asOf <= '2022-07-03').toBe(true);
  }

  // The picture names the licence that forbids redistribution in its credit line: every word
  // drawn into a canvas is recorded as it is drawn.
  await recordWords(page);
  const png = PNG.sync.read((await exportFile(page, /Image \(PNG\), 1×/)).bytes);
  expect(png.height).toBeGreaterThan(100);
  const drawn = (await wordsDrawn(page)).join(' ');
  expect(drawn).toContain('3 July 2022');
  expect(drawn).toContain('Not for redistribution');
  expect(drawn).toContain(LICENCE.split(' ')[0]);
  expect(drawn).toMatch(/Assessed control: Synthetic test series: (as of|unknown)/);
  expect(errors).toEqual([]);
});

test('Animation: while two days are compared, the span starts as the two days', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-10&compare=2022-07-01');
  const panel = await animationSettings(page, /Animation \(video\)/, {});
  await expect(panel.getByLabel('From')).toHaveValue('2022-07-01');
  await expect(panel.getByLabel('To')).toHaveValue('2022-07-10');
  expect(errors).toEqual([]);
});

test('Animation: choosing another format from the menu turns the open settings to it, keeping what was entered', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-10');
  const settings = { From: '2022-07-03', To: '2022-07-05', 'Frames per second': '2' };
  const panel = await animationSettings(page, /Animation \(video\)…/, settings);
  await panel.getByLabel('Size (pixels)').selectOption('1080x1920');
  await page.getByRole('button', { name: 'Share…' }).click();
  await page.getByRole('menuitem', { name: /Animation \(GIF\)/ }).click();
  const shown = () =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLSelectElement | HTMLInputElement>(
          '.share-animation :is(input, select)',
        ),
      ].map((field) => field.value),
    );
  const entered = ['2022-07-03', '2022-07-05', '1', '2', '1080x1920', 'gif'];
  // Right after the click, and once the menu has said its hint (its choice is done): the settings
  // are never replaced, even a moment later.
  expect(await shown()).toEqual(entered);
  await expect(page.getByRole('status').filter({ hasText: 'choose the days and the size' })).toBeVisible();
  expect(await shown()).toEqual(entered);
  await expect(page.getByRole('region', { name: 'Animation' })).toHaveCount(1);
  await expect(panel.getByLabel('From')).toBeFocused();
  expect(errors).toEqual([]);
});

test('Animation (video): a WebM of the span, one frame per day, its codec, frame count and duration read back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-10');
  const panel = await animationSettings(page, /Animation \(video\)/, {
    From: '2022-07-01',
    To: '2022-07-03',
    'Frames per second': '2',
    'Size (pixels)': '1080x1080',
  });
  // The size is estimated before anything is made.
  await expect(panel.getByText(/^3 frames, 1\.5 s; about .* at most\.$/)).toBeVisible();
  const video = await startAnimation(page, panel);
  expect(video.name).toBe('claimline-2022-07-01-to-2022-07-03.webm');
  const input = new Input({ source: new BufferSource(new Uint8Array(video.bytes)), formats: ALL_FORMATS });
  expect(await input.getMimeType()).toMatch(/^video\/webm/);
  const track = (await input.getPrimaryVideoTrack())!;
  expect(['vp9', 'vp8', 'av1']).toContain(track.codec);
  expect([track.displayWidth, track.displayHeight]).toEqual([1080, 1080]);
  expect((await track.computePacketStats()).packetCount).toBe(3);
  expect(await input.computeDuration()).toBeCloseTo(1.5, 2);
  await expect(
    page.getByRole('status').filter({ hasText: /Saved claimline-2022-07-01-to-2022-07-03\.webm: 3 frames/ }),
  ).toBeVisible();
  // The page is back on the day it showed, with the map's clock running.
  expect(await page.evaluate(() => window.__claimline!.store.get().day)).toBe('2022-07-10');
  expect(errors).toEqual([]);
});

test('Animation (GIF): a frame per chosen day, the day drawn on each; Cancel stops at once and saves nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-10');
  await recordWords(page);
  const panel = await animationSettings(page, /Animation \(GIF\)/, {
    From: '2022-07-01',
    To: '2022-07-05',
    'One frame every (days)': '2',
    'Size (pixels)': '1080x1080',
  });
  await expect(panel.getByText(/^3 frames, 0\.8 s; about .*\.$/)).toBeVisible();
  const gif = await startAnimation(page, panel);
  expect(gif.name).toBe('claimline-2022-07-01-to-2022-07-05.gif');
  const reader = new GifReader(new Uint8Array(gif.bytes));
  expect([reader.width, reader.height, reader.numFrames()]).toEqual([1080, 1080, 3]);
  const drawn = await wordsDrawn(page);
  for (const day of ['1 July 2022', '3 July 2022', '5 July 2022']) expect(drawn).toContain(day);
  expect(drawn).not.toContain('2 July 2022');

  // A long span, cancelled after its first frame: nothing saved, the page back on its day.
  await panel.getByLabel('To').fill('2022-07-30');
  await panel.getByLabel('One frame every (days)').fill('1');
  let saved = false;
  page.on('download', () => (saved = true));
  await panel.getByRole('button', { name: 'Start' }).click();
  await expect(panel.getByText(/^\d+ of 30 frames, about \d+ s left$/)).toBeVisible({ timeout: 60_000 });
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled: nothing was saved.' })).toBeVisible({
    timeout: 10_000,
  });
  expect(saved).toBe(false);
  expect(await page.evaluate(() => window.__claimline!.store.get().day)).toBe('2022-07-10');
  expect(errors).toEqual([]);
});

test('a codec that fails mid-way is named, and the next one makes the video from the first frame', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  // The browser's VP9 encoder breaks on its first frame (as a driver fault would); VP8 still works.
  await page.addInitScript(() => {
    const encode = VideoEncoder.prototype.encode;
    const configure = VideoEncoder.prototype.configure;
    const vp9 = new WeakSet<VideoEncoder>();
    VideoEncoder.prototype.configure = function (config) {
      if (config.codec.startsWith('vp09')) vp9.add(this);
      return configure.call(this, config);
    };
    VideoEncoder.prototype.encode = function (frame, options) {
      if (vp9.has(this)) throw new DOMException('the VP9 encoder failed (test)', 'EncodingError');
      return encode.call(this, frame, options);
    };
  });
  await openApp(page, '?date=2022-07-10');
  const panel = await animationSettings(page, /Animation \(video\)/, {
    From: '2022-07-01',
    To: '2022-07-02',
    'Size (pixels)': '1920x1080',
  });
  const video = await startAnimation(page, panel);
  const input = new Input({ source: new BufferSource(new Uint8Array(video.bytes)), formats: ALL_FORMATS });
  const track = (await input.getPrimaryVideoTrack())!;
  expect(track.codec).toBe('vp8');
  expect([track.displayWidth, track.displayHeight]).toEqual([1920, 1080]);
  expect((await track.computePacketStats()).packetCount).toBe(2);
  await expect(
    page.getByRole('status').filter({
      hasText:
        /Saved .*WebM \(VP8\).* WebM \(VP9\) failed \(.*\): trying WebM \(VP8\) from the first frame\./,
    }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
