import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { partyColour } from '../../../src/map/partyColours';
import { hatchImage, hexToRgb, parseHatchId, hatchId } from '../../../src/map/hatchImage';

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, applied in linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
};

function simulate(hex: string, matrix: number[][]): string {
  const lin = hexToRgb(hex).map(toLinear);
  const [r, g, b] = matrix.map((row) => row.reduce((sum, m, i) => sum + m * lin[i]!, 0)).map(toSrgb);
  return rgb(r!, g!, b!).formatHex();
}

function deltaE(a: string, b: string): number {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

describe('party colours', () => {
  const sides = { ua: partyColour('ua'), ru: partyColour('ru'), republics: partyColour('lpr') };
  const pairs = [
    ['ua', 'ru'],
    ['ua', 'republics'],
    ['ru', 'republics'],
  ] as const;

  it('stay at least 20 ΔE*ab apart with normal vision and under each full colour-vision deficiency', () => {
    for (const [name, matrix] of [['normal', null], ...Object.entries(SIMULATIONS)] as const) {
      for (const [a, b] of pairs) {
        const ca = matrix ? simulate(sides[a], matrix) : sides[a];
        const cb = matrix ? simulate(sides[b], matrix) : sides[b];
        expect(deltaE(ca, cb), `${a} vs ${b}, ${name}`).toBeGreaterThan(20);
      }
    }
  });

  it('gives an unknown party a stable fallback colour', () => {
    expect(partyColour('someone-new')).toBe(partyColour('someone-new'));
    expect(partyColour('someone-new')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

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
    expect(parseHatchId(hatchId('lpr', 1))).toEqual({ party: 'lpr', angle: 'falling' });
    expect(parseHatchId('something-else')).toBeNull();
  });

  it('refuses a colour it cannot read', () => {
    expect(() => hatchImage('red')).toThrow('hatchImage: "red" is not a #rrggbb colour');
  });
});
