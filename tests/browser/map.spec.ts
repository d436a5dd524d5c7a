import { expect, test } from '@playwright/test';
import { openApp, renderedValues, waitForIdle } from './app';

test('the map draws both oblasts and their cities at the opening view', async ({ page }) => {
  await openApp(page);
  expect(await renderedValues(page, 'oblast-fill', 'id')).toEqual(['donetsk-oblast', 'luhansk-oblast']);
  const cities = await renderedValues(page, 'city-circle', 'id');
  for (const id of [
    'lysychansk',
    'sievierodonetsk',
    'luhansk',
    'donetsk',
    'kramatorsk',
    'mariupol',
    'bakhmut',
  ]) {
    expect(cities).toContain(id);
  }
  expect(await renderedValues(page, 'oblast-label', 'name')).toEqual(['Donetsk Oblast', 'Luhansk Oblast']);
  await page.screenshot({ path: 'tests/output/map-opening.png' });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await page.waitForFunction(() => window.__claimline !== undefined);
  await page.screenshot({ path: 'tests/output/map-phone.png' });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 720 },
  { width: 375, height: 740 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`Lysychansk and Sievierodonetsk, 8 km apart, are both labelled at the opening view, ${size}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    const labels = await renderedValues(page, 'city-label', 'name');
    expect(labels).toContain('Lysychansk');
    expect(labels).toContain('Sievierodonetsk');
    await page.screenshot({ path: `tests/output/map-opening-${size}.png` });
  });
}

test('every city has a visible label at some zoom', async ({ page }) => {
  await openApp(page);
  const cities = await page.evaluate(() => {
    const source = window.__claimline!.map.getStyle().sources.cities as { data: GeoJSON.FeatureCollection };
    return source.data.features.map((f) => ({
      name: String(f.properties?.name),
      at: (f.geometry as GeoJSON.Point).coordinates as [number, number],
    }));
  });
  expect(cities.length).toBeGreaterThanOrEqual(14);
  for (const city of cities) {
    await page.evaluate((at) => window.__claimline!.map.jumpTo({ center: at, zoom: 10 }), city.at);
    await waitForIdle(page);
    expect(await renderedValues(page, 'city-label', 'name'), city.name).toContain(city.name);
  }
});

test('the page makes no request off its own origin', async ({ page }) => {
  const { requests } = await openApp(page);
  expect(requests.length).toBeGreaterThan(3);
  const offOrigin = requests.filter((url) => !/^(http:\/\/127\.0\.0\.1:4173\/|blob:|data:)/.test(url));
  expect(offOrigin).toEqual([]);
});
