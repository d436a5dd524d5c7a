import { expect, test } from '@playwright/test';
import { openApp } from './app';

test('?embed=1 drops the page chrome, keeps the credits and links to the full page at this view', async ({
  page,
}) => {
  await openApp(page, '?embed=1&date=2022-07-03&city=lysychansk');
  // No chrome above the map; the page's name stays for screen readers.
  expect((await page.locator('.masthead').boundingBox())!.height).toBeLessThanOrEqual(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Claimline' })).toBeAttached();
  expect((await page.locator('#map').boundingBox())!.y).toBe(0);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toBeAttached();
  const credit = page.getByRole('link', { name: 'Claimline', exact: true });
  await expect(credit).toBeVisible();
  await expect(credit).toHaveAttribute(
    'href',
    'http://127.0.0.1:4173/?story=luhansk-july-2022&date=2022-07-03&city=lysychansk',
  );
  await expect(credit).toHaveAttribute('target', '_blank');
  // The credit follows the view, and the page's own URL keeps the embed flag.
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(credit).toHaveAttribute('href', /\?story=luhansk-july-2022&date=2022-07-04&city=lysychansk$/);
  await expect(page).toHaveURL(/embed=1/);
  await page.screenshot({ path: 'tests/output/embed.png' });
});

test('"Copy link" puts the current date and city on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?date=2022-06-25');
  await page.getByRole('button', { name: 'Lysychansk', exact: true }).click();
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'http://127.0.0.1:4173/?story=luhansk-july-2022&date=2022-06-25&city=lysychansk',
  );
  // The default story and day are named too, so the link keeps them when stories are added.
  await openApp(page);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.locator('.copy-link-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'http://127.0.0.1:4173/?story=luhansk-july-2022&date=2022-07-04',
  );
});

test('where the clipboard refuses, the link is shown selected in a read-only box', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openApp(page, '?date=2022-07-03&city=lysychansk');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  const box = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(box).toBeVisible();
  await expect(box).toHaveValue(
    'http://127.0.0.1:4173/?story=luhansk-july-2022&date=2022-07-03&city=lysychansk',
  );
  await expect(box).toHaveAttribute('readonly', '');
  await expect(box).toBeFocused();
  expect(await box.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual(
    [0, 'http://127.0.0.1:4173/?story=luhansk-july-2022&date=2022-07-03&city=lysychansk'.length],
  );
  await expect(page.locator('.copy-link-status')).toContainText('Copying is not allowed here');
});
