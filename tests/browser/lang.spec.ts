/**
 * The page in Ukrainian and Russian: the language from the link or the browser, the switch, the
 * `lang` marks, axe, and the build check that every string the interface shows comes from the
 * messages: no English message and no Latin word but a name is left on a uk or ru page.
 */
import { expect, test } from '@playwright/test';
import { openApp, waitForIdle } from './app';
import { audit, excuse } from './axe';
import { englishLeft } from './englishLeft';

const PAGES = [
  {
    lang: 'uk',
    search: 'лис',
    found: 'Знайдено 1 місце',
    place: 'Лисичанськ',
    note: /англійською/,
    locator: /^Оглядова мапа України.*Мапа показує \d+,\d° пн\. ш\./,
    video: 'Анімація (відео)…',
    animation: 'Анімація',
    estimate: /^\d+ кадр(и|ів)?, \d+(,\d)? с; приблизно [\d,]+ (МБ|КБ), не більше\.$/,
  },
  {
    lang: 'ru',
    search: 'лис',
    found: 'Найдено 1 место',
    place: 'Лисичанск',
    note: /на английском/,
    locator: /^Обзорная карта Украины.*Карта показывает \d+,\d° с\. ш\./,
    video: 'Анимация (видео)…',
    animation: 'Анимация',
    estimate: /^\d+ кадр(а|ов)?, \d+(,\d)? с; примерно [\d,]+ (МБ|КБ), не больше\.$/,
  },
] as const;

for (const language of PAGES) {
  test(`a ${language.lang} page: its language marked, no English left, axe content`, async ({ page }) => {
    test.setTimeout(120_000);
    // The README's screenshots' size (docs/screenshot-uk.png and -ru.png are this test's, copied).
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, `?lang=${language.lang}&date=2022-07-03`);
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    // The map's first picture, drawn at build time with English names, is not shown in this one.
    await expect(page.locator('#picture-first')).toHaveCount(0);
    expect(await englishLeft(page), 'the opening page').toEqual([]);

    // The search answers in the page's language.
    const search = page.locator('#place-search-input');
    await search.fill(language.search);
    await expect(page.getByRole('option').first()).toContainText(language.place);
    await expect(page.locator('.place-search .visually-hidden')).toHaveText(language.found);
    expect(await englishLeft(page), 'the search open').toEqual([]);
    await search.press('Enter');

    // The city's panel: its words in the page's language, its quotes in English and saying so.
    const panel = page.getByRole('region', { name: language.place, exact: true });
    await expect(panel).toBeVisible();
    const quotes = panel.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) await expect(quote).toHaveAttribute('lang', 'en');
    await expect(panel.locator('.place-quote-language').first()).toHaveText(language.note);
    // The locator inset, answering by now, says the map's view in the page's language.
    await expect(page.getByRole('application', { name: language.locator })).toBeVisible();
    expect(await englishLeft(page), 'the panel open, the locator answering').toEqual([]);
    await waitForIdle(page);
    await page.screenshot({ path: `tests/output/lang-${language.lang}.png` });

    // The Share menu's entries.
    await page.locator('.copy-link-button[aria-haspopup="menu"]').click();
    await expect(page.getByRole('menu')).toBeVisible();
    // Two images, the data, the area and three animations (WebM, MP4, GIF).
    expect(await page.getByRole('menuitem').count()).toBe(7);
    expect(await englishLeft(page), 'the share menu open').toEqual([]);
    // The animation's settings, opened from the menu's video entry.
    await page.getByRole('menuitem', { name: language.video }).click();
    const animation = page.getByRole('region', { name: language.animation });
    await expect(animation).toBeVisible();
    await expect(animation.locator('.share-estimate')).toHaveText(language.estimate);
    expect(await englishLeft(page), 'the animation settings open').toEqual([]);

    const { violations } = await excuse(page, await audit(page));
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
}

test('a comparison of two days on a uk page, as far as the story goes, is in Ukrainian', async ({ page }) => {
  await openApp(page, '?lang=uk&date=2022-07-04&compare=2022-06-24');
  await expect(page.locator('.compare-summary .compare-span')).toHaveText(
    'Від 24 червня до 4 липня 2022 р.:',
  );
  await expect(page.getByRole('button', { name: 'Припинити порівняння' })).toBeVisible();
  await page.getByRole('button', { name: 'Лисичанськ', exact: true }).click();
  await expect(page.locator('.compare-place .compare-text').first()).toContainText('За історією:');
  expect(await englishLeft(page)).toEqual([]);

  // The swipe: its button, the divider and the two days beside it.
  await page.getByRole('button', { name: 'Шторка' }).click();
  const divider = page.getByRole('slider', { name: 'Межа між мапами двох днів' });
  await expect(divider).toHaveAttribute(
    'aria-valuetext',
    '24 червня 2022 р. ліворуч, 4 липня 2022 р. праворуч; межа на 50% ширини',
  );
  await expect(page.locator('.swipe-label-left')).toHaveText('24 червня 2022 р.');
  expect(await englishLeft(page), 'the swipe on').toEqual([]);
});

test('a PNG made on a uk page says so in Ukrainian: the notice names the file and its size', async ({
  page,
}) => {
  await openApp(page, '?lang=uk&date=2022-07-03');
  await page.locator('.copy-link-button[aria-haspopup="menu"]').click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Зображення (PNG), 1×' }).click();
  const name = (await download).suggestedFilename();
  expect(name).toBe('claimline-2022-07-03-1x.png');
  const notice = page.getByRole('status').filter({ hasText: `Збережено ${name}` });
  await expect(notice).toHaveText(/^Збережено claimline-2022-07-03-1x\.png \(\d+×\d+ пікселів\)\.$/);
  // The file's name is the page's own, as the data names are: no other Latin word is left.
  expect(await englishLeft(page, [name]), 'the PNG saved').toEqual([]);
});

test('the page takes the browser’s language when the link names none', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'Условные обозначения' })).toBeVisible();
  // The link's language wins over the browser's.
  await openApp(page, '?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('the language switch works by keyboard, and Back and Forward return to each language', async ({
  page,
}) => {
  await openApp(page, '?date=2022-07-03');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  // Tab from the start of the page reaches the switch first.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('lang') === 'uk')) break;
  }
  await expect(switcher.getByRole('button', { name: 'Українська' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]lang=uk/);
  await waitForIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page).toHaveURL(/date=2022-07-03/);
  await expect(
    page.getByRole('navigation', { name: 'Мова' }).getByRole('button', { name: 'Українська' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await waitForIdle(page);
  await page.goForward();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});

test('"Copy link" keeps the language, and the link opens the page in it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?lang=ru&date=2022-06-25&city=lysychansk');
  await page.getByRole('button', { name: 'Скопировать ссылку на этот вид' }).click();
  await expect(page.locator('.copy-link-status')).toHaveText('Ссылка скопирована.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe('http://127.0.0.1:4173/?story=luhansk-july-2022&date=2022-06-25&city=lysychansk&lang=ru');
  await openApp(page, link.replace('http://127.0.0.1:4173/', ''));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('region', { name: 'Лисичанск', exact: true })).toBeVisible();
});

test('a language the page has not is named and left out; the page works in its default', async ({ page }) => {
  await openApp(page, '?lang=xx&date=2022-07-03');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('status').filter({ hasText: '“xx” is not a language of this page.' }),
  ).toBeVisible();
});
