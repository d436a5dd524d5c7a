import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForIdle } from './app';

/** The feature-state MapLibre has drawn a rendered feature with, by place id. */
async function renderedState(page: Page, layer: string, placeId: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ layer, placeId }) => {
      const map = window.__claimline!.map;
      const feature = map.queryRenderedFeatures({ layers: [layer] }).find((f) => f.properties.id === placeId);
      if (!feature) throw new Error(`${placeId} is not rendered in ${layer}`);
      return feature.state as Record<string, unknown>;
    },
    { layer, placeId },
  );
}

const summary = (page: Page) => page.locator('.day-summary-body');
const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });

test('20 June and 4 July 2022 show the change the story tells', async ({ page }) => {
  await openApp(page, '?date=2022-06-20');
  expect(await renderedState(page, 'city-circle', 'lysychansk')).toMatchObject({ holder: 'ua' });
  expect(await renderedState(page, 'oblast-fill', 'luhansk-oblast')).toMatchObject({ holder: '' });
  await expect(summary(page)).toContainText('20 June 2022');
  await expect(summary(page).locator('li', { hasText: 'Held by Ukraine' })).toContainText('Lysychansk');
  await expect(summary(page).locator('li', { hasText: 'Luhansk Oblast' })).not.toContainText('controls all');
  await page.screenshot({ path: 'tests/output/timeline-2022-06-20.png' });

  await openApp(page, '?date=2022-07-04');
  expect(await renderedState(page, 'city-circle', 'lysychansk')).toMatchObject({ holder: 'ru' });
  expect(await renderedState(page, 'oblast-fill', 'luhansk-oblast')).toMatchObject({
    holder: 'ru',
    extent: 'all',
    'claimed-ua': true,
  });
  await expect(summary(page).locator('li', { hasText: 'Luhansk Oblast' })).toContainText(
    'Russia says it controls all of it',
  );
  await expect(summary(page).locator('li', { hasText: 'Held by Russia' })).toContainText('Lysychansk');
  await page.screenshot({ path: 'tests/output/timeline-2022-07-04.png' });
});

test('the keyboard drives the slider, and the URL, map and summary follow', async ({ page }) => {
  await openApp(page, '?date=2022-07-01');
  const handle = slider(page);
  await expect(handle).toHaveAttribute('aria-valuetext', '1 July 2022');
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuetext', /^3 July 2022: /);
  await expect(page).toHaveURL(/\?date=2022-07-03$/);
  await expect(summary(page)).toContainText('3 July 2022');
  await waitForIdle(page);
  expect(await renderedState(page, 'city-circle', 'lysychansk')).toMatchObject({ holder: 'ru' });

  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\?date=2022-06-03$/);
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuetext', /^7 April 2014/);
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuetext', '31 July 2022');
  await expect(summary(page)).toContainText('says nothing about later days');
});

test('previous and next event buttons jump between event days', async ({ page }) => {
  await openApp(page, '?date=2022-06-20');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/\?date=2022-06-25$/);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page).toHaveURL(/\?date=2022-07-03$/);
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(page).toHaveURL(/\?date=2022-06-25$/);
});

test('dragging the handle changes the date, and Back returns to the date before the drag', async ({
  page,
}) => {
  await openApp(page, '?date=2022-06-01');
  const track = page.locator('.timeline-track');
  const box = (await track.boundingBox())!;
  const handle = (await slider(page).boundingBox())!;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(handle.x + handle.width / 2 + i * 8, y);
  await page.mouse.move(box.x + box.width - 20, y);
  await page.mouse.up();
  const url = new URL(page.url());
  const dragged = url.searchParams.get('date')!;
  expect(dragged > '2022-07-01').toBe(true);
  await expect(slider(page)).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^${Number(dragged.slice(8))} July 2022`),
  );
  await expect(summary(page)).toContainText('July 2022');

  await page.goBack();
  await expect(page).toHaveURL(/\?date=2022-06-01$/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 June 2022');
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`\\?date=${dragged}$`));
});

test('an event tick names its event on focus and jumps to its day', async ({ page }) => {
  await openApp(page, '?date=2022-01-01');
  const tick = page.getByRole('button', { name: /^25 June 2022: Russian forces take Sievierodonetsk/ });
  await tick.focus();
  await expect(page.getByRole('tooltip')).toContainText('Russian forces take Sievierodonetsk');
  await tick.click();
  await expect(page).toHaveURL(/\?date=2022-06-25$/);
});

test('play animates through time and pause stops it', async ({ page }) => {
  await openApp(page, '?date=2022-06-01');
  await page.getByLabel('Speed').selectOption('fast');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('date') ?? '').toMatch(/^2022-07/);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 July 2022');
});
