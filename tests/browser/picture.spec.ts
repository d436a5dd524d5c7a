import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cityStateAt, loadStory } from '../../src/story';
import { cityFillColour, oblastFillColour } from '../../src/ui/appearance';
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

const story = loadStory(
  JSON.parse(readFileSync('geo/places.json', 'utf8')),
  JSON.parse(readFileSync('geo/stories/luhansk-july-2022.json', 'utf8')),
);

/** Each dot of the picture built into the page, as its centre on screen, read as the page is parsed. */
const FIRST_DOTS = `document.addEventListener('DOMContentLoaded', () => {
  const node = document.getElementById('picture-first');
  window.__firstDots = node && [...node.querySelectorAll('circle[data-place]')].map((dot) => {
    const box = dot.getBoundingClientRect();
    return { id: dot.getAttribute('data-place'), x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  window.__firstStrokes = node && (${firstStrokes.toString()})(node);
});`;

/**
 * How the built-in picture strokes an oblast's outline, a dot and a name, as the page has it (its
 * computed style): plain (none, none, the halo's) where the page's script runs, all three without.
 */
function firstStrokes(node: Element) {
  const stroke = (selector: string) => {
    const found = node.querySelector(selector);
    return found && getComputedStyle(found).stroke;
  };
  return {
    plain: node.classList.contains('is-plain'),
    outline: stroke('g[stroke="#3d3d3d"] path'),
    dot: stroke('circle[data-place]'),
    name: stroke('text[data-place]'),
  };
}

declare global {
  interface Window {
    __firstDots: { id: string; x: number; y: number }[] | null;
    __firstStrokes: ReturnType<typeof firstStrokes> | null;
  }
}

/** Where MapLibre puts each city, on screen. */
async function mapCityPoints(page: Page): Promise<Map<string, readonly [number, number]>> {
  const points = await page.evaluate(() => {
    const map = window.__claimline!.map;
    const box = map.getContainer().getBoundingClientRect();
    const source = map.getStyle().sources.cities as { data: GeoJSON.FeatureCollection };
    return source.data.features.map((f) => {
      const at = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      return [String(f.properties?.id), [box.x + at.x, box.y + at.y]] as const;
    });
  });
  return new Map(points);
}

test("a link without a date: the picture built into the page is in its first frame, in the map's frame, then gives way", async ({
  page,
  browser,
}) => {
  // Before any script: the page alone has the map with the day's claims (Lysychansk in Russia's red).
  const bare = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 720 } });
  const plain = await bare.newPage();
  await plain.goto('/');
  await expect(plain.locator('#picture-first svg')).toBeVisible();
  await expect(plain.locator('#picture-first circle[data-place="lysychansk"]')).toHaveAttribute(
    'fill',
    '#b2182b',
  );
  await expect(plain.locator('#picture-first path[data-place="luhansk-oblast"]')).toHaveAttribute(
    'fill',
    oblastFillColour('ru', 'all'),
  );
  // Without script it keeps its outlines, rings and halos: it is the map for as long as the page is open.
  const full = await plain.locator('#picture-first').evaluate(firstStrokes);
  expect(full).toEqual({
    plain: false,
    outline: 'rgb(61, 61, 61)',
    dot: 'rgb(255, 255, 255)',
    name: 'rgb(251, 250, 246)',
  });
  await bare.close();

  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript({ path: 'tests/bench/inPage.js' });
  await page.addInitScript(FIRST_DOTS);
  await page.goto('/');
  const firstIdle = await page.evaluate(() => window.__bench.firstIdle);
  const firstMap = await page.evaluate(() => window.__bench.firstMap());
  const mapStart = await page.evaluate(() => window.__bench.mapStart);
  console.log(
    `first-map ${firstMap?.toFixed(0)} ms, MapLibre start ${mapStart?.toFixed(0)} ms, first idle ${firstIdle.toFixed(0)} ms`,
  );
  expect(firstMap).not.toBeNull();
  expect(firstMap!).toBeLessThan(firstIdle);

  // As the page was parsed, before the app's code ran, each dot sat where MapLibre puts its city
  // once the map is drawn (whole pixels, at a size it was not drawn for): nothing moves at the swap.
  const dots = await page.evaluate(() => window.__firstDots);
  // With script, the map replaces it shortly: its first frame is drawn plain, cheaper to raster.
  expect(await page.evaluate(() => window.__firstStrokes)).toEqual({
    plain: true,
    outline: 'none',
    dot: 'none',
    name: 'rgb(251, 250, 246)',
  });
  expect(dots?.length).toBeGreaterThanOrEqual(12);
  const points = await mapCityPoints(page);
  const offsets = dots!.map((dot) =>
    Math.hypot(dot.x - points.get(dot.id)![0], dot.y - points.get(dot.id)![1]),
  );
  console.log(`first picture vs map: largest offset ${Math.max(...offsets).toFixed(2)} px`);
  expect(Math.max(...offsets)).toBeLessThan(1.5);

  // Once the map is drawn the first picture fades and leaves the page; the app's own was not needed.
  await expect(page.locator('#picture-first')).toHaveCount(0);
  await expect(page.locator('svg.picture')).toHaveCount(0);
  await waitForIdle(page);

  // Claimline's own first load stays within its budget (the map library and fonts apart).
  const size = firstLoad('dist', requested);
  console.log(`first load: ${(size.gzip / 1024).toFixed(1)} KB gzip (${size.files.join(', ')})`);
  expect(size.files).toContain('index.html');
  expect(
    size.files.some((f) => /pictureMap|documentMode|oneLayerView|\/picture-|[cC]ompare|areaChange/.test(f)),
  ).toBe(false);
  expect(size.gzip).toBeLessThan(FIRST_LOAD_BUDGET);
  expect(errors).toEqual([]);
});

test("a link to another day: the built-in picture is dropped unpainted, the app's picture draws the day in MapLibre's frame", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.addInitScript({ path: 'tests/bench/inPage.js' });
  await page.addInitScript(FIRST_DOTS);
  await page.goto('/?date=2022-06-20');
  const firstIdle = await page.evaluate(() => window.__bench.firstIdle);
  const firstMap = await page.evaluate(() => window.__bench.firstMap());
  // The page's script took the first picture out as it was parsed: 4 July's claims were never shown.
  expect(await page.evaluate(() => window.__firstDots)).toBeNull();
  expect(firstMap).not.toBeNull();
  expect(firstMap!).toBeLessThan(firstIdle);

  // The app's picture drew 20 June in MapLibre's frame: every city's dot where the map puts the city.
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
  // It was drawn plain, as the first picture is, while MapLibre started: the map replaced it.
  await expect(page.locator('svg.picture')).toHaveClass(/is-plain/);
  // Lysychansk was Ukraine's on 20 June.
  await expect(page.locator('svg.picture .picture-city[data-place="lysychansk"]')).toHaveAttribute(
    'fill',
    cityFillColour('ua'),
  );
  // Once the map is drawn the picture fades out and is hidden, out of the way of the map.
  await expect(page.locator('svg.picture')).toBeHidden();
  await expect(page.locator('svg.picture')).toHaveAttribute('aria-hidden', 'true');
  expect(errors).toEqual([]);
});

test("moving the day before the map is ready: the built-in picture fades and the app's picture draws the new day", async ({
  page,
}) => {
  const errors = watchErrors(page);
  // MapLibre's code held back, so the reader moves the day while the first picture is the map.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/maplibre-gl-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toBeVisible();
  await expect(page.locator('#picture-first')).toBeVisible();
  await slider.focus();
  await page.keyboard.press('Home');
  // The timeline's first day, drawn by the app's picture as the story has it; 4 July's picture is gone.
  await expect(page).toHaveURL(/date=/);
  const day = new URL(page.url()).searchParams.get('date')!;
  const { holder } = cityStateAt(story, 'lysychansk', day);
  expect(holder).not.toBe('ru');
  await expect(page.locator('svg.picture .picture-city[data-place="lysychansk"]')).toHaveAttribute(
    'fill',
    cityFillColour(holder),
  );
  await expect(page.locator('#picture-first')).toHaveCount(0);
  expect(await page.evaluate(() => window.__claimline?.map ?? null)).toBeNull();
  release();
  await waitForIdle(page);
  await expect(page.locator('svg.picture')).toBeHidden();
  expect(errors).toEqual([]);
});
