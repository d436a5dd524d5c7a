import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { GifReader } from 'omggif';
import { PNG } from 'pngjs';
import { openApp } from './app';
import { audit, excuse } from './axe';
import { importFixtureLayer } from './fixtureLayer';
import { serveLayers } from './layerHost';
import { animationSettings, recordWords, startAnimation, wordsDrawn } from './shareHelpers';
import { watchErrors } from './watch';
import { downloaded } from './downloaded';

// Two imported layers, so a frame can be made with one of them left out.
let dir = '';
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-frames-'));
  await importFixtureLayer(dir, { days: 12, layer: 'first', name: 'First series' });
  await importFixtureLayer(dir, { days: 12, layer: 'second', name: 'Second series' });
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The reader's side of the page: the store's day, the map's centre, zoom and pixel ratio, the link. */
const readerView = (page: Page) =>
  page.evaluate(() => {
    const { map, store } = window.__claimline!;
    const centre = map.getCenter();
    return {
      day: store.get().day,
      centre: [centre.lng.toFixed(6), centre.lat.toFixed(6)],
      zoom: map.getZoom().toFixed(6),
      ratio: map.getPixelRatio(),
      url: location.href,
    };
  });

test("an animation is drawn on a map of its own: the reader's day, view and link stay as they were, and a layer left out is neither drawn nor named", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await serveLayers(page, join(dir, 'control'));
  // The reader's view is not the opening one: the link names it.
  await openApp(page, '?date=2022-07-10#map=8.25/48.9/38.4');
  await page.waitForFunction(() => (window.__claimline?.layers?.layers.length ?? 0) === 2);
  await page.waitForFunction(() => Math.abs(window.__claimline!.map.getZoom() - 8.25) < 1e-6);
  const before = await readerView(page);
  await recordWords(page);
  const panel = await animationSettings(page, /Animation \(video\)…/, {
    From: '2022-06-29',
    To: '2022-07-02',
    'Frames per second': '2',
  });
  const layers = panel.getByRole('group', { name: 'Layers drawn' });
  await expect(layers.getByRole('checkbox')).toHaveCount(2);
  await layers.getByRole('checkbox', { name: 'Assessed control: Second series' }).uncheck();
  // While it runs, every change to the reader's day, view, pixel ratio or link is recorded.
  await page.evaluate(() => {
    const { map, store } = window.__claimline!;
    const changes: string[] = ((window as unknown as { __changes: string[] }).__changes = []);
    const [href, ratio] = [location.href, map.getPixelRatio()];
    store.subscribe((state) => changes.push(`day ${state.day}`));
    map.on('move', () => changes.push('move'));
    setInterval(() => {
      if (location.href !== href) changes.push(`link ${location.href}`);
      if (map.getPixelRatio() !== ratio) changes.push(`pixel ratio ${map.getPixelRatio()}`);
    }, 10);
  });
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await panel.getByRole('button', { name: 'Start' }).click();
  const file = await download;
  expect(await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes)).toEqual([]);
  const input = new Input({
    source: new BufferSource(new Uint8Array(await downloaded(file))),
    formats: ALL_FORMATS,
  });
  expect((await (await input.getPrimaryVideoTrack())!.computePacketStats()).packetCount).toBe(4);
  expect(await readerView(page)).toEqual(before);
  // The map made for the frames is gone.
  await expect(page.locator('.share-frame-map')).toHaveCount(0);
  const words = (await wordsDrawn(page)).join(' | ');
  for (const day of ['29 June 2022', '30 June 2022', '1 July 2022', '2 July 2022'])
    expect(words).toContain(day);
  expect(words).toMatch(/Assessed control: First series: (as of|unknown)/);
  expect(words).not.toContain('Second series');
  expect(errors).toEqual([]);
});

test("the animation's settings with a checkbox per layer pass the axe audit, and the keyboard reaches them", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, '?date=2022-07-10');
  const panel = await animationSettings(page, /Animation \(video\)…/, {});
  const layers = panel.getByRole('group', { name: 'Layers drawn' });
  await expect(layers.getByRole('checkbox', { checked: true })).toHaveCount(2);
  // From the format, Tab reaches the first layer's box, and Space clears it.
  await panel.getByLabel('Format').focus();
  await page.keyboard.press('Tab');
  await expect(layers.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(layers.getByRole('checkbox', { checked: true })).toHaveCount(1);
  const { violations } = await excuse(page, await audit(page));
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});

type Png = ReturnType<typeof PNG.sync.read>;

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A downloaded PNG, read; a file that is not one is named by its first bytes. A "PNG" pngjs could
 * not read once turned out to be a whole WebM the page had saved in its place (see ShareMenu).
 */
function readPng(bytes: Buffer, what: string): Png {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    throw new Error(
      `${what}: not a PNG, ${bytes.length} bytes starting ${bytes.subarray(0, 8).toString('hex')}`,
    );
  return PNG.sync.read(bytes);
}

const rgb = (png: Png, x: number, y: number) => [
  ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3),
];

/**
 * Of a line of a frame's pixels (a column near its left edge, or its middle row), the share that
 * is not the paper's white: the map's part, since the words beside it leave that line blank.
 */
function mapShare(png: Png, along: 'column' | 'row'): number {
  const length = along === 'column' ? png.height : png.width;
  let map = 0;
  for (let i = 0; i < length; i++) {
    const [x, y] = along === 'column' ? [30, i] : [i, png.height >> 1];
    if (rgb(png, x, y).some((c) => c < 250)) map++;
  }
  return map / length;
}

/** How much of the frame's width the oblasts' dark outline spans, in the frame's middle rows. */
function outlineSpan(png: Png): number {
  let [left, right] = [png.width, 0];
  for (let y = Math.round(png.height * 0.2); y < png.height * 0.6; y += 2)
    for (let x = 0; x < png.width; x++)
      if (rgb(png, x, y).every((c) => c < 80)) [left, right] = [Math.min(left, x), Math.max(right, x)];
  return (right - left) / png.width;
}

test('the frame map fills its frame, whatever its shape, fitted to the two oblasts', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-10');
  // The page's map is landscape: a portrait frame drawn from it would be mostly paper.
  const frames: Record<string, Png> = {};
  for (const size of ['1080x1920', '1920x1080']) {
    const panel = await animationSettings(page, /Animation \(video\)…/, {
      Format: 'png',
      From: '2022-07-03',
      To: '2022-07-03',
    });
    await panel.getByLabel('Size (pixels)').selectOption(size);
    frames[size] = readPng((await startAnimation(page, panel)).bytes, size);
    expect(`${frames[size].width}x${frames[size].height}`).toBe(size);
  }
  const portrait = frames['1080x1920']!;
  const shares = [mapShare(portrait, 'column'), mapShare(frames['1920x1080']!, 'row')];
  console.log(`the map's share of the frame: ${shares.map((s) => s.toFixed(2)).join(', ')}`);
  // Along the frame's long side, the map takes all but the words above and below it.
  expect(shares[0]).toBeGreaterThan(0.6);
  expect(shares[1]).toBeGreaterThan(0.9);
  // Across a portrait frame, the two oblasts reach from side to side.
  expect(outlineSpan(portrait)).toBeGreaterThan(0.85);
  expect(errors).toEqual([]);
});

test('Video (MP4): H.264 where the browser can encode it, else VP9, its codec named; frames and duration read back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-10');
  const panel = await animationSettings(page, /Animation \(video, MP4\)/, {
    From: '2022-07-01',
    To: '2022-07-03',
    'Frames per second': '2',
  });
  await expect(panel.getByLabel('Format')).toHaveValue('mp4');
  await expect(panel.getByText(/^3 frames, 1\.5 s; about .* at most\.$/)).toBeVisible();
  const video = await startAnimation(page, panel);
  expect(video.name).toBe('claimline-2022-07-01-to-2022-07-03.mp4');
  const input = new Input({ source: new BufferSource(new Uint8Array(video.bytes)), formats: ALL_FORMATS });
  expect(await input.getMimeType()).toMatch(/^video\/mp4/);
  const track = (await input.getPrimaryVideoTrack())!;
  const canH264 = await page.evaluate(
    async () =>
      (await VideoEncoder.isConfigSupported({ codec: 'avc1.640028', width: 1080, height: 1080 }))
        .supported === true,
  );
  expect(track.codec).toBe(canH264 ? 'avc' : 'vp9');
  expect([track.displayWidth, track.displayHeight]).toEqual([1080, 1080]);
  expect((await track.computePacketStats()).packetCount).toBe(3);
  expect(await input.computeDuration()).toBeCloseTo(1.5, 2);
  const named = canH264 ? 'MP4 \\(H\\.264\\)' : 'MP4 \\(VP9\\)';
  await expect(
    page.getByRole('status').filter({
      hasText: new RegExp(`Saved claimline-2022-07-01-to-2022-07-03\\.mp4: 3 frames, 1080×1080, ${named}`),
    }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('GIF: encoded in a worker of its own, fetched with the first GIF; Cancel ends the worker', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const workers: Worker[] = [];
  page.on('worker', (worker) => {
    if (/gifWorker/.test(worker.url())) workers.push(worker);
  });
  await openApp(page, '?date=2022-07-10');
  const panel = await animationSettings(page, /Animation \(GIF\)/, {
    From: '2022-07-01',
    To: '2022-07-02',
    'Size (pixels)': '1080x1080',
  });
  expect(workers).toHaveLength(0);
  const gif = new GifReader(new Uint8Array((await startAnimation(page, panel)).bytes));
  expect([gif.width, gif.height, gif.numFrames()]).toEqual([1080, 1080, 2]);
  expect(workers).toHaveLength(1);

  await panel.getByLabel('To').fill('2022-07-30');
  await panel.getByRole('button', { name: 'Start' }).click();
  await expect(panel.getByText(/^\d+ of 30 frames, about \d+ s left$/)).toBeVisible({ timeout: 60_000 });
  expect(workers).toHaveLength(2);
  const closed = new Promise<void>((resolve) => workers[1]!.once('close', () => resolve()));
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await closed;
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled: nothing was saved.' })).toBeVisible();
  await expect(page.locator('.share-frame-map')).toHaveCount(0);
  expect(errors).toEqual([]);
});
