/**
 * `npm run export -- --from DAY --to DAY --size WxH --format webm|gif|png --out FILE [--fps N]
 * [--step N]`: renders the same frames as the page's Share menu, in headless Chromium (the one the
 * tests use) against the built app (`npm run build` first), and writes the file. It prints the
 * frames done as they come, and exits 2 with a message naming the option on a bad day, size or
 * format, 1 when the page could not make the file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { readExportArgs, type ExportArgs } from './exportArgs';

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
  console.log(await panel.locator('.share-estimate').textContent());
  const download = page.waitForEvent('download', { timeout: 0 });
  const status = page.locator('.share-status');
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
    const { readFile } = await import('node:fs/promises');
    return readFile(path);
  } finally {
    clearInterval(progress);
  }
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
