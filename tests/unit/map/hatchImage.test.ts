import { describe, expect, it } from 'vitest';
import { hatchImage, parseHatchId, hatchId } from '../../../src/map/hatchImage';

describe('hatchImage', () => {
  it('draws a tile of the party colour with transparent gaps', () => {
    const tile = hatchImage('#b2182b', 'rising', 12);
    expect(tile.data.length).toBe(12 * 12 * 4);
    const alphas = [...tile.data.filter((_, i) => i % 4 === 3)];
    expect(Math.max(...alphas)).toBeGreaterThan(150);
    expect(Math.min(...alphas)).toBe(0);
    expect([...tile.data.slice(0, 3)]).toEqual([0xb2, 0x18, 0x2b]);
  });

  it('draws different angles as different tiles', () => {
    const rising = hatchImage('#1f6fb4', 'rising').data.join();
    expect(hatchImage('#1f6fb4', 'falling').data.join()).not.toBe(rising);
    expect(hatchImage('#1f6fb4', 'horizontal').data.join()).not.toBe(rising);
  });

  it('round-trips its image id', () => {
    expect(parseHatchId(hatchId('lpr', 'falling'))).toEqual({ party: 'lpr', angle: 'falling' });
    expect(parseHatchId('something-else')).toBeNull();
  });

  it('refuses a colour it cannot read', () => {
    expect(() => hatchImage('red', 'rising')).toThrow('hexToRgb: "red" is not a #rrggbb colour');
  });
});
