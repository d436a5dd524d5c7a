import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_CHANGE_OPTIONS } from '../../src/control/changeOptions';
import { changeText, sliverText } from '../../src/control/changeText';
import { formatDay } from '../../src/story/formatDay';
import type { ControlIndex } from '../../src/control/layerFormat';
import { openApp, waitForIdle } from './app';
import { audit, excuse } from './axe';
import { expectedChange, OBLAST_NAMES, readIndex } from './compareHelpers';
import { serveLayers } from './layerHost';
import { importFixtureLayer } from './fixtureLayer';
import { watchErrors } from './watch';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { uk } from '../../src/i18n/uk';
import { localeOf } from '../../src/i18n/locale';

const EN = localeOf('en', en);

const LAYER = 'synthetic';
const NAME = 'Synthetic test series';
let dir = '';
let index: ControlIndex;
/** Two days whose areas differ, the earlier first, and the sentence the page must give for them. */
let from = '';
let to = '';
let sentence = '';
/** What the sliver threshold left out for those days, as the page must say it. */
let slivers: string | null = null;

// A generated series imported as a reader's own files would be (tests/browser/control.spec.ts).
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-compare-'));
  await importFixtureLayer(dir, { days: 40, layer: LAYER, name: NAME });
  index = await readIndex(join(dir, 'control'), LAYER);
  const first = index.intervals[0]!;
  const later = index.intervals.find((i) => i.geometry !== first.geometry && i.from >= '2022-07-03')!;
  [from, to] = [first.from, later.from];
  const change = await expectedChange(join(dir, 'control'), LAYER, first.geometry, later.geometry);
  sentence = changeText(NAME, from, to, change, OBLAST_NAMES, EN);
  slivers = sliverText(change.slivers, DEFAULT_CHANGE_OPTIONS.minWidthM, EN);
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const summary = (page: Page) => page.locator('.compare-summary');
/** The layer's sentence in the day summary's comparison. */
const line = (page: Page) => summary(page).locator(`[data-layer="${LAYER}"] .compare-text`);
const query = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Ids of the change features MapLibre has drawn for the layer (1 gained, 2 lost). */
async function drawnChanges(page: Page): Promise<string[]> {
  await waitForIdle(page);
  return page.evaluate((layer) => {
    const map = window.__claimline!.map;
    const ids = [`control-${layer}-gained-line`, `control-${layer}-lost-line`].filter((id) =>
      map.getLayer(id),
    );
    const kinds = map.queryRenderedFeatures({ layers: ids }).map((f) => String(f.properties.change));
    return [...new Set(kinds)].sort();
  }, LAYER);
}

test('a comparison set by the URL gives each source’s gains and losses in words and on the map', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, `?date=${to}&compare=${from}`);
  expect(sentence).toMatch(/^From .* Synthetic test series's area in Luhansk Oblast (grew|lost)/);
  await expect(line(page)).toHaveText(sentence);
  if (slivers) await expect(summary(page).locator('.compare-note')).toHaveText(` ${slivers}`);
  await expect(summary(page)).toContainText('Claims made between the two days');
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Compared with')).toHaveValue(from);
  await expect(page.locator('.compare-marks .compare-stretch')).toBeVisible();
  // Drawn above the day's area, in the layer's own map layers.
  await expect.poll(() => drawnChanges(page)).not.toEqual([]);
  await page.screenshot({ path: 'tests/output/compare.png' });
  const order = await page.evaluate((layer) => {
    const ids = window.__claimline!.map.getStyle().layers.map((l) => l.id);
    return [ids.indexOf(`control-${layer}-line`), ids.indexOf(`control-${layer}-gained`)];
  }, LAYER);
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[1]).toBeGreaterThan(order[0]!);
  // Hidden with its layer when the reader unchecks it.
  const visibility = () =>
    page.evaluate(
      (layer) => window.__claimline!.map.getLayoutProperty(`control-${layer}-gained`, 'visibility'),
      LAYER,
    );
  await page.getByRole('checkbox', { name: `Assessed control: ${NAME}` }).uncheck();
  await expect.poll(visibility).toBe('none');
  await page.getByRole('checkbox', { name: `Assessed control: ${NAME}` }).check();
  await expect.poll(visibility).toBe('visible');

  // An oblast's panel gives that oblast's line.
  await page.goto(`/?date=${to}&compare=${from}&city=luhansk-oblast`);
  await expect(page.locator('.compare-place')).toContainText(
    new RegExp(`Synthetic test series's area in Luhansk Oblast (grew|lost|did not change)`),
  );
  // The comparison's controls and words pass axe as the rest of the page does.
  const { violations } = await excuse(page, await audit(page));
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // A city's panel says whether it changed sides, in the story and in each source.
  const [was, is] = [from, to].map((day) =>
    index.intervals.find((i) => i.from <= day && day <= i.to)!.places.includes('lysychansk'),
  );
  await page.goto(`/?date=${to}&compare=${from}&city=lysychansk`);
  const city = page.locator('.place-panel .compare-place');
  await expect(city).toContainText('The story: ');
  await expect(city.locator(`[data-layer="${LAYER}"]`)).toContainText(
    was === is
      ? `${NAME}: ${is ? 'inside' : 'outside'} its area on both days; no change of side.`
      : 'it changed sides',
  );
  expect(errors).toEqual([]);
});

test('a comparison set with the Compare button and the day field, and ended, follows history', async ({
  page,
}) => {
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, `?date=${from}`);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect.poll(() => query(page, 'compare')).toBe(from);
  // The comparison is with the day shown until the reader moves: nothing changed yet.
  await expect(line(page)).toContainText('did not change');
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  while (query(page, 'date') !== to) await page.keyboard.press('ArrowRight');
  await expect(line(page)).toHaveText(sentence);

  // The day field picks another day to compare with.
  await page.getByLabel('Compared with').fill(to);
  await expect.poll(() => query(page, 'compare')).toBe(to);
  await expect(line(page)).toContainText('did not change');
  await page.goBack();
  await expect.poll(() => query(page, 'compare')).toBe(from);
  await expect(line(page)).toHaveText(sentence);

  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect.poll(() => query(page, 'compare')).toBeNull();
  await expect(summary(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => drawnChanges(page)).toEqual([]);
});

for (const [lang, t] of [
  ['en', en],
  ['uk', uk],
  ['ru', ru],
] as const)
  test(`on a laptop or a narrower window, starting and ending a comparison leaves the map its size (${lang})`, async ({
    page,
  }) => {
    // A map that changes size is drawn again whole, at once (~0.1 s here): the comparison's row
    // has to fit beside the slider's buttons rather than add a line to the timeline. Below the
    // laptop's width the speed choice gives the comparison its place, and gets it back after.
    await serveLayers(page, join(dir, 'control'));
    for (const width of [1024, 860]) {
      await page.setViewportSize({ width, height: 720 });
      await openApp(page, `?date=${to}&lang=${lang}`);
      const mapBox = async () => (await page.locator('#map').boundingBox())!;
      const speed = page.getByRole('combobox', { name: t.timeline.speed });
      const before = await mapBox();
      await expect(speed).toBeVisible();
      await page.getByRole('button', { name: t.timeline.compare, exact: true }).click();
      await expect(page.getByLabel(t.compare.comparedWith)).toBeVisible();
      expect(await mapBox(), `${width} px`).toEqual(before);
      await expect(speed).toBeVisible({ visible: width === 1024 });
      await page.getByRole('button', { name: t.compare.stop }).click();
      await expect(page.getByLabel(t.compare.comparedWith)).toBeHidden();
      expect(await mapBox(), `${width} px`).toEqual(before);
      await expect(speed).toBeVisible();
    }
  });

test('keys set and end a comparison, and a day the layer leaves unknown gives no comparison', async ({
  page,
}) => {
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, `?date=${to}`);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('c');
  await expect.poll(() => query(page, 'compare')).toBe(to);
  while (query(page, 'date') !== from) await page.keyboard.press('ArrowLeft');
  // The same two days the other way round: the same change, said forward in time.
  await expect(line(page)).toHaveText(sentence);

  // Before the layer's first day it has no assessment.
  await page.keyboard.press('PageDown');
  const day = query(page, 'date')!;
  expect(day < index.intervals[0]!.from).toBe(true);
  await expect(line(page)).toHaveText(
    `No comparison for this source: ${NAME} has no assessment for ${formatDay(day)}.`,
  );
  await page.keyboard.press('x');
  await expect.poll(() => query(page, 'compare')).toBeNull();
  await expect(summary(page)).toHaveCount(0);
});

test('the reader sets the sliver threshold: the two days are measured again with it', async ({ page }) => {
  const errors = watchErrors(page);
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, `?date=${to}&compare=${from}`);
  const field = page.getByLabel('Leave out slivers narrower than');
  await expect(field).toHaveValue(String(DEFAULT_CHANGE_OPTIONS.minWidthM));
  await expect(line(page)).toHaveText(sentence);
  const first = index.intervals[0]!;
  const later = index.intervals.find((i) => i.from === to)!;
  // 0 counts everything; 1,000 m leaves out more: each gives its own sentence and note.
  for (const minWidthM of [0, 1000]) {
    const change = await expectedChange(join(dir, 'control'), LAYER, first.geometry, later.geometry, {
      minWidthM,
    });
    await field.fill(String(minWidthM));
    await field.press('Enter');
    await expect(line(page)).toHaveText(changeText(NAME, from, to, change, OBLAST_NAMES, EN));
    const note = sliverText(change.slivers, minWidthM, EN);
    if (note) await expect(summary(page).locator('.compare-note')).toHaveText(` ${note}`);
    else await expect(summary(page).locator('.compare-note')).toHaveCount(0);
    await expect(field).toBeFocused();
  }
  // A value that is not whole metres from 0 to 2,000 is put back.
  await field.fill('5000');
  await field.press('Enter');
  await expect(field).toHaveValue('1000');
  expect(errors).toEqual([]);
});

test('a comparison day that cannot be used is named and the page works without it', async ({ page }) => {
  await openApp(page, '?date=2022-07-04&compare=2031-01-01');
  await expect(page.locator('.notices')).toContainText(
    'The comparison day 2031-01-01 is outside the timeline',
  );
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.compare-summary')).toHaveCount(0);
});
