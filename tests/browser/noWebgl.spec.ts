import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeFixture } from '../../scripts/import/fixture';
import { runImport } from '../../scripts/import/runImport';
import { audit, excuse } from './axe';
import { watchErrors } from './watch';
import { NO_WEBGL } from './noWebglBrowser';

// Without WebGL: the SVG map, where MapLibre cannot run (noWebglBrowser.ts).
test.use(NO_WEBGL);

test('without WebGL the page says so once and reads as a document beside a simpler map: timeline, claims and every quote', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?date=2022-07-01');
  expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')))).toBe(
    false,
  );

  const notice = page.locator('.notices .notice');
  await expect(notice).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'cannot draw the full map' })).toContainText(
    'WebGL2',
  );
  // The map is the SVG one, labelled as a map.
  await expect(page.locator('#map')).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Map of Luhansk and Donetsk oblasts on 1 July 2022/ }),
  ).toBeVisible();

  // Every place with its quotes, as labelled articles.
  const places = page.getByRole('region', { name: 'Places and what was said' });
  await expect(places).toBeVisible();
  const lysychansk = places.getByRole('article', { name: 'Lysychansk', exact: true });
  await expect(lysychansk.getByRole('heading', { level: 3 })).toHaveText('Lysychansk');
  await expect(lysychansk.locator('blockquote').first()).toBeVisible();
  await expect(lysychansk).toContainText('it means only one thing');
  await expect(lysychansk).toContainText('Reported 4 July 2022 by Reuters');
  await expect(lysychansk).toContainText('On 1 July 2022: held by Ukraine.');
  await expect(places.getByRole('article', { name: 'Luhansk Oblast', exact: true })).toContainText(
    'Sergei Shoigu',
  );
  const sections = await places.locator('.document-place').count();
  expect(sections).toBeGreaterThanOrEqual(14);

  // The timeline still drives the URL, the day's summary and the document.
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /^3 July 2022/);
  await expect(page).toHaveURL(/\?date=2022-07-03$/);
  await expect(page.locator('.day-summary-body')).toContainText('3 July 2022');
  await expect(page.locator('.day-summary-body li', { hasText: 'Held by Russia' })).toContainText(
    'Lysychansk',
  );
  await expect(lysychansk).toContainText('On 3 July 2022: held by Russia.');

  // The search and the place panel need no map either.
  const box = page.getByRole('combobox', { name: 'Find a place' });
  await expect(box).toBeVisible();
  await box.fill('Severodonetsk');
  await box.press('Enter');
  await expect(page).toHaveURL(/city=sievierodonetsk/);
  await expect(page.locator('#place-panel')).toBeVisible();
  await expect(page.locator('#place-panel-heading')).toHaveText('Sievierodonetsk');
  await page.screenshot({ path: 'tests/output/no-webgl.png', fullPage: true });

  await expect(notice).toHaveCount(1);
  expect(errors).toEqual([]);
});

/** The SVG map's fills and dots as drawn: each oblast's fill and hatches, each city's dot. */
async function drawnDay(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.picture')!;
    const fills = [...svg.querySelectorAll('.picture-oblast')].map(
      (p) => `${p.getAttribute('data-place')} ${p.getAttribute('fill')}`,
    );
    const hatches = [...svg.querySelectorAll('[fill^="url(#picture-hatch-"] path')].map((p) =>
      p.getAttribute('visibility'),
    );
    const dots = Object.fromEntries(
      [...svg.querySelectorAll('.picture-city')].map((c) => [
        c.getAttribute('data-place'),
        c.getAttribute('fill'),
      ]),
    );
    return { fills, hatches, dots };
  });
}

test('without WebGL the SVG map follows the slider, zooms by keys and opens a city or an oblast', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?date=2022-06-20');
  const map = page.getByRole('img', { name: /^Map of Luhansk and Donetsk oblasts on/ });
  await expect(map).toHaveAccessibleName(/on 20 June 2022/);
  // As the map it is drawn whole: the plain look of the start (no outlines or rings) is gone.
  await expect(page.locator('svg.picture')).not.toHaveClass(/is-plain/);
  const ring = await page
    .locator('.picture-city[data-place="lysychansk"]')
    .evaluate((dot) => getComputedStyle(dot).stroke);
  expect(ring).not.toBe('none');
  const june = await drawnDay(page);

  // 20 June to 4 July 2022: Lysychansk falls, Russia says it holds all of Luhansk Oblast.
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /^4 July 2022/);
  await expect(map).toHaveAccessibleName(/on 4 July 2022/);
  const july = await drawnDay(page);
  expect(july.fills).not.toEqual(june.fills);
  expect(july.hatches).not.toEqual(june.hatches);
  expect(june.dots.lysychansk).toBe('#1f6fb4');
  expect(july.dots.lysychansk).toBe('#b2182b');

  // Cities are buttons: Lysychansk opens its panel with what was said. At this small map's opening
  // zoom its dot touches Sievierodonetsk's, so the reader zooms in on it with the wheel first.
  const dot = await page.locator('.picture-city[data-place="lysychansk"]').boundingBox();
  const transformBefore = await page.locator('.picture-geometry').getAttribute('transform');
  await page.mouse.move(dot!.x + dot!.width / 2, dot!.y + dot!.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await expect
    .poll(() => page.locator('.picture-geometry').getAttribute('transform'))
    .not.toBe(transformBefore);
  await page.getByRole('button', { name: 'Lysychansk', exact: true }).click();
  await expect(page).toHaveURL(/city=lysychansk/);
  const panel = page.locator('#place-panel');
  await expect(panel).toBeVisible();
  await expect(page.locator('#place-panel-heading')).toHaveText('Lysychansk');
  await expect(panel.locator('blockquote').first()).toBeVisible();
  await expect(panel).toContainText('it means only one thing');

  // Keys zoom and pan the map; the city buttons follow their dots.
  await page.getByRole('button', { name: 'Show both oblasts' }).click();
  const transform = () => page.locator('.picture-geometry').getAttribute('transform');
  const button = page.getByRole('button', { name: 'Kramatorsk', exact: true });
  const before = await button.boundingBox();
  const opening = await transform();
  await map.focus();
  await page.keyboard.press('+');
  await expect.poll(transform).not.toBe(opening);
  expect(await transform()).toContain('scale(2)');
  await page.keyboard.press('ArrowLeft');
  const after = await button.boundingBox();
  expect(after!.x).not.toBeCloseTo(before!.x, 0);
  await page.keyboard.press('0');
  await expect.poll(transform).toBe(opening);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await transform()).toContain('scale(2)');
  await page.getByRole('button', { name: 'Show both oblasts' }).click();

  // The pointer pans it too, and a click on an oblast opens the oblast.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  const box = (await map.boundingBox())!;
  // A point over Luhansk Oblast's fill (under its hatch), where no city button is.
  const luhansk = await page.evaluate(() => {
    const path = document.querySelector('.picture-oblast[data-place="luhansk-oblast"]')!;
    const r = path.getBoundingClientRect();
    for (let fy = 0.2; fy < 0.9; fy += 0.05)
      for (let fx = 0.2; fx < 0.9; fx += 0.05) {
        const at = { x: r.x + r.width * fx, y: r.y + r.height * fy };
        if (document.elementFromPoint(at.x, at.y) === path) return at;
      }
    return { x: NaN, y: NaN };
  });
  expect(luhansk.x).toBeGreaterThan(box.x);
  expect(luhansk.x).toBeLessThan(box.x + box.width);
  await page.mouse.click(luhansk.x, luhansk.y);
  await expect(page).toHaveURL(/city=luhansk-oblast/);
  await expect(page.locator('#place-panel-heading')).toHaveText('Luhansk Oblast');
  await page.screenshot({ path: 'tests/output/no-webgl-map.png' });
  expect(errors).toEqual([]);
});

test('the document mode passes the axe audit too', async ({ page }) => {
  await page.goto('/?date=2022-07-03&city=lysychansk');
  await expect(page.getByRole('region', { name: 'Places and what was said' })).toBeVisible();
  await expect(page.locator('.picture-controls')).toBeVisible();
  const { violations, excused } = await excuse(page, await audit(page));
  writeFileSync(
    'tests/output/axe-report-document-mode.json',
    `${JSON.stringify({ violations, excused }, null, 2)}\n`,
  );
  const list = (found: typeof violations) =>
    found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // None of any impact, with a place's panel open beside the document (the SVG map, its city
  // buttons and zoom controls included); only the map's city buttons' size is excused, as above.
  expect(list(violations)).toEqual([]);
});

test.describe('with an imported control layer', () => {
  let dir = '';
  let intervals: { id: number; from: string; to: string; geometry: string }[] = [];

  // The same small synthetic series as control.spec.ts, imported as a reader's own files would be.
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimline-outline-'));
    await writeFixture(join(dir, 'snapshots'), { days: 40, start: '2022-06-28', seed: 7 });
    await runImport({
      inputs: [join(dir, 'snapshots')],
      out: join(dir, 'control'),
      layer: 'synthetic',
      kind: 'assessed',
      where: [],
      tolerance: 100,
      source: { name: 'Synthetic test series', licence: 'generated for tests' },
      onError: 'stop',
    });
    intervals = JSON.parse(
      await readFile(join(dir, 'control', 'synthetic', 'control.json'), 'utf8'),
    ).intervals;
  });

  test.afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test("the SVG map outlines the layer's interval for the day", async ({ page }) => {
    await page.route('**/control/**', (route) =>
      route.fulfill({
        path: join(dir, 'control', new URL(route.request().url()).pathname.split('/control/').pop()!),
      }),
    );
    const [first, later] = [intervals[0]!, intervals.find((i) => i.geometry !== intervals[0]!.geometry)!];
    await page.goto(`/?date=${first.from}`);
    const outline = page.locator('.picture-outline[data-outline="synthetic"]');
    await expect(outline).toHaveCount(1);
    await expect(page.locator('.picture-outline-key')).toHaveText(
      'Dashed outline: Assessed control: Synthetic test series',
    );
    const d = await outline.getAttribute('d');
    expect(d).toMatch(/^M/);
    await page.goto(`/?date=${later.from}`);
    await expect(outline).toHaveCount(1);
    await expect.poll(() => outline.getAttribute('d')).not.toBe(d);
  });
});
