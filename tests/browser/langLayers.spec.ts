/**
 * The imported layers' views on a Ukrainian page (README, "In Ukrainian and Russian"): the layers
 * control, each layer's figures and credit, the key, the chart's key, the disagreements' marks and
 * a city's and an oblast's Sources are in the page's language; only the layer's own name and
 * licence (its data) stay as given, and the comparison's lines for the layer.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp, waitForIdle } from './app';
import { englishLeft } from './englishLeft';
import { importFixtureLayer } from './fixtureLayer';
import { serveLayers } from './layerHost';

const LAYER = 'synthetic';
const NAME = 'Synthetic test series';
const LICENCE = 'generated for tests';
let dir = '';

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-lang-layers-'));
  await importFixtureLayer(dir, { days: 40, layer: LAYER, name: NAME, licence: LICENCE });
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('a uk page with an imported layer: the layers’ views in Ukrainian', async ({ page }) => {
  test.setTimeout(120_000);
  await serveLayers(page, join(dir, 'control'));
  await openApp(page, '?lang=uk&date=2022-07-03');
  await waitForIdle(page);
  await expect(page.locator('.layers-toggle, .layer-figures').first()).toBeVisible();
  expect(await englishLeft(page, [NAME, LICENCE]), 'the opening page with a layer').toEqual([]);

  // The animation's settings, with a box for the layer.
  await page.locator('.copy-link-button[aria-haspopup="menu"]').click();
  await page.getByRole('menuitem', { name: 'Анімація (відео)…' }).click();
  const layers = page.getByRole('group', { name: 'Показані шари' });
  await expect(layers).toBeVisible();
  await expect(layers.getByRole('checkbox', { name: `Оцінений контроль: ${NAME}` })).toBeChecked();
  expect(await englishLeft(page, [NAME, LICENCE]), 'the animation settings open').toEqual([]);

  await page.getByRole('button', { name: 'Лисичанськ', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Лисичанськ', exact: true })).toBeVisible();
  // The disagreements' marks name the city and count the days in the page's language.
  await expect(page.locator('.disagreement-nav > span')).toHaveText(
    /^Лисичанськ: джерела розходяться протягом \d+ (дня|днів), позначених на шкалі часу\.$/,
  );
  // The panel's Sources: the story's word beside the layer's.
  await expect(page.locator('.place-sources h3')).toHaveText('Джерела');
  expect(await englishLeft(page, [NAME, LICENCE]), 'a city open with its sources').toEqual([]);
  await page.getByRole('button', { name: 'Донецька область', exact: true }).click();
  await expect(page.locator('.place-sources .sources-story')).toHaveText(/^За історією: /);
  expect(await englishLeft(page, [NAME, LICENCE]), 'an oblast open with its sources').toEqual([]);

  // Two days compared: the layer's change in the summary, the city's side in its panel.
  await openApp(page, '?lang=uk&date=2022-07-04&compare=2022-06-28&city=lysychansk');
  await waitForIdle(page);
  await expect(page.locator('.compare-summary')).toContainText(
    `територія шару ${NAME}: Луганська область — `,
  );
  expect(await englishLeft(page, [NAME, LICENCE]), 'two days compared').toEqual([]);
});
