import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../scripts/cspPlugin';
import { FIRST_PICTURE_SCRIPT } from '../../scripts/firstPicturePlugin';
import { openApp, waitForIdle } from './app';
import { watchCsp, watchErrors } from './watch';

test('the built page carries a same-origin-only CSP, and using the app breaks none of it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchCsp(page);
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-06-20');
  // The page's one inline script is the first picture's, allowed by its hash and nothing else.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
  );
  expect(inline).toEqual([FIRST_PICTURE_SCRIPT]);
  const policy = contentSecurityPolicy(inline);
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', policy);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  // Scrub, play a little, open a city, search, zoom, open the credits, copy a link.
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Next event' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(400);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Lysychansk', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Lysychansk', exact: true })).toBeVisible();
  const box = page.getByRole('combobox', { name: 'Find a place' });
  await box.fill('Lugansk');
  await box.press('Enter');
  await expect(page).toHaveURL(/city=luhansk/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForIdle(page);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.locator('.copy-link-status')).toHaveText('Link copied.');
  await page.goto('/?embed=1&city=lysychansk');
  await waitForIdle(page);

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);

  // The watch itself works: an inline style attribute is refused and reported.
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-attr blocked/)]);
});
