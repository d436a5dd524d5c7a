import { expect, test, type Page } from '@playwright/test';
import { GifReader } from 'omggif';
import { PNG } from 'pngjs';
import { watchErrors } from './watch';
import { NO_WEBGL } from './noWebglBrowser';
import { downloaded } from './downloaded';

// Without WebGL the exports draw the SVG map (noWebglBrowser.ts).
test.use(NO_WEBGL);

async function download(page: Page, start: () => Promise<void>): Promise<Buffer> {
  const file = page.waitForEvent('download', { timeout: 120_000 });
  await start();
  return downloaded(await file);
}

/** How many different colours a row of the picture has: a blank map has one or two. */
function rowColours(png: ReturnType<typeof PNG.sync.read>, y: number): number {
  const colours = new Set<number>();
  for (let x = 0; x < png.width; x += 2) colours.add(png.data.readUInt32BE((y * png.width + x) * 4));
  return colours.size;
}

test('without WebGL the picture and the GIF draw the SVG map, day by day', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page, [/WebGL/]);
  await page.goto('/?date=2022-07-03');
  const svg = page.getByRole('img', { name: /^Map of Luhansk and Donetsk oblasts on 3 July 2022/ });
  await expect(svg).toBeVisible();
  const box = (await svg.boundingBox())!;

  await page.getByRole('button', { name: 'Share…' }).click();
  const bytes = await download(page, () => page.getByRole('menuitem', { name: /Image \(PNG\), 2×/ }).click());
  const png = PNG.sync.read(bytes);
  expect(png.width).toBe(Math.round(box.width * 2));
  expect(rowColours(png, Math.floor(png.height / 2))).toBeGreaterThan(5);

  await page.getByRole('button', { name: 'Share…' }).click();
  await page.getByRole('menuitem', { name: /Animation \(GIF\)/ }).click();
  const panel = page.getByRole('region', { name: 'Animation' });
  await panel.getByLabel('From').fill('2022-07-01');
  await panel.getByLabel('To').fill('2022-07-02');
  await panel.getByLabel('Size (pixels)').selectOption('1080x1920');
  const gif = new GifReader(
    new Uint8Array(await download(page, () => panel.getByRole('button', { name: 'Start' }).click())),
  );
  expect([gif.width, gif.height, gif.numFrames()]).toEqual([1080, 1920, 2]);
  await expect(page.getByRole('img', { name: /on 3 July 2022/ })).toBeVisible();
  expect(errors).toEqual([]);
});
