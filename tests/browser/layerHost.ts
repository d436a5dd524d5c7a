import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';

/**
 * What a faulty static host can do to one file: answer 404 or 500, cut it short, send it with the
 * wrong content type, send its home page instead (a single-page-app fallback), send coordinates
 * as strings, wait 3 s, or send another file's bytes (the file changed after the index was written).
 */
export const FAULTS = [
  'missing',
  'server-error',
  'truncated',
  'wrong-type',
  'home-page',
  'string-coordinates',
  'slow',
  'changed',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface LayerHost {
  /** The geometry files requested, in order, by file name (`<name>.geojson`). */
  requested: string[];
  /** Sets the fault of a file, by its path under the root (`<layer>/intervals/<name>.geojson`), or clears it. */
  fault(path: string, fault: Fault | null): void;
}

/** Seconds the `slow` fault holds a file back. */
export const SLOW_MS = 3000;

/**
 * Serves the imported layers under `root` (an import's output folder) where the app looks for
 * them, on its own origin, as a static host would: the list, each layer's index and its geometry
 * files, with the given faults, which the test may change as it goes (a host that recovers).
 */
export async function serveLayers(
  page: Page,
  root: string,
  faults: Readonly<Record<string, Fault>> = {},
): Promise<LayerHost> {
  const now = new Map<string, Fault>(Object.entries(faults));
  const requested: string[] = [];
  /** The URL's path under control/, as the layer's files are named under the root. */
  const under = (url: string) => new URL(url).pathname.split('/control/').pop()!;
  const serve = (route: Route) => {
    const path = under(route.request().url());
    return answer(route, join(root, path), now.get(path));
  };
  await page.route('**/control/layers.json', serve);
  await page.route('**/control/*/control.json', serve);
  await page.route('**/control/*/intervals/*.geojson', (route) => {
    requested.push(under(route.request().url()).split('/').pop()!);
    return serve(route);
  });
  return {
    requested,
    fault: (path, fault) => (fault ? now.set(path, fault) : now.delete(path)),
  };
}

async function answer(route: Route, file: string, fault: Fault | undefined): Promise<void> {
  const json = 'application/json';
  switch (fault) {
    case undefined:
      return route.fulfill({ path: file });
    case 'missing':
      return route.fulfill({ status: 404, body: 'not found' });
    case 'server-error':
      return route.fulfill({ status: 500, body: 'internal server error' });
    case 'truncated': {
      const text = await readFile(file, 'utf8');
      return route.fulfill({ contentType: json, body: text.slice(0, Math.floor(text.length / 2)) });
    }
    case 'wrong-type':
      return route.fulfill({ contentType: 'text/plain', body: await readFile(file, 'utf8') });
    case 'home-page':
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Home</title>',
      });
    case 'string-coordinates': {
      // Every number of the coordinates as a string: valid JSON, drawn by MapLibre as nothing.
      const text = await readFile(file, 'utf8');
      return route.fulfill({ contentType: json, body: text.replace(/-?\d+(\.\d+)?/g, '"$&"') });
    }
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      return route.fulfill({ path: file });
    case 'changed': {
      // The bytes of the layer's first other geometry file: a valid area, but not this day's.
      const other = await otherGeometry(file);
      return route.fulfill({ contentType: json, body: other });
    }
  }
}

async function otherGeometry(file: string): Promise<string> {
  const folder = join(file, '..');
  const names = (await readdir(folder)).filter((n) => join(folder, n) !== file).sort();
  return readFile(join(folder, names[0]!), 'utf8');
}
