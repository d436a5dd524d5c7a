import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkDraft } from '../../src/story/validateStory';
import type { RawPlacesFile, RawStory } from '../../src/story/types';
import { audit, excuse } from './axe';
import { serveFolders } from '../bench/staticServer';
import { watchCsp, watchErrors } from './watch';
import { downloaded } from './downloaded';

// The seed article, as the drafter's own tests read it (not in the repository: copyright).
const ARTICLE = readFileSync(new URL('../../../shared/article.txt', import.meta.url), 'utf8');
const places = (JSON.parse(readFileSync('geo/places.json', 'utf8')) as RawPlacesFile).places;

/** axe's serious and critical findings on the page as it is now, excused target sizes apart. */
async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await excuse(page, await audit(page));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const card = (page: Page, kind: string, id: string) =>
  page.getByRole('article', { name: `${kind} "${id}"`, exact: true });

test('the authoring page drafts the seed article, checks every edit and downloads a story that passes story:check', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = watchErrors(page);
  await page.goto('/author.html');
  expect(await seriousFindings(page)).toEqual([]);

  // Paste the article, set its day and outlet, draft it; the keyboard reaches the button.
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByLabel('Publication date').fill('2022-07-04');
  await page.getByLabel('Outlet').fill('Reuters');
  await page.getByLabel('Outlet').press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Draft the story' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The text is marked by kind, as text: the misspelt Sievierdonetsk is a place, the quotes are quotes.
  const marked = page.getByRole('region', { name: 'The article with drafted spans marked' });
  await expect(marked.locator('mark.hl-place', { hasText: 'Sievierdonetsk' })).toHaveCount(1);
  await expect(marked.locator('mark.hl-quote').first()).toBeVisible();
  expect(await marked.locator('mark').count()).toBeGreaterThan(20);
  await expect(page.getByRole('status').filter({ hasText: /open items/ })).toBeVisible();

  // Edit a speaker: the quote the drafter gave to Shoigu is given his full name.
  // The site already has this article's story: the quote's id the drafter made is taken, so the
  // draft's is kept apart from it (idsApart).
  const shoigu = card(page, 'Quote', 'shoigu-liberated-2');
  await shoigu.getByLabel('Speaker').fill('Sergei Shoigu');
  await expect(shoigu.getByLabel('Speaker')).toHaveValue('Sergei Shoigu');

  // Introduce a mistake the check names (a place that is in no table) and fix it.
  const zelensky = card(page, 'Quote', 'zelensky-if-the-commanders-of-our');
  const placesField = zelensky.getByLabel('Places (ids, comma-separated)');
  await expect(placesField).toHaveValue('lysychansk');
  await placesField.fill('lysychansk, lisichansk');
  await expect(placesField).toHaveAttribute('aria-invalid', 'true');
  const named = 'places[1] (lisichansk) is not a place id in geo/places.json';
  await expect(zelensky.locator('.author-field.has-error .author-messages')).toContainText(named);
  await expect(page.locator('.author-check-status')).toContainText('1 mistake');
  await expect(page.locator('.author-check-status')).toContainText(named);
  await expect(page.locator('.author-download-link')).toBeHidden();
  expect(await seriousFindings(page)).toEqual([]);
  await placesField.fill('lysychansk');
  await expect(placesField).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('.author-check-status')).toContainText('No mistakes');

  // The preview draws the draft: the map, the timeline, and a place's panel with its quotes.
  const preview = page.getByRole('region', { name: '4. Preview' });
  await expect(preview.locator('svg.picture')).toHaveCount(1);
  await expect(preview.getByRole('slider', { name: 'Date' })).toBeVisible();
  await preview.getByLabel('Place shown in the panel').selectOption('lysychansk');
  await expect(preview.getByRole('region', { name: 'Lysychansk', exact: true })).toContainText('Zelensky');

  // Download the draft: it is the page's story, a draft that story:check passes.
  const download = await downloadStory(page);
  expect(checkDraft(download, places, { file: 'draft.json' }).errors).toEqual([]);
  expect(download.draft?.open.length).toBeGreaterThan(0);
  expect(download.quotes.find((q) => q.id === 'shoigu-liberated-2')?.speaker).toBe('Sergei Shoigu');
  expect(download.sources.map((s) => s.id)).toContain('article-2');
  expect(storyCheck(download)).toMatch(/^story:check DRAFT: .*: no errors; \d+ open item\(s\)/m);

  expect(await seriousFindings(page)).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1:4173/'))).toEqual([]);
});

/** `npm run story:check` on a story, as the editor runs it on the downloaded file: its output. */
function storyCheck(story: RawStory): string {
  const file = 'tests/output/author-download.json';
  writeFileSync(file, JSON.stringify(story));
  return execFileSync('npx', ['tsx', 'scripts/story-check.ts', file], { encoding: 'utf8' });
}

async function downloadStory(page: Page): Promise<RawStory> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.author-download-link').click(),
  ]);
  return JSON.parse((await downloaded(file)).toString('utf8')) as RawStory;
}

test('an article opened from a file, settled and accepted item by item with the keyboard, downloads as a reviewed story', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/author.html');
  // Nothing to draft, and a day: the drafter's own words say why not.
  await page.getByLabel('Publication date').fill('2022-07-04');
  await page.getByRole('button', { name: 'Draft the story' }).click();
  await expect(page.locator('.author-problem')).toHaveText(/there is no text to draft from/);
  // A file dropped on the text box is read into it; a file opened replaces it.
  await page.getByLabel('Article text').evaluate((box) => {
    const files = new DataTransfer();
    files.items.add(new File(['A dropped article.'], 'dropped.txt', { type: 'text/plain' }));
    box.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
  });
  await expect(page.getByLabel('Article text')).toHaveValue('A dropped article.');
  await page.getByLabel('Open a text file').setInputFiles({
    name: 'article.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'Russia says it captured Lysychansk\n\nUkrainian President Volodymyr Zelensky on Sunday pledged to retake Lysychansk. "We will return," Zelensky said in his evening video address. Russian Defence Minister Sergei Shoigu said the army had "liberated" Severodonetsk and Bilovodsk.\n',
    ),
  });
  await expect(page.getByLabel('Article text')).toHaveValue(/^Russia says it captured Lysychansk/);
  await page.getByLabel('Publication date').fill('2022-07-04');
  await page.getByLabel('Outlet').fill('The Paper');
  await page.getByRole('button', { name: 'Draft the story' }).click();
  await expect(page.getByRole('heading', { name: '3. The drafted items' })).toBeFocused();

  // Bilovodsk is not in the places table: the drafter added it from the gazetteer, under its name
  // there, which the editor writes as the places table would.
  const name = card(page, 'Place', 'bilovodsk').getByLabel('Name (English)');
  await expect(name).toHaveValue("Bilovods'k");
  await name.fill('Bilovodsk');
  // Settle what the text left open, delete an item, and accept the rest from the keyboard.
  // Its quotes' ids are the seed story's: kept apart from them, so the file is a second story.
  await card(page, 'Quote', 'zelensky-we-will-return-2').getByLabel('Role').fill('Ukrainian President');
  await card(page, 'Quote', 'zelensky-we-will-return-2')
    .getByLabel('Places (ids, comma-separated)')
    .fill('lysychansk');
  await card(page, 'Quote', 'shoigu-liberated-2').getByLabel('Day said').fill('2022-07-03');
  const deleted = card(page, 'Event', 'ru-took-sievierodonetsk');
  await deleted.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(deleted).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveText('Place "bilovodsk"');
  const accept = page.getByRole('button', { name: 'Accept', exact: true });
  while ((await accept.count()) > 0) {
    await accept.first().focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByRole('button', { name: 'Accepted', exact: true })).toHaveCount(5);
  await expect(page.locator('.author-check-status')).toHaveText('No mistakes; 0 open items.');

  const story = await downloadStory(page);
  expect(story.draft).toBeUndefined();
  expect(story.events.map((e) => e.id)).toEqual(['ru-took-lysychansk']);
  expect(story.places?.map((p) => [p.id, p.names.en])).toEqual([['bilovodsk', 'Bilovodsk']]);
  // The places table's, and the one the story adds.
  expect(storyCheck(story)).toContain(
    `story:check OK: tests/output/author-download.json: 2 parties, 1 sources, 1 claims, 0 holdings, 1 events, 2 quotes; ${places.length + 1} places`,
  );
  // Dropped into a stories folder beside the site's, it is a second story the build would take.
  const folder = 'tests/output/author-stories';
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}/the-paper-lysychansk.json`, JSON.stringify(story));
  const site = execFileSync('npx', ['tsx', 'scripts/story-check.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CLAIMLINE_EXTRA_STORIES: folder },
  });
  expect(site).toContain('story:check: 2 stories');
  // And built with the site, the app opens it: the picker names it, Lysychansk's panel has its quote.
  test.setTimeout(240_000);
  const dist = 'tests/output/dist-author-stories';
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, CLAIMLINE_EXTRA_STORIES: folder },
  });
  const server = await serveFolders({ '/': dist }, 4175);
  try {
    await page.goto(`${server.url}?story=the-paper-lysychansk&city=lysychansk`);
    await expect(page.getByRole('navigation', { name: 'Stories' })).toContainText(/Story \d of 2/);
    await expect(page.getByRole('region', { name: 'Lysychansk' })).toContainText('We will return');
  } finally {
    await server.close();
  }
  expect(errors).toEqual([]);
});
