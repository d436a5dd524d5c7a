/**
 * A page in Ukrainian without WebGL: the SVG map and the document mode in the page's language,
 * checked as lang.spec.ts checks the page with MapLibre. A file of its own: launch options need a
 * browser of their own.
 */
import { expect, test } from '@playwright/test';
import { audit, excuse } from './axe';
import { englishLeft } from './englishLeft';
import { watchErrors } from './watch';
import { NO_WEBGL } from './noWebglBrowser';

// Without WebGL: the SVG map, where MapLibre cannot run (noWebglBrowser.ts).
test.use(NO_WEBGL);

test('without WebGL a Ukrainian page reads as a document beside the SVG map, in Ukrainian', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?lang=uk&date=2022-07-01');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('status').filter({ hasText: 'не може намалювати повну мапу' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Мапа Луганської та Донецької областей на 1 липня 2022 р\.$/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Місця і що про них сказано' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Наблизити' })).toBeVisible();
  // Every quote of the document is in English, marked so.
  const quotes = page.locator('.document-mode blockquote');
  expect(await quotes.count()).toBeGreaterThan(0);
  for (const quote of await quotes.all()) await expect(quote).toHaveAttribute('lang', 'en');
  expect(await englishLeft(page)).toEqual([]);
  const { violations } = await excuse(page, await audit(page));
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});
