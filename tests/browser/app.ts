import type { Page, Request } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayersView } from '../../src/control/layersView';
import type { SwipeView } from '../../src/app/swipeView';
import type { Store } from '../../src/state/createStore';
import type { UrlState } from '../../src/state/urlState';

declare global {
  interface Window {
    /** The app's read-only handle for tests (src/app/testHandle.ts). */
    __claimline?: {
      map: MapLibreMap;
      store: Store<UrlState>;
      layers: LayersView | null;
      swipe: SwipeView | null;
    };
  }
}

/** Opens the app, records every request it makes, and waits for the map's first `idle`. */
export async function openApp(page: Page, query = ''): Promise<{ requests: string[] }> {
  const requests: string[] = [];
  page.on('request', (request: Request) => requests.push(request.url()));
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`/${query}`);
  await waitForIdle(page);
  return { requests };
}

/** Resolves once the map has drawn everything it has been asked to (MapLibre's `idle`). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__claimline?.map !== undefined);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__claimline!.map;
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

/** Distinct values of a property among the features a layer has rendered in the viewport. */
export async function renderedValues(page: Page, layer: string, property: string): Promise<string[]> {
  return page.evaluate(
    ({ layer, property }) => {
      const map = window.__claimline!.map;
      const values = map
        .queryRenderedFeatures({ layers: [layer] })
        .map((f) => String(f.properties[property]));
      return [...new Set(values)].sort();
    },
    { layer, property },
  );
}
