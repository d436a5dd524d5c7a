import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { layerMapSpecs, layerOpacity } from '../../../src/control/layerMapSpecs';
import { baseLayers } from '../../../src/map/layers';
import { LAYER_STYLES } from '../../../src/ui/layerStyles';

type PaintSpecs = Record<string, Record<string, unknown>>;
const paintSpecs = latest as unknown as PaintSpecs;

/** Whether a paint value is bound per feature (a vertex attribute) or once per layer (a uniform). */
function binding(type: string, property: string, value: unknown): 'uniform' | 'attribute' {
  if (value === undefined || !Array.isArray(value)) return 'uniform';
  const parsed = createPropertyExpression(value, property, paintSpecs[`paint_${type}`]![property] as never);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.kind === 'source' || parsed.value.kind === 'composite' ? 'attribute' : 'uniform';
}

/**
 * What MapLibre compiles a shader program for, as far as these layers go: the program (plain fill,
 * pattern fill, plain line, dashed line) and whether each bound property is a uniform or an
 * attribute. Two layers with the same signature share one compiled program.
 */
function programSignature(layer: LayerSpecification): string {
  const paint = ('paint' in layer ? (layer.paint ?? {}) : {}) as Record<string, unknown>;
  if (layer.type === 'fill') {
    const pattern = paint['fill-pattern'] !== undefined;
    const bound = pattern ? ['fill-opacity'] : ['fill-color', 'fill-opacity', 'fill-outline-color'];
    return [pattern ? 'fillPattern' : 'fill', ...bound.map((p) => binding('fill', p, paint[p]))].join(' ');
  }
  if (layer.type === 'line') {
    const program = paint['line-dasharray'] !== undefined ? 'lineSDF' : 'line';
    const bound = ['line-color', 'line-opacity', 'line-width', 'line-blur', 'line-gapwidth', 'line-offset'];
    return [program, ...bound.map((p) => binding('line', p, paint[p]))].join(' ');
  }
  return layer.type;
}

const base = baseLayers({
  rivers: false,
  parties: ['ua', 'ru', 'lpr'],
  claimants: [
    { party: 'ua', places: ['luhansk-oblast', 'donetsk-oblast'] },
    { party: 'lpr', places: ['luhansk-oblast'] },
  ],
});

describe('layerMapSpecs', () => {
  it('declares layers MapLibre accepts, for every style', () => {
    for (const [position, style] of LAYER_STYLES.entries()) {
      const layers = layerMapSpecs(`layer-${position}`, style);
      const errors = validateStyleMin({
        version: 8,
        sources: {
          [`control-layer-${position}`]: {
            type: 'geojson',
            data: { type: 'FeatureCollection', features: [] },
          },
        },
        layers,
      });
      expect(errors).toEqual([]);
    }
  });

  it("first layer adds no shader program to the map's own: it loads as fast as the map alone", () => {
    // Measured: each program a layer adds costs about 0.3 s to compile at load in software rendering.
    const known = new Set(base.map(programSignature));
    const added = layerMapSpecs('layer-0', LAYER_STYLES[0]!)
      .map(programSignature)
      .filter((s) => !known.has(s));
    expect(added).toEqual([]);
  });

  it('draws the first layer solid and the others each with their own dash', () => {
    const dashes = LAYER_STYLES.map((style, position) => {
      const line = layerMapSpecs(`layer-${position}`, style).find((l) => l.type === 'line')!;
      return JSON.stringify((line.paint as Record<string, unknown>)['line-dasharray'] ?? 'solid');
    });
    expect(dashes[0]).toBe('"solid"');
    expect(new Set(dashes).size).toBe(LAYER_STYLES.length);
  });

  it('fades every part while the day waits for its file', () => {
    const style = LAYER_STYLES[1]!;
    const drawn = layerOpacity(style, false);
    const stale = layerOpacity(style, true);
    expect(stale.fill).toBeLessThan(drawn.fill);
    expect(stale.line).toBeLessThan(drawn.line);
    expect(JSON.stringify(stale.pattern)).not.toBe(JSON.stringify(drawn.pattern));
    expect(binding('fill', 'fill-opacity', stale.pattern)).toBe('attribute');
  });
});
