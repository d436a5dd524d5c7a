import {
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  CHANGE_KINDS,
  changeFeatureState,
  changeFeatures,
  changeFilter,
  changeOpacity,
  changeSource,
  compareMapSpecs,
} from '../../../src/control/compareMapSpecs';
import { changePatternImage } from '../../../src/control/changePatternImage';
import { LAYER_STYLES } from '../../../src/ui/layerStyles';

const box = (w: number, s: number, e: number, n: number): [number, number][][] => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const change = { gained: [box(38, 48, 38.2, 48.2)], lost: [box(39, 48, 39.1, 48.1)] };

describe('compareMapSpecs', () => {
  it('declares layers MapLibre accepts, for every layer style', () => {
    for (const [position, style] of LAYER_STYLES.entries()) {
      const id = `layer-${position}`;
      const errors = validateStyleMin({
        version: 8,
        sources: {
          [changeSource(id)]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        },
        layers: compareMapSpecs(id, style),
      });
      expect(errors).toEqual([]);
    }
  });

  it('gives gained and lost a pattern and an outline of their own, told apart by shape', () => {
    const specs = compareMapSpecs('deepstate', LAYER_STYLES[0]!);
    const lines = specs.filter((s) => s.type === 'line').map((s) => JSON.stringify(s.paint));
    expect(new Set(lines).size).toBe(2);
    const [plus, minus] = CHANGE_KINDS.map((kind) => changePatternImage('#2d2d2d', kind));
    // The plus sign inks a column through the tile's middle; the minus sign does not.
    const alphaAt = (tile: typeof plus, x: number, y: number) => tile!.data[(y * tile!.width + x) * 4 + 3]!;
    expect(alphaAt(plus, 6, 4)).toBeGreaterThan(100);
    expect(alphaAt(minus, 6, 4)).toBe(0);
    expect(alphaAt(plus, 4, 6)).toBeGreaterThan(100);
    expect(alphaAt(minus, 4, 6)).toBeGreaterThan(100);
  });

  it('lets the comparison in only through its features, a filter and a feature-state', () => {
    const features = changeFeatures(change);
    expect(changeFeatures(null)).toEqual([]);
    for (const kind of CHANGE_KINDS) {
      const keep = featureFilter(changeFilter(kind), 'filter');
      const kept = features.filter((f) =>
        keep.filter({ zoom: 7 }, { type: 3, properties: f.properties ?? {} } as never),
      );
      expect(kept.map((f) => f.properties?.change)).toEqual([kind]);
      expect(kept[0]!.geometry.coordinates).toEqual(change[kind]);
    }
    const opacity = createPropertyExpression(
      changeOpacity(1),
      'fill-opacity',
      latest.paint_fill['fill-opacity'] as never,
    );
    if (opacity.result !== 'success') throw new Error('fill-opacity does not parse');
    const at = (state: Record<string, unknown>) =>
      opacity.value.evaluate({ zoom: 7 }, { type: 3, properties: {} } as never, state);
    expect(at(changeFeatureState(false))).toBe(1);
    expect(at(changeFeatureState(true))).toBeCloseTo(1 / 3);
  });
});
