import { expect, test } from '@playwright/test';
import { openApp, renderedValues, waitForIdle } from './app';
import { watchErrors } from './watch';

test('the map shows where it is: the international border, Ukraine and Russia, the Sea of Azov and a scale bar', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?date=2022-07-01');
  // They come after the map's first idle, outside the first load.
  await page.waitForFunction(() => Boolean(window.__claimline?.map.getLayer('sea-names')), null, {
    timeout: 15_000,
  });
  await waitForIdle(page);

  const borders = await page.evaluate(
    () => window.__claimline!.map.queryRenderedFeatures({ layers: ['country-border'] }).length,
  );
  expect(borders).toBeGreaterThan(0);
  expect(await renderedValues(page, 'country-names', 'name')).toEqual(['Russia', 'Ukraine']);
  expect(await renderedValues(page, 'sea-names', 'name')).toEqual(['Sea of Azov']);

  // The border is drawn where Ukraine meets Russia: a rendered border feature east of the oblasts' middle.
  const east = await page.evaluate(() => {
    const map = window.__claimline!.map;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    return map.queryRenderedFeatures(
      [
        [width / 2, 0],
        [width, height],
      ],
      { layers: ['country-border'] },
    ).length;
  });
  expect(east).toBeGreaterThan(0);

  const scale = page.locator('.maplibregl-ctrl-scale');
  await expect(scale).toBeVisible();
  await expect(scale).toHaveText(/^\d+\s*km$/);
  expect(errors).toEqual([]);
});
