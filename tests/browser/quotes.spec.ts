import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForIdle } from './app';

const cityButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('clicking Lysychansk shows what Zelensky and the military said, with dates and who reported it', async ({
  page,
}) => {
  await openApp(page, '?date=2022-07-03');
  await cityButton(page, 'Lysychansk').click();
  const region = page.getByRole('region', { name: 'Lysychansk', exact: true });
  await expect(region).toBeVisible();
  await expect(region.getByRole('heading', { level: 2 })).toHaveText('Lysychansk');
  await expect(page).toHaveURL(/\?date=2022-07-03&city=lysychansk$/);

  const zelensky = region.locator('.place-quote', { hasText: 'Volodymyr Zelensky' });
  await expect(zelensky).toHaveCount(3);
  await expect(region.locator('blockquote').first()).toBeVisible();
  const texts = await region.locator('blockquote').allTextContents();
  expect(texts).toContain(
    'If the commanders of our army pull people from certain points in the front, where the enemy has the greatest firepower advantage, and this also applies to Lysychansk, it means only one thing',
  );
  expect(texts).toContain(
    'That we will return thanks to our tactics, thanks to an increased supply of modern weapons',
  );
  await expect(zelensky.first()).toContainText('President of Ukraine');
  await expect(zelensky.first()).toContainText('Said 3 July 2022, evening video address');
  await expect(zelensky.first()).toContainText('Reported 4 July 2022 by Reuters');

  const military = region.locator('.place-quote', { hasText: "Ukraine's military command" });
  await expect(military.locator('blockquote')).toHaveText(
    'The continued defense of the city will have fatal consequences. In order to save the lives of the Ukrainian fighters, the decision was made to withdraw',
  );
  await expect(military).toContainText('Said 3 July 2022');

  // Then who held it and the events.
  await expect(region.getByRole('heading', { name: 'Who held it' })).toBeVisible();
  await expect(region.locator('.place-held li').last()).toContainText('From 3 July 2022: Russia');
  await expect(region.getByRole('heading', { name: 'Events' })).toBeVisible();
  await expect(region).toContainText('Ukraine withdraws its troops from Lysychansk');
  await page.screenshot({ path: 'tests/output/quotes-desktop.png' });

  // A link to it restores it.
  await openApp(page, '?date=2022-07-03&city=lysychansk');
  await expect(page.getByRole('region', { name: 'Lysychansk', exact: true })).toBeVisible();
});

test('a city with no quotes shows its history and events, and an oblast its claims and quotes', async ({
  page,
}) => {
  await openApp(page, '?city=sievierodonetsk');
  const city = page.getByRole('region', { name: 'Sievierodonetsk', exact: true });
  await expect(city).toContainText('The story quotes no one about Sievierodonetsk.');
  await expect(city.locator('.place-held li')).toHaveCount(2);
  await expect(city).toContainText('Russian forces take Sievierodonetsk');

  await page.getByRole('button', { name: 'Luhansk Oblast', exact: true }).click();
  const oblast = page.getByRole('region', { name: 'Luhansk Oblast', exact: true });
  await expect(oblast.getByRole('heading', { name: 'Claims on 4 July 2022' })).toBeVisible();
  await expect(oblast).toContainText('Russia says it controls all of it');
  await expect(oblast.locator('.place-quote', { hasText: 'Sergei Shoigu' }).locator('blockquote')).toHaveText(
    'liberated',
  );
  await expect(page).toHaveURL(/city=luhansk-oblast/);
});

test('clicking an oblast on the map opens its claims', async ({ page }) => {
  await openApp(page, '?date=2022-07-04');
  // A point inside Donetsk Oblast, away from any city.
  const point = await page.evaluate(() => window.__claimline!.map.project([37.0, 47.6]));
  await page.locator('#map canvas').click({ position: { x: point.x, y: point.y } });
  await expect(page.getByRole('region', { name: 'Donetsk Oblast', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/city=donetsk-oblast/);
});

test('searching "Severodonetsk" selects Sievierodonetsk and the URL says so', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: 'Find a place' });
  await box.fill('Severodonetsk');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const option = page.getByRole('option', { name: /^Sievierodonetsk \(Severodonetsk\)/ });
  await expect(option).toBeVisible();
  await box.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await box.press('Enter');
  await expect(page).toHaveURL(/\?city=sievierodonetsk$/);
  await expect(page.getByRole('region', { name: 'Sievierodonetsk', exact: true })).toBeVisible();
  await expect(page.locator('#place-panel-heading')).toBeFocused();
  await waitForIdle(page);
  expect(await page.evaluate(() => window.__claimline!.map.getZoom())).toBeGreaterThanOrEqual(8);

  // Every spelling the story knows finds its place.
  for (const [query, name] of <[string, string][]>[
    ['Lisichansk', 'Lysychansk'],
    ['Лисичанськ', 'Lysychansk'],
    ['Sievierdonetsk', 'Sievierodonetsk'],
    ['Lugansk', 'Luhansk'],
  ]) {
    await box.fill(query);
    await expect(page.getByRole('option').first()).toContainText(name);
  }
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('keyboard only: Tab to a city, Enter, read, Escape, and focus returns', async ({ page }) => {
  await openApp(page);
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent === 'Lysychansk');
  }
  expect(found).toBe(true);
  await expect(cityButton(page, 'Lysychansk')).toBeFocused();
  await page.keyboard.press('Enter');
  const region = page.getByRole('region', { name: 'Lysychansk', exact: true });
  await expect(region).toBeVisible();
  await expect(page.locator('#place-panel-heading')).toBeFocused();
  await expect(region).toContainText('it means only one thing');
  await page.keyboard.press('Escape');
  await expect(region).toBeHidden();
  await expect(cityButton(page, 'Lysychansk')).toBeFocused();
  await expect(page).not.toHaveURL(/city=/);

  // The close button does the same.
  await page.keyboard.press('Enter');
  await expect(region).toBeVisible();
  await page.getByRole('button', { name: 'Close place panel' }).click();
  await expect(region).toBeHidden();
  await expect(cityButton(page, 'Lysychansk')).toBeFocused();
});

test('quote text that looks like HTML is shown as text and runs nothing', async ({ page }) => {
  const attack = '<img src=x onerror=alert(1)>';
  const story = JSON.parse(readFileSync('geo/stories/luhansk-july-2022.json', 'utf8')) as {
    quotes: { id: string; text: string; speaker: string }[];
  };
  for (const quote of story.quotes) {
    if (quote.id === 'zelensky-only-one-thing') {
      quote.text = `${attack} ${quote.text}`;
      quote.speaker = `${attack}Volodymyr Zelensky`;
    }
  }
  // The app fetches the story from its own origin at run time (src/data/loadBundle.ts).
  await page.route(/\/stories\/[^/]*\.json$/, (route) => route.fulfill({ json: story }));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page, '?city=lysychansk');
  const region = page.getByRole('region', { name: 'Lysychansk', exact: true });
  await expect(region.locator('[data-quote="zelensky-only-one-thing"] blockquote')).toHaveText(
    new RegExp(`^${attack.replace(/[()]/g, '\\$&')} If the`),
  );
  await expect(region).toContainText(`${attack}Volodymyr Zelensky`);
  expect(await page.locator('img').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('on a phone the panel is a bottom sheet and the map stays usable', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openApp(page, '?date=2022-07-04');
  await page.getByRole('combobox', { name: 'Find a place' }).fill('Lisichansk');
  await page.keyboard.press('Enter');
  const region = page.getByRole('region', { name: 'Lysychansk', exact: true });
  await expect(region).toBeVisible();
  await waitForIdle(page);
  const sheet = (await region.boundingBox())!;
  const map = (await page.locator('#map').boundingBox())!;
  expect(sheet.width).toBe(375);
  expect(sheet.y + sheet.height).toBeCloseTo(740, 0);
  expect(sheet.height).toBeLessThanOrEqual(740 * 0.6);
  // Part of the map stays uncovered, and Lysychansk is moved into that part.
  expect(sheet.y - map.y).toBeGreaterThan(150);
  const at = await page.evaluate(() => window.__claimline!.map.project([38.44207, 48.90485]));
  expect(map.y + at.y).toBeLessThan(sheet.y);
  await page.screenshot({ path: 'tests/output/quotes-phone.png' });
  await page.getByRole('button', { name: 'Close place panel' }).click();
  await expect(region).toBeHidden();
});
