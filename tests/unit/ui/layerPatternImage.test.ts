import { describe, expect, it } from 'vitest';
import { layerPatternImage } from '../../../src/ui/layerPatternImage';
import { LAYER_STYLES } from '../../../src/ui/layerStyles';

const alphaAt = (tile: ReturnType<typeof layerPatternImage>, x: number, y: number) =>
  tile.data[(y * tile.width + x) * 4 + 3] ?? -1;

describe('layerPatternImage', () => {
  it('draws each layer’s pattern in its ink, with transparent gaps', () => {
    for (const style of LAYER_STYLES) {
      const tile = layerPatternImage(style.ink, style.pattern, 10);
      expect(tile.data).toHaveLength(10 * 10 * 4);
      const alphas = Array.from({ length: 100 }, (_, i) => tile.data[i * 4 + 3] ?? 0);
      expect(Math.max(...alphas), style.pattern).toBeGreaterThan(150);
      expect(Math.min(...alphas), style.pattern).toBe(0);
      expect([...tile.data.slice(0, 3)]).toEqual([
        parseInt(style.ink.slice(1, 3), 16),
        parseInt(style.ink.slice(3, 5), 16),
        parseInt(style.ink.slice(5, 7), 16),
      ]);
    }
  });

  it('puts a dot in the middle, lines through it, and makes the four patterns differ', () => {
    expect(alphaAt(layerPatternImage('#000000', 'dots'), 5, 5)).toBeGreaterThan(150);
    expect(alphaAt(layerPatternImage('#000000', 'dots'), 0, 0)).toBe(0);
    const vertical = layerPatternImage('#000000', 'vertical');
    expect(alphaAt(vertical, 5, 0)).toBeGreaterThan(150);
    expect(alphaAt(vertical, 0, 5)).toBe(0);
    const horizontal = layerPatternImage('#000000', 'horizontal');
    expect(alphaAt(horizontal, 0, 5)).toBeGreaterThan(150);
    const cross = layerPatternImage('#000000', 'cross');
    expect(alphaAt(cross, 5, 0)).toBeGreaterThan(100);
    expect(alphaAt(cross, 0, 5)).toBeGreaterThan(100);
    const all = LAYER_STYLES.map((s) => layerPatternImage('#000000', s.pattern).data.join());
    expect(new Set(all).size).toBe(LAYER_STYLES.length);
  });
});
