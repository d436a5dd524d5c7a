import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { locatorProjection } from '../../src/ui/locatorFrame';
import { LOCATOR_LOOK } from '../../src/ui/locatorShapes';
import { watchErrors } from './watch';
import { NO_WEBGL } from './noWebglBrowser';
import { downloaded } from './downloaded';

// Without WebGL: the SVG map, where MapLibre cannot run (noWebglBrowser.ts).
test.use(NO_WEBGL);

const svgMap = (page: Page) => page.getByRole('img', { name: /^Map of Luhansk and Donetsk oblasts/ });
const projection = locatorProjection();

async function drawnBox(page: Page): Promise<number[]> {
  const box = await page.locator('#locator .locator-box').getAttribute('data-box');
  return (box ?? '').split(' ').map(Number);
}

test('without WebGL the SVG map has the border, the countries’ and the sea’s names, and the locator follows and moves it', async ({
  page,
}) => {
  const errors = watchErrors(page, [/WebGL/]);
  await page.goto('/?date=2022-07-01');
  await expect(svgMap(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Places and what was said' })).toBeVisible();

  // Item 2 of the issue: as on MapLibre's map, from geo/borders.geojson.
  const map = page.locator('svg.picture');
  await expect(map.locator('.picture-border path')).toHaveCount(1);
  await expect(map.locator('text[data-context="country"]')).toHaveText(['UKRAINE', 'RUSSIA']);
  await expect(map.locator('text[data-context="sea"]')).toHaveText('Sea of Azov');
  // The border band lies under the oblasts' outline, in the group that zooms with the shapes.
  expect(
    await map.evaluate((svg) => {
      const band = svg.querySelector('.picture-border');
      const line = svg.querySelector('[data-layer="oblast-line"]');
      return band?.nextElementSibling === line && band?.parentElement?.classList.contains('picture-geometry');
    }),
  ).toBe(true);

  // The inset answers beside the SVG map and draws its view.
  await expect(page.locator('#locator svg[data-detail="fine"]')).toHaveCount(1);
  await expect.poll(async () => (await drawnBox(page)).length).toBe(4);
  // Read once the map has its size beside the document (its arrival resizes the map).
  let opening = await drawnBox(page);
  await expect
    .poll(async () => {
      await page.waitForTimeout(300);
      const now = await drawnBox(page);
      const still = now.join() === opening.join();
      opening = now;
      return still;
    })
    .toBe(true);

  // The SVG map's zoom buttons: the box shrinks to about half its height (its width may be cut at
  // the inset's eastern edge, which a wide map's view passes).
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await drawnBox(page))[3]).toBeCloseTo(opening[3]! / 2, 0);

  // A click on the inset moves the SVG map there, written in place in the link.
  const entries = await page.evaluate(() => history.length);
  const inset = (await page.locator('#locator svg').boundingBox())!;
  const scale = inset.width / projection.width;
  const [kx, ky] = projection.point([30.52, 50.45]);
  await page.mouse.click(inset.x + kx * scale, inset.y + ky * scale);
  await expect(page).toHaveURL(/#map=[\d.]+\/50\.\d+\/30\.\d+$/);
  // Keys move it too: an arrow east, + in.
  await page.getByRole('application', { name: /^Locator map of Ukraine/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#map=[\d.]+\/50\.\d+\/31\.\d+$/);
  const zoom = () => Number(/#map=([\d.]+)\//.exec(page.url())?.[1]);
  const before = zoom();
  await page.keyboard.press('+');
  await expect.poll(zoom).toBeCloseTo(before + 1, 1);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // The PNG draws the inset in the map's top-left corner: a solid patch of its oblasts' grey there,
  // which the SVG map itself never paints (its fills are tints of the parties' colours).
  await page.getByRole('button', { name: 'Share…' }).click();
  const file = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Image \(PNG\), 1×/ }).click();
  const png = PNG.sync.read(await downloaded(await file));
  const grey = LOCATOR_LOOK.oblast.match(/\w\w/g)!.map((h) => parseInt(h, 16));
  const isGrey = (x: number, y: number) =>
    [0, 1, 2].every((i) => Math.abs(png.data[(y * png.width + x) * 4 + i]! - grey[i]!) <= 1);
  const patches: [number, number][] = [];
  for (let y = 1; y < Math.min(png.height - 1, 400); y++)
    for (let x = 1; x < 250; x++)
      if ([-1, 0, 1].every((dy) => [-1, 0, 1].every((dx) => isGrey(x + dx, y + dy)))) patches.push([x, y]);
  expect(patches.length).toBeGreaterThan(10);
  // And none elsewhere in the picture.
  let elsewhere = 0;
  for (let y = 1; y < png.height - 1; y += 2)
    for (let x = 300; x < png.width - 1; x += 2)
      if ([-1, 0, 1].every((dy) => [-1, 0, 1].every((dx) => isGrey(x + dx, y + dy)))) elsewhere++;
  expect(elsewhere).toBe(0);
  expect(errors).toEqual([]);
});
