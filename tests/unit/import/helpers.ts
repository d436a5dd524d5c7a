import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Position } from 'geojson';
import { afterEach } from 'vitest';
import type { ControlIndex } from '../../../src/control/layerFormat.ts';
import type { ImportOptions } from '../../../scripts/import/runImport.ts';

const made: string[] = [];

/** A fresh temporary folder, removed after each test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimline-import-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A closed square ring, counter-clockwise. */
export function square(x: number, y: number, size: number): Position[] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

export function polygonFeature(
  ring: Position[],
  properties: Record<string, unknown> = { status: 'occupied' },
): object {
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export function collection(features: object[], properties?: Record<string, unknown>): object {
  return { type: 'FeatureCollection', ...(properties ? { properties } : {}), features };
}

/** Writes name -> JSON value (or raw text) into `dir`. */
export async function writeFiles(dir: string, files: Record<string, object | string>): Promise<void> {
  for (const [name, value] of Object.entries(files)) {
    await writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
  }
}

export function importOptions(
  inputs: string[],
  out: string,
  more: Partial<ImportOptions> = {},
): ImportOptions {
  return {
    inputs,
    out,
    layer: 'imported',
    kind: 'assessed',
    where: [],
    tolerance: 100,
    source: { name: 'Test data', licence: 'test' },
    onError: 'stop',
    ...more,
  };
}

export const listDir = (dir: string): Promise<string[]> => readdir(dir).then((names) => names.sort());

/** A small square inside Luhansk oblast (about 20 x 20 km). */
export const IN_LUHANSK = square(38.8, 48.8, 0.2);

/** Every file of an imported layer, by path relative to it (index and geometry files), sorted. */
export async function readLayerFiles(out: string): Promise<Record<string, string>> {
  const names = (await readdir(out, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)))
    .sort();
  const files: Record<string, string> = {};
  for (const name of names) files[name] = await readFile(join(out, name), 'utf8');
  return files;
}

/** A layer's own folder under the layers' root (`importOptions` writes layer `imported`). */
export const layerDir = (out: string, id = 'imported'): string => join(out, id);

/** A layer's index, read from the layers' root. */
export const readIndex = async (out: string, id = 'imported'): Promise<ControlIndex> =>
  JSON.parse(await readFile(join(out, id, 'control.json'), 'utf8')) as ControlIndex;
