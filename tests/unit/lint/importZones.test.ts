import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The direction of imports is enforced by lint (eslint.config.js, importZones); these probes show
// that each zone refuses what it should and lets the neutral modules through.
const eslint = new ESLint();
const refused = async (filePath: string, source: string) => {
  const [result] = await eslint.lintText(`import '${source}';\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length > 0;
};

// ESLint loads its config and parser on the first probe, which takes seconds on a busy machine.
describe('import zones', { timeout: 60_000 }, () => {
  it('keep views out of each other', async () => {
    expect(await refused('src/control/probe.ts', '../map/layers')).toBe(true);
    expect(await refused('src/panel/probe.ts', '../map/dayState')).toBe(true);
    expect(await refused('src/timeline/probe.ts', '../control/controlIndex')).toBe(true);
    expect(await refused('src/map/probe.ts', '../timeline')).toBe(true);
    expect(await refused('src/ui/probe.ts', '../panel/legend')).toBe(true);
    expect(await refused('src/picture/probe.ts', '../map/layers')).toBe(true);
    expect(await refused('src/picture/probe.ts', '../control/controlIndex')).toBe(true);
    expect(await refused('src/map/probe.ts', '../picture/picture')).toBe(true);
    expect(await refused('src/locator/probe.ts', '../map/mapView')).toBe(true);
    expect(await refused('src/picture/probe.ts', '../locator/locatorView')).toBe(true);
    expect(await refused('src/locator/probe.ts', '../ui/locatorFrame')).toBe(false);
  });

  it('let views share the neutral modules', async () => {
    for (const shared of [
      '../story',
      '../story/formatDay',
      '../state/createStore',
      '../ui/palette',
      '../ui/appearance',
      '../data/geoTypes',
    ]) {
      expect(await refused('src/control/probe.ts', shared), shared).toBe(false);
      expect(await refused('src/picture/probe.ts', shared), shared).toBe(false);
    }
  });

  it('let only the composition root import every folder', async () => {
    expect(await refused('src/app/probe.ts', '../control/oneLayerView')).toBe(false);
    expect(await refused('src/app/probe.ts', '../picture/pictureMap')).toBe(false);
    expect(await refused('src/app/probe.ts', '../map/mapView')).toBe(false);
    for (const folder of ['story', 'state', 'data', 'ui', 'map', 'timeline', 'panel', 'control', 'picture'])
      expect(await refused(`src/${folder}/probe.ts`, '../app/start'), folder).toBe(true);
    // The authoring page has its own root, with the same reach, and nothing imports it either.
    expect(await refused('src/author/probe.ts', '../picture/picture')).toBe(false);
    expect(await refused('src/author/probe.ts', '../draft')).toBe(false);
    expect(await refused('src/author/probe.ts', '../../scripts/cspPlugin')).toBe(true);
    for (const folder of ['story', 'draft', 'state', 'ui', 'timeline', 'panel', 'picture'])
      expect(await refused(`src/${folder}/probe.ts`, '../author/startAuthor'), folder).toBe(true);
  });

  it('keep the story pure and the state to the story', async () => {
    expect(await refused('src/story/probe.ts', '../state/createStore')).toBe(true);
    expect(await refused('src/story/probe.ts', 'd3-time-format')).toBe(true);
    expect(await refused('src/story/probe.ts', 'maplibre-gl')).toBe(true);
    expect(await refused('src/state/probe.ts', '../timeline/timeline')).toBe(true);
    expect(await refused('src/state/probe.ts', '../story/day')).toBe(false);
  });

  it('keep the drafter pure: the story only, no node, no view', async () => {
    expect(await refused('src/draft/probe.ts', '../story/normalizeName')).toBe(false);
    expect(await refused('src/draft/probe.ts', 'chrono-node')).toBe(false);
    expect(await refused('src/draft/probe.ts', 'node:fs')).toBe(true);
    expect(await refused('src/draft/probe.ts', '../map/layers')).toBe(true);
    expect(await refused('src/draft/probe.ts', 'maplibre-gl')).toBe(true);
  });

  it('keep scripts and tests out of src', async () => {
    expect(await refused('src/control/probe.ts', '../../scripts/import/options')).toBe(true);
    expect(await refused('src/app/probe.ts', '../../tests/unit/story/fixtures')).toBe(true);
    expect(await refused('src/app/probe.ts', '../../scripts/import/options')).toBe(true);
  });
});
