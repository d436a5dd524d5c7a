import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { changeText } from '../../src/control/changeText';
import { en } from '../../src/i18n/en';
import { expectedChange, OBLAST_NAMES, readIndex } from './compareHelpers';
import { serveLayers } from './layerHost';
import { importFixtureLayer } from './fixtureLayer';
import { watchErrors } from './watch';
import { localeOf } from '../../src/i18n/locale';
import { NO_WEBGL } from './noWebglBrowser';

const EN = localeOf('en', en);

// Without WebGL: the SVG map, where MapLibre cannot run (noWebglBrowser.ts).
test.use(NO_WEBGL);

const LAYER = 'synthetic';
const NAME = 'Synthetic test series';
let dir = '';

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-compare-doc-'));
  await importFixtureLayer(dir, { days: 20, layer: LAYER, name: NAME });
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('without WebGL the SVG map outlines the gains and losses and the document gives the sentences', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const index = await readIndex(join(dir, 'control'), LAYER);
  const first = index.intervals[0]!;
  const later = index.intervals.find((i) => i.geometry !== first.geometry && i.from >= '2022-07-03')!;
  const change = await expectedChange(join(dir, 'control'), LAYER, first.geometry, later.geometry);
  await serveLayers(page, join(dir, 'control'));
  await page.goto(`/?date=${later.from}&compare=${first.from}`);
  await expect(page.locator('.document-mode')).toBeVisible();

  await expect(page.locator(`.compare-summary [data-layer="${LAYER}"] .compare-text`)).toHaveText(
    changeText(NAME, first.from, later.from, change, OBLAST_NAMES, EN),
  );
  // Each kind of change that has an area is outlined on the SVG map, in the layer's outline group.
  for (const kind of ['gained', 'lost'] as const)
    await expect(page.locator(`svg.picture path[data-outline="${LAYER}-${kind}"]`)).toHaveCount(
      change[kind].length ? 1 : 0,
    );
  // The document gives each oblast its own line.
  await expect(page.locator('.document-place[data-place="luhansk-oblast"] .compare-place')).toContainText(
    changeText(NAME, first.from, later.from, change, OBLAST_NAMES, EN, ['luhansk-oblast']),
  );
  await expect(page.locator('.document-place[data-place="lysychansk"] .compare-place')).toContainText(
    `${NAME}: `,
  );
  expect(errors).toEqual([]);
});

test('without WebGL the swipe says it needs it, and the outlines stay', async ({ page }) => {
  const errors = watchErrors(page);
  const index = await readIndex(join(dir, 'control'), LAYER);
  const first = index.intervals[0]!;
  const later = index.intervals.find((i) => i.geometry !== first.geometry && i.from >= '2022-07-03')!;
  await serveLayers(page, join(dir, 'control'));
  await page.goto(`/?date=${later.from}&compare=${first.from}&swipe=1`);
  await expect(page.locator('.document-mode')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Swipe' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: en.compare.swipeNeedsWebgl })).toBeVisible();
  await expect(page.locator('.second-map')).toHaveCount(0);
  await expect(page.locator(`svg.picture path[data-outline^="${LAYER}-"]`).first()).toBeAttached();
  // Turned off, the note goes.
  await page.getByRole('button', { name: 'Swipe' }).click();
  await expect(page.getByRole('status').filter({ hasText: en.compare.swipeNeedsWebgl })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('swipe')).toBeNull();
  expect(errors).toEqual([]);
});
