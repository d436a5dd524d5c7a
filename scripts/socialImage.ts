/**
 * Renders the site's raster images from the real built app in Chromium (run `npm run build`
 * first): public/social.png, the 1200x630 social preview of the map on the story's key day, and
 * public/apple-touch-icon.png, the 180x180 icon drawn from public/favicon.svg. The outputs are
 * committed; run `npm run social-image` again when the look of the map changes.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const SOCIAL = { file: 'public/social.png', width: 1200, height: 630, query: '?date=2022-07-03' };
// Square and full-bleed, on the favicon's own sea colour: the home screen rounds the corners itself.
const ICON = { file: 'public/apple-touch-icon.png', size: 180, source: 'public/favicon.svg' };

/** Resolves once the map has drawn everything it was asked to (MapLibre's `idle`). */
async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => 'map' in ((window as { __claimline?: object }).__claimline ?? {}));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const { map } = (window as unknown as { __claimline: { map: import('maplibre-gl').Map } })
          .__claimline;
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('socialImage: no dist/ (run `npm run build` first)');
  // Any free port: the browser tests of other checkouts may hold the usual one.
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    if (!url) throw new Error('socialImage: the preview server has no address');
    const page = await browser.newPage({ viewport: { width: SOCIAL.width, height: SOCIAL.height } });
    await page.goto(new URL(SOCIAL.query, url).href);
    await mapIdle(page);
    await page.screenshot({ path: SOCIAL.file });
    console.log(`wrote ${SOCIAL.file} (${SOCIAL.width}x${SOCIAL.height}) from ${url}${SOCIAL.query}`);

    const icon = await browser.newPage({ viewport: { width: ICON.size, height: ICON.size } });
    const svg = await readFile(ICON.source, 'utf8');
    await icon.setContent(
      `<body style="margin:0;background:#dce6ec"><img alt="" width="${ICON.size}" height="${ICON.size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await icon.screenshot({ path: ICON.file });
    console.log(`wrote ${ICON.file} (${ICON.size}x${ICON.size}) from ${ICON.source}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
