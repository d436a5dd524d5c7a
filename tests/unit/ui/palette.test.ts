import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { hexToRgb } from '../../../src/ui/appearance';
import { LAYER_STYLES } from '../../../src/ui/layerStyles';
import { FALLBACK_COLOURS, partyColour, SHADING } from '../../../src/ui/palette';

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

  it("gives an unknown party a fallback colour picked by its id, never a known party's", () => {
    const known = ['ua', 'ru', 'lpr', 'dpr'].map(partyColour);
    const unknown = ['someone-new', 'a', 'b', 'c', 'd', 'e'].map(partyColour);
    for (const colour of unknown) {
      expect(FALLBACK_COLOURS).toContain(colour);
      expect(known).not.toContain(colour);
    }
    // The pick depends on the id alone (a hash), so it is the same on every load and machine.
    expect(partyColour('someone-new')).toBe('#33a02c');
    expect(new Set(unknown).size).toBeGreaterThan(1);
  });

  it('shades a holder more for all of an oblast than for most, and most more than part', () => {
    expect(SHADING.all).toBeGreaterThan(SHADING.most);
    expect(SHADING.most).toBeGreaterThan(SHADING.part);
    expect(SHADING.all).toBeLessThan(1);
  });
});

describe('imported layer styles', () => {
  const inks = LAYER_STYLES.map((s) => s.ink);
  const parties = ['ua', 'ru', 'lpr'].map(partyColour);

  it('keep every two layers’ inks at least 15 ΔE*ab apart, normally and under each deficiency', () => {
    for (const [name, matrix] of [['normal', null], ...Object.entries(SIMULATIONS)] as const) {
      const seen = inks.map((ink) => (matrix ? simulate(ink, matrix) : ink));
      seen.forEach((a, i) =>
        seen.slice(i + 1).forEach((b, j) => {
          expect(deltaE(a, b), `layer ${i} vs ${i + j + 1}, ${name}`).toBeGreaterThan(15);
        }),
      );
    }
  });

  it('give every layer its own dash and pattern, so colour is never the only difference', () => {
    expect(new Set(LAYER_STYLES.map((s) => s.pattern)).size).toBe(LAYER_STYLES.length);
    expect(new Set(LAYER_STYLES.map((s) => s.dash.join(','))).size).toBe(LAYER_STYLES.length);
  });

  it('use no party’s colour', () => {
    for (const ink of inks) for (const party of parties) expect(deltaE(ink, party)).toBeGreaterThan(15);
  });
});
