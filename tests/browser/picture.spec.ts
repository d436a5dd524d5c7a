import { expect, test } from '@playwright/test';
import { firstLoad } from '../bench/distSizes';
import { waitForIdle } from './app';
import { watchErrors } from './watch';

declare global {
  interface Window {
    __bench: { firstIdle: Promise<number>; firstMap(): number | null; mapStart: number | null };
  }
}

/** Claimline's own code and data before the map's first idle (issue #14), gzip. */
const FIRST_LOAD_BUDGET = 70 * 1024;

test('the SVG picture is on screen before MapLibre is ready, in the same frame, then gives way', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // The benchmark's in-page clock: the first idle, MapLibre's start and the first-map mark.
  await page.addInitScript({ path: 'tests/bench/inPage.js' });
  await page.goto('/?date=2022-07-04');
  const firstIdle = await page.evaluate(() => window.__bench.firstIdle);
  const firstMap = await page.evaluate(() => window.__bench.firstMap());
  const mapStart = await page.evaluate(() => window.__bench.mapStart);
  console.log(
    `first-map ${firstMap?.toFixed(0)} ms, MapLibre start ${mapStart?.toFixed(0)} ms, first idle ${firstIdle.toFixed(0)} ms`,
  );
  expect(firstMap).not.toBeNull();
  expect(firstMap!).toBeLessThan(firstIdle);

  // The picture drew the day in MapLibre's frame: every city's dot where the map puts the city.
  const offsets = await page.evaluate(() => {
    const map = window.__claimline!.map;
    return [...document.querySelectorAll('svg.picture .picture-city')].map((dot) => {
      const id = dot.getAttribute('data-place');
      const source = map.getStyle().sources.cities as { data: GeoJSON.FeatureCollection };
      const feature = source.data.features.find((f) => f.properties?.id === id)!;
      const at = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
      return Math.hypot(at.x - Number(dot.getAttribute('cx')), at.y - Number(dot.getAttribute('cy')));
    });
  });
  expect(offsets.length).toBeGreaterThanOrEqual(14);
  expect(Math.max(...offsets)).toBeLessThan(0.6);
  // The day's claims are drawn: Russia's fill over Luhansk Oblast, Lysychansk in Russia's red.
  await expect(page.locator('svg.picture .picture-city[data-place="lysychansk"]')).toHaveAttribute(
    'fill',
    '#b2182b',
  );

  // Once the map is drawn the picture fades out and is hidden, out of the way of the map.
  await expect(page.locator('svg.picture')).toBeHidden();
  await expect(page.locator('svg.picture')).toHaveAttribute('aria-hidden', 'true');
  await waitForIdle(page);

  // Claimline's own first load stays within its budget (the map library and fonts apart).
  const size = firstLoad('dist', requested);
  console.log(`first load: ${(size.gzip / 1024).toFixed(1)} KB gzip (${size.files.join(', ')})`);
  expect(size.files.some((f) => /pictureMap|documentMode|wireAssessed/.test(f))).toBe(false);
  expect(size.gzip).toBeLessThan(FIRST_LOAD_BUDGET);
  expect(errors).toEqual([]);
});
