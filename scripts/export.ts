/**
 * `npm run export -- --from DAY --to DAY --size WxH --format webm|mp4|gif|png --out FILE [--fps N]
 * [--step N] [--story ID] [--layers ID,ID]`: renders the same frames as the page's Share menu, in headless Chromium (the one the
 * tests use) against the built app (`npm run build` first), and writes the file. It prints the
 * frames done as they come, and exits 2 with a message naming the option on a bad day, size,
 * format, story or layer, 1 when the page could not make the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { chromium, type Locator, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { LAYERS_PATH } from '../src/control/layerFormat';
import { readExportArgs, unknownLayers, type ExportArgs } from './exportArgs';

/** Drives the page's Share menu as a reader would, printing the progress; resolves to the file's bytes. */
async function exportInPage(page: Page, args: ExportArgs): Promise<Buffer> {
  await page.waitForFunction(() => {
    const handle = (window as unknown as { __claimline?: { map?: unknown; documentMode: boolean } })
      .__claimline;
    return handle?.map !== undefined || handle?.documentMode === true;
  });
  await page.getByRole('button', { name: 'Share…' }).click();
  await page.getByRole('menuitem', { name: /Animation \(video\)/ }).click();
  const panel = page.getByRole('region', { name: 'Animation' });
  await panel.getByLabel('Format').selectOption(args.format);
  await panel.getByLabel('From').fill(args.from);
  await panel.getByLabel('To').fill(args.to);
  await panel.getByLabel('One frame every (days)').fill(args.step);
  await panel.getByLabel('Frames per second').fill(args.fps);
  const sizes = await panel
    .getByLabel('Size (pixels)')
    .evaluate((node) => [...(node as HTMLSelectElement).options].map((o) => o.value));
  if (!sizes.includes(args.size))
    await panel.getByLabel('Size (pixels)').evaluate((node, size) => {
      // A size the menu does not offer: added as one more choice, as the page reads any WxH.
      (node as HTMLSelectElement).append(Object.assign(document.createElement('option'), { value: size }));
    }, args.size);
  await panel.getByLabel('Size (pixels)').selectOption(args.size);
  if (args.layers) await chooseLayers(panel, args.layers);
  console.log(await panel.locator('.share-estimate').textContent());
  const download = page.waitForEvent('download', { timeout: 0 });
  const status = page.locator('.share-status');
  const clicked = performance.now();
  await panel.getByRole('button', { name: 'Start' }).click();
  const progress = setInterval(() => {
    void panel
      .locator('.share-progress-text')
      .textContent()
      .then((text) => text && console.log(text));
  }, 2000);
  try {
    const result = await Promise.race([
      download,
      status
        .filter({ hasText: /could not be made/ })
        .waitFor({ timeout: 0 })
        .then(() => null),
    ]);
    if (!result) throw new Error((await status.textContent()) ?? 'the page could not make the file');
    const path = await result.path();
    console.log(await status.textContent());
    // The page's own time, from Start to the file: the frames, the encoding and the saving.
    console.log(`export: the page made it in ${((performance.now() - clicked) / 1000).toFixed(1)} s`);
    const { readFile } = await import('node:fs/promises');
    return readFile(path);
  } finally {
    clearInterval(progress);
  }
}

/** Checks the panel's box of each layer asked for and clears the others'. */
async function chooseLayers(panel: Locator, ids: readonly string[]): Promise<void> {
  const boxes = panel.locator('input[type="checkbox"][name="layer"]');
  await boxes.first().waitFor();
  for (const box of await boxes.all()) await box.setChecked(ids.includes(await box.inputValue()));
}

/** The ids of the build's imported layers (its layer list; none when it has no list). */
function builtLayers(): string[] {
  const path = `dist/${LAYERS_PATH}`;
  if (!existsSync(path)) return [];
  const list = JSON.parse(readFileSync(path, 'utf8')) as { layers?: { id?: unknown }[] };
  return (list.layers ?? []).map((layer) => String(layer.id));
}

async function main(): Promise<void> {
  let args: ExportArgs;
  try {
    args = readExportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  if (!existsSync('dist/index.html')) {
    console.error('export: dist/index.html: not built yet; run `npm run build` first');
    process.exit(1);
  }
  // The page opens the first story for an id it does not know; the command says so instead.
  const stories = existsSync('dist/stories') ? readdirSync('dist/stories') : [];
  if (args.story && !stories.some((name) => name.startsWith(`${args.story}-`))) {
    console.error(`export: --story: "${args.story}" is not a story of this build (dist/stories/)`);
    process.exit(2);
  }
  const missing = args.layers && unknownLayers(args.layers, builtLayers());
  if (missing) {
    console.error(`export: ${missing}`);
    process.exit(2);
  }
  const started = performance.now();
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server has no address');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${url}?${args.story ? `story=${args.story}&` : ''}date=${args.from}`);
    const bytes = await exportInPage(page, args);
    await writeFile(args.out, bytes);
    console.log(
      `export: wrote ${args.out} (${bytes.length} bytes) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
