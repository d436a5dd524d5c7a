/**
 * A Ukrainian page without WebGL, with an imported layer and two days compared: the SVG map's key
 * names the layer's outlines and the gained and lost areas, the document gives every place's
 * Sources and change, and nothing English is left but the layer's own name and licence.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { englishLeft } from './englishLeft';
import { importFixtureLayer } from './fixtureLayer';
import { serveLayers } from './layerHost';
import { NO_WEBGL } from './noWebglBrowser';

// Without WebGL: the SVG map, where MapLibre cannot run (noWebglBrowser.ts).
test.use(NO_WEBGL);

const LAYER = 'synthetic';
const NAME = 'Synthetic test series';
const LICENCE = 'generated for tests';
let dir = '';

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-lang-layers-doc-'));
  await importFixtureLayer(dir, { days: 20, layer: LAYER, name: NAME, licence: LICENCE });
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('without WebGL a uk page with a layer and two days compared has no English left', async ({ page }) => {
  test.setTimeout(120_000);
  await serveLayers(page, join(dir, 'control'));
  await page.goto('/?lang=uk&date=2022-07-04&compare=2022-06-28');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('.document-mode')).toBeVisible();
  await expect(page.locator(`.compare-summary [data-layer="${LAYER}"] .compare-text`)).toContainText(
    `територія шару ${NAME}`,
  );
  await expect(page.locator('.document-place[data-place="lysychansk"] .place-sources')).toBeVisible();
  // The gained and lost areas' outlines, named in the SVG map's key.
  await expect(
    page.getByText(/^Пунктирний контур: Оцінений контроль: .*: (здобута|утрачена) територія$/).first(),
  ).toBeAttached();
  expect(await englishLeft(page, [NAME, LICENCE])).toEqual([]);
});
