/**
 * Several stories, in a test build: the seed story and a second one drafted from a generated
 * article (tests/fixtures/secondStory.ts), built together (CLAIMLINE_EXTRA_STORIES) and served on
 * a port of their own. The shipped build has the seed story alone.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cityFillColour } from '../../src/ui/appearance';
import { SECOND_STORY_ID, writeSecondStory } from '../fixtures/secondStory';
import { serveFolders } from '../bench/staticServer';
import { audit, excuse } from './axe';
import { watchErrors } from './watch';

const EXTRA = 'tests/output/stories-extra';
const DIST = 'tests/output/dist-stories';
const PORT = 4174;
const SEED = 'luhansk-july-2022';
let server: Awaited<ReturnType<typeof serveFolders>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  writeSecondStory(EXTRA);
  execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, CLAIMLINE_EXTRA_STORIES: EXTRA },
    stdio: 'inherit',
  });
  server = await serveFolders({ '/': DIST }, PORT);
});
test.afterAll(async () => server?.close());
test.use({ baseURL: `http://127.0.0.1:${PORT}/` });

/** Opens a link and waits for the app (the timeline's slider) and, with more than one story, the picker. */
async function open(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Stories' })).toBeVisible();
}

const panel = (page: Page) => page.getByRole('region', { name: 'Bakhmut' });

test('the picker opens each story by keyboard; ?story= opens it, Back and Forward move between stories', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const offOrigin: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`http://127.0.0.1:${PORT}/`)) offOrigin.push(request.url());
  });
  await open(page, '');
  const picker = page.getByRole('navigation', { name: 'Stories' });
  await expect(picker).toContainText('Story 1 of 2: Russia claims control of Luhansk region');
  // The other story's event is marked on the timeline (hollow), beside the open story's ticks.
  await expect(page.locator('.story-marks path')).toHaveCount(1);
  await expect(page.locator('.story-marks path')).toHaveAttribute('data-day', '2023-05-21');
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/date=2023-05-31/);

  // Keyboard: the disclosure opens with Enter, the second story's link is followed with Enter.
  await picker.locator('summary').focus();
  await page.keyboard.press('Enter');
  const second = picker.getByRole('link', { name: /^Test story: Russia says it has taken Bakhmut/ });
  await expect(second).toBeVisible();
  await expect(picker.getByRole('link', { name: /Russia claims control/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?story=${SECOND_STORY_ID}$`));
  await expect(picker).toContainText('Story 2 of 2: Test story: Russia says it has taken Bakhmut');
  // The second story keeps its own period: a link without a date opens on its last day.
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /21 May 2023/);

  await page.goBack();
  await expect(page).toHaveURL(/date=2023-05-31/);
  await expect(picker).toContainText('Story 1 of 2');
  await page.goForward();
  await expect(picker).toContainText('Story 2 of 2');
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(`http://127.0.0.1:${PORT}/`);
  await expect(picker).toContainText('Story 1 of 2');

  // An unknown story: the page says so and opens the first.
  await open(page, '?story=atlantis');
  await expect(
    page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'atlantis' }),
  ).toContainText('“atlantis” is not a story here; the first story is shown.');
  await expect(picker).toContainText('Story 1 of 2');
  expect(offOrigin).toEqual([]);
  expect(errors).toEqual([]);
});

test("a city's panel names the other story with a working link, and says the stories are silent past their ends", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, '?city=bakhmut');
  const stories = panel(page).locator('.place-stories');
  const link = stories.getByRole('link', { name: /^Test story: Russia says it has taken Bakhmut/ });
  await expect(link).toHaveAttribute('href', `?story=${SECOND_STORY_ID}&city=bakhmut`);
  await expect(stories).toContainText('20 May 2023 – 21 May 2023');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`story=${SECOND_STORY_ID}&city=bakhmut`));
  // The open story's quotes; the first story is named in turn.
  await expect(panel(page)).toContainText('The city is under our control');
  await expect(panel(page)).not.toContainText('It means only one thing');
  await expect(
    panel(page)
      .locator('.place-stories')
      .getByRole('link', { name: /Russia claims control/ }),
  ).toHaveAttribute('href', `?story=${SEED}&city=bakhmut`);

  // Between the stories, and past the end of both: silent, and said to be.
  await open(page, '?city=bakhmut&date=2022-12-01');
  await expect(panel(page)).toContainText(
    'The stories are silent on Bakhmut after 4 July 2022: none says what happened there on 1 December 2022',
  );
  await open(page, '?city=bakhmut&date=2023-05-31');
  await expect(panel(page)).toContainText('The stories are silent on Bakhmut after 21 May 2023');
  // Where the other story covers the day, its word is given.
  await open(page, '?city=bakhmut&date=2023-05-21');
  await expect(panel(page)).toContainText(
    'On 21 May 2023, “Test story: Russia says it has taken Bakhmut” speaks of Bakhmut: held by Russia from 21 May 2023.',
  );
  expect(errors).toEqual([]);
});

test('axe-core finds no serious or critical violation with the picker open and the other stories listed', async ({
  page,
}) => {
  await open(page, '?city=bakhmut&date=2022-12-01');
  await expect(panel(page).locator('.place-stories')).toBeVisible();
  await page.getByRole('navigation', { name: 'Stories' }).locator('summary').click();
  const { violations } = await excuse(page, await audit(page));
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test("the picture built into the page is the first story's: a link to another story drops it unpainted", async ({
  page,
}) => {
  // Whether the built-in picture is still in the page once it is parsed, before the app's code runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __first: boolean }).__first = document.getElementById('picture-first') !== null;
    });
  });
  const first = () => page.evaluate(() => (window as unknown as { __first: boolean }).__first);
  await open(page, `?story=${SEED}`);
  expect(await first()).toBe(true);
  await open(page, `?story=${SECOND_STORY_ID}`);
  expect(await first()).toBe(false);
  // The app's picture draws the second story's day instead: Bakhmut Russia's on 21 May 2023.
  await expect(page.locator('svg.picture .picture-city[data-place="bakhmut"]')).toHaveAttribute(
    'fill',
    cityFillColour('ru'),
  );
});
