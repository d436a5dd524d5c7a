import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { audit, excuse } from './axe';
import { watchErrors } from './watch';

// This Chromium (156) has no WebGL of either version with --disable-webgl; --disable-3d-apis is
// the older switch for the same. --disable-webgl2 alone leaves WebGL1, which MapLibre 6 cannot use.
// A file of its own: launch options need a browser of their own.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'],
  },
});

test('without WebGL the page says so once and reads as a document: timeline, claims and every quote', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?date=2022-07-01');
  expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')))).toBe(
    false,
  );

  const notice = page.locator('.notices .notice');
  await expect(notice).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'cannot draw the map' })).toContainText('WebGL2');
  await expect(page.locator('#map')).toBeHidden();

  // Every place with its quotes, as labelled sections.
  const places = page.getByRole('region', { name: 'Places and what was said' });
  await expect(places).toBeVisible();
  const lysychansk = places.getByRole('region', { name: 'Lysychansk', exact: true });
  await expect(lysychansk.getByRole('heading', { level: 3 })).toHaveText('Lysychansk');
  await expect(lysychansk.locator('blockquote').first()).toBeVisible();
  await expect(lysychansk).toContainText('it means only one thing');
  await expect(lysychansk).toContainText('Reported 4 July 2022 by Reuters');
  await expect(lysychansk).toContainText('On 1 July 2022: held by Ukraine.');
  await expect(places.getByRole('region', { name: 'Luhansk Oblast', exact: true })).toContainText(
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

test('the document mode passes the axe audit too', async ({ page }) => {
  await page.goto('/?date=2022-07-03&city=lysychansk');
  await expect(page.getByRole('region', { name: 'Places and what was said' })).toBeVisible();
  const { violations, excused } = await excuse(page, await audit(page));
  writeFileSync(
    'tests/output/axe-report-document-mode.json',
    `${JSON.stringify({ violations, excused }, null, 2)}\n`,
  );
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
