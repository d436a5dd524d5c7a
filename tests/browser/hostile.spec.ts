import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { writeFixture } from '../../scripts/import/fixture';
import { parseImportArgs } from '../../scripts/import/options';
import { runImport } from '../../scripts/import/runImport';
import { openApp, waitForIdle } from './app';
import { serveLayers } from './layerHost';
import { watchCsp, watchErrors } from './watch';

// The metadata of issue 26, as a hostile or careless author would pass it to the import.
const NAME = '<img src=x onerror=alert(1)>Evil';
const LICENCE = '<b>bold</b>';
const SCRIPT_URL = 'javascript:alert(document.domain)';
/** A web address that still carries markup: taken, and only ever written as an attribute value. */
const MARKUP_URL = 'https://example.org/"><img src=x onerror=alert(2)>';

let dir = '';
test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimline-hostile-'));
  await writeFixture(join(dir, 'snapshots'), { days: 6, start: '2022-07-01', seed: 3 });
});
test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Imports the fixture through the command line's own option parser, as `npm run import` does. */
async function importWith(args: string[], out: string): Promise<void> {
  const parsed = parseImportArgs([join(dir, 'snapshots'), '--out', out, '--layer', 'evil', ...args]);
  if (!('options' in parsed) || parsed.listValues !== undefined) throw new Error('expected import options');
  await runImport(parsed.options, { threads: 0 });
}

/** Everything on the page made from the markup: elements, `on…` attributes, script URLs. */
const markupOnPage = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const node of document.querySelectorAll('*')) {
      if (['IMG', 'B'].includes(node.tagName)) found.push(`element <${node.tagName.toLowerCase()}>`);
      for (const attribute of node.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`attribute ${attribute.name} on <${node.tagName}>`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${attribute.name}="${attribute.value}"`);
      }
    }
    return found;
  });

test('the import refuses a source URL that is not a web address, and writes nothing', async () => {
  const out = join(dir, 'refused');
  const tsx = join('node_modules', '.bin', 'tsx');
  const args = ['scripts/import/cli.ts', join(dir, 'snapshots'), '--out', out, '--layer', 'evil'];
  const run = promisify(execFile)(tsx, [
    ...args,
    ...['--source-name', NAME, '--source-licence', LICENCE, '--source-url', SCRIPT_URL],
  ]);
  await expect(run).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining(`--source-url "${SCRIPT_URL}": expected an http: or https: address`),
  });
  await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
});

test('hostile source metadata reaches the page as text: no element, attribute or request is made from it', async ({
  page,
}) => {
  const out = join(dir, 'control');
  await importWith(['--source-name', NAME, '--source-licence', LICENCE, '--source-url', MARKUP_URL], out);
  await serveLayers(page, out);
  const violations = await watchCsp(page);
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { requests } = await openApp(page, '?date=2022-07-03&city=lysychansk');
  await page.waitForFunction(() => window.__claimline?.layers?.layers.length === 1);
  await waitForIdle(page);

  const label = `Assessed control: ${NAME}`;
  // The credits, the key, the layers control, the figures and the Sources section all say it as text.
  const credits = page.locator('.maplibregl-ctrl-attrib-inner');
  await expect(credits).toContainText(`${label} (${LICENCE})`);
  const link = credits.getByRole('link', { name: label });
  await expect(link).toHaveAttribute('href', new URL(MARKUP_URL).href);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('.legend')).toContainText(label);
  await expect(page.getByRole('checkbox', { name: label })).toBeChecked();
  await expect(page.locator('.layer-figures')).toContainText(`Source: ${NAME}; licence: ${LICENCE}.`);
  const sources = page.locator('.place-panel .place-sources');
  await expect(sources).toContainText(`${NAME} (assessed control):`);
  await expect(sources.getByRole('link', { name: `${NAME} (assessed control)` })).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  );

  expect(await markupOnPage(page)).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  expect(requests.filter((url) => /\/x$/.test(new URL(url).pathname))).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('a listed layer whose source URL is not a web address is named in a notice, and no link is made', async ({
  page,
}) => {
  const out = join(dir, 'edited');
  await importWith(['--source-name', 'Edited by hand', '--source-url', 'https://example.org/'], out);
  // Someone edits the hosted list by hand afterwards.
  const listFile = join(out, 'layers.json');
  const list = JSON.parse(await readFile(listFile, 'utf8'));
  list.layers[0].source.url = SCRIPT_URL;
  await writeFile(listFile, JSON.stringify(list));
  await serveLayers(page, out);
  await openApp(page, '?date=2022-07-03');
  const note = page.locator('.layer-error');
  await expect(note).toContainText(
    `control/layers.json: layer 1 (evil): source.url ("${SCRIPT_URL}") is not an http: or https: address`,
  );
  expect(await markupOnPage(page)).toEqual([]);
  await expect(page.getByRole('link', { name: /Edited by hand/ })).toHaveCount(0);
});
