import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TWO_SOURCES, writeTwoSourceFixture } from '../../scripts/import/fixture';
import { runImport } from '../../scripts/import/runImport';
import { NO_WEBGL } from './noWebglBrowser';

// Without WebGL: the SVG map, where MapLibre cannot run (noWebglBrowser.ts).
test.use(NO_WEBGL);

let dir = '';

// The two generated sources that disagree for a few days, imported as two layers of one root.
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-sources-'));
  const sources = await writeTwoSourceFixture(join(dir, 'snapshots'));
  for (const [input, plan] of [
    [sources.a, TWO_SOURCES.a],
    [sources.b, TWO_SOURCES.b],
  ] as const)
    await runImport(
      {
        inputs: [input],
        out: join(dir, 'control'),
        layer: plan.id,
        kind: 'assessed',
        where: [],
        tolerance: 100,
        source: { name: plan.name, licence: 'generated for tests' },
        onError: 'stop',
      },
      { threads: 0 },
    );
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('without WebGL, the document gives each city its Sources, following the day', async ({ page }) => {
  await page.route('**/control/**', (route) =>
    route.fulfill({
      path: join(dir, 'control', new URL(route.request().url()).pathname.split('/control/').pop()!),
    }),
  );
  await page.goto('/?date=2022-07-04');
  await expect(page.locator('.document-mode')).toBeVisible();
  const lysychansk = page.locator('.document-place[data-place="lysychansk"]');
  await expect(lysychansk.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const layers = `${TWO_SOURCES.a.name} has it inside from 3 July; ${TWO_SOURCES.b.name} has it outside until 7 July, inside from 8 July.`;
  await expect(lysychansk.locator('.sources-verdict')).toHaveText(
    `Russia said it took Lysychansk on 3 July 2022; ${layers}`,
  );
  await page.getByRole('slider', { name: 'Date' }).focus();
  // Past the story's end it is silent: the layers still disagree with each other, not with it.
  await page.keyboard.press('ArrowRight');
  await expect(lysychansk.locator('.sources-verdict')).toHaveText(
    `The stories are silent on Lysychansk after 4 July 2022; ${layers}`,
  );
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(lysychansk.locator('.sources-verdict')).toHaveText('They agree on this day: inside.');
  await expect(page.locator('.document-place[data-place="luhansk-oblast"] .place-sources')).toContainText(
    /[\d.]+% of it/,
  );
});
