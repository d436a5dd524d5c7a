import { expect, test, type Page } from '@playwright/test';
import { uk } from '../../src/i18n/uk';
import { badQueries } from './badQueries';
import { watchErrors } from './watch';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });

/** Moves the slider one day (back when it is already at the end); says whether the URL followed. */
async function sliderResponds(page: Page): Promise<boolean> {
  const handle = slider(page);
  const url = page.url();
  const before = Number(await handle.getAttribute('aria-valuenow'));
  const max = Number(await handle.getAttribute('aria-valuemax'));
  await handle.focus();
  await page.keyboard.press(before >= max ? 'ArrowLeft' : 'ArrowRight');
  const expected = String(before >= max ? before - 1 : before + 1);
  await expect(handle).toHaveAttribute('aria-valuenow', expected, { timeout: 2_000 });
  // Onto the default day the date leaves the URL; off it, it comes in: either way the URL changes.
  return page.url() !== url;
}

test('120 malformed and hostile query strings: no error, defaults where needed, one notice, a working slider', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const cases = badQueries(120);
  expect(cases.length).toBeGreaterThanOrEqual(100);
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Small, since every case starts the map afresh and the software renderer pays per pixel.
  await page.setViewportSize({ width: 480, height: 400 });
  const failures: string[] = [];
  for (const { query, complains } of cases) {
    const label = query.length > 80 ? `${query.slice(0, 80)}… (${query.length} chars)` : query;
    const errorsBefore = errors.length;
    await page.goto(`/${query}`);
    await expect(slider(page), label).toHaveAttribute('aria-valuenow', /^\d+$/);
    const notices = await page.locator('.notices .notice').count();
    if (notices > 1 || (complains && notices !== 1)) failures.push(`${label}: ${notices} notices`);
    // The notice holds text only: whatever the link said, it made no element and ran nothing.
    const made = await page.evaluate(() => ({
      pwned: window.__pwned !== undefined,
      elements: document.querySelectorAll('.notices img, .notices script, .notices svg, .notices a').length,
    }));
    if (made.pwned || made.elements) failures.push(`${label}: ran or made something ${JSON.stringify(made)}`);
    if (!(await sliderResponds(page))) failures.push(`${label}: the URL did not follow the slider`);
    if (errors.length > errorsBefore) failures.push(`${label}: ${errors.slice(errorsBefore).join(' | ')}`);
  }
  console.log(`bad query strings tried: ${cases.length}`);
  expect(failures).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('a bad date keeps the valid city, tells the reader once in words, and the notice can be dismissed', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(`/?date=${encodeURIComponent('<script>window.__pwned=1</script>')}&city=lysychansk`);
  const notice = page.locator('.notices .notice');
  await expect(notice).toHaveCount(1);
  await expect(
    page.getByRole('status').filter({ hasText: 'Part of this link could not be used' }),
  ).toContainText('“<script>window.__pwned=1</script>” is not a date');
  await expect(page.getByRole('region', { name: 'Lysychansk', exact: true })).toBeVisible();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^4 July 2022/);
  await page.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(notice).toHaveCount(0);
  // Moving on does not bring it back.
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/date=2022-07-03&city=lysychansk/);
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('when MapLibre cannot start though WebGL2 was there, the page falls back to the SVG map and the document', async ({
  page,
}) => {
  // The probe's canvas gets its context; the map's canvas does not, as on a GPU that fails late.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      if (args[0] === 'webgl2' && this.classList.contains('maplibregl-canvas')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).apply(this, args);
    } as typeof original;
  });
  const errors = watchErrors(page);
  await page.goto('/?date=2022-07-03');
  await expect(page.getByRole('status').filter({ hasText: 'cannot draw the full map' })).toBeVisible();
  await expect(page.locator('.notices .notice')).toHaveCount(1);
  // The SVG map takes MapLibre's place.
  await expect(
    page.getByRole('img', { name: /^Map of Luhansk and Donetsk oblasts on 3 July 2022/ }),
  ).toBeVisible();
  const places = page.getByRole('region', { name: 'Places and what was said' });
  await expect(places.getByRole('article', { name: 'Lysychansk', exact: true })).toContainText(
    'it means only one thing',
  );
  expect(await sliderResponds(page)).toBe(true);
  expect(errors).toEqual([]);
});

test('a data file that cannot be loaded or read is named in a plain message', async ({ page }) => {
  await page.route(/\/stories\/[^/]*\.json$/, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Claimline could not start: geo/stories/luhansk-july-2022.json: could not be loaded (HTTP 500)',
  );
  await page.unroute(/\/stories\/[^/]*\.json$/);
  await page.route(/\/cities-[^/]*\.geojson$/, (route) => route.fulfill({ body: '{"type": "Featu' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Claimline could not start: geo/cities.geojson: is not valid JSON',
  );
});

test('the message that the page could not start is in the page’s language, or English without it', async ({
  page,
}) => {
  await page.route(/\/stories\/[^/]*\.json$/, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/?lang=uk');
  await expect(page.getByRole('alert')).toHaveText(
    uk.page.couldNotStart('geo/stories/luhansk-july-2022.json: could not be loaded (HTTP 500)'),
  );
  // The language's own file cannot be had: the page falls back on the English in its first load.
  await page.unroute(/\/stories\/[^/]*\.json$/);
  await page.route(/\/assets\/uk-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/?lang=uk');
  await expect(page.getByRole('alert')).toContainText(/^Claimline could not start: .*uk-/);
});
