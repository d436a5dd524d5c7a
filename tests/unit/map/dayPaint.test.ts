import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { cityFill, cityStroke, claimOpacity, holderFill, zoomCurve } from '../../../src/map/dayPaint';
import { LINE_WIDTH } from '../../../src/ui/appearance';
import { palette, partyColour, SHADING, UNKNOWN_COLOUR } from '../../../src/ui/palette';

type Paint = Parameters<typeof expression.createPropertyExpression>[0];
const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;

/** Evaluates a paint expression as MapLibre would, for a feature with the given feature-state. */
function paint(layer: string, property: string, value: unknown) {
  const spec = specs[`paint_${layer}`]?.[property];
  if (!spec) throw new Error(`no such paint property: ${layer} ${property}`);
  const parsed = expression.createPropertyExpression(value as Paint, `paint.${property}`, spec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  const compiled = parsed.value;
  return (state: Record<string, string | boolean>, zoom = 6): unknown =>
    compiled.evaluate({ zoom }, { type: 2, properties: {} }, state);
}

const rgb = (colour: unknown) => String(colour);
const hex = (h: string) => {
  const n = Number.parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
/** The CSS of `base` mixed towards `target` by `t`, as MapLibre's interpolate writes it. */
const mix = (base: string, target: string, t: number) => {
  const [a, b] = [hex(base), hex(target)];
  return `rgba(${a.map((v, i) => Math.round(v + ((b[i] ?? 0) - v) * t)).join(',')},1)`;
};

describe('day paint expressions', () => {
  it('fill an oblast with the base colour mixed towards its holder by that strength', () => {
    const fill = paint('fill', 'fill-color', holderFill(['ua', 'ru']));
    expect(rgb(fill({ holder: 'ru', extent: 'all' }))).toBe(
      mix(palette.oblastFill, partyColour('ru'), SHADING.all),
    );
    expect(rgb(fill({ holder: 'ua', extent: 'most' }))).toBe(
      mix(palette.oblastFill, partyColour('ua'), SHADING.most),
    );
    expect(rgb(fill({ holder: 'ru', extent: 'part' }))).toBe(
      mix(palette.oblastFill, partyColour('ru'), SHADING.part),
    );
    expect(rgb(fill({ holder: 'ru' }))).toBe(mix(palette.oblastFill, palette.oblastFill, 0));
    expect(rgb(fill({}))).toBe(mix(palette.oblastFill, palette.oblastFill, 0));
    expect(rgb(fill({ holder: 'someone-else', extent: 'all' }))).toBe(rgb(fill({})));
  });

  it('show a party hatch only where the party claims the oblast', () => {
    const hatch = paint('fill', 'fill-opacity', claimOpacity('lpr'));
    expect(hatch({ 'claimed-lpr': true })).toBe(1);
    expect(hatch({ 'claimed-lpr': false, 'claimed-ru': true })).toBe(0);
    expect(hatch({})).toBe(0);
  });

  it('fill a city with its holder and ring an unknown one in grey', () => {
    const fill = paint('circle', 'circle-color', cityFill(['ua', 'ru']));
    const stroke = paint('circle', 'circle-stroke-color', cityStroke(['ua', 'ru']));
    expect(rgb(fill({ holder: 'ua' }))).toBe(mix(partyColour('ua'), partyColour('ua'), 0));
    expect(rgb(fill({ holder: '' }))).toBe('rgba(255,255,255,1)');
    expect(rgb(stroke({ holder: '' }))).toBe(mix(UNKNOWN_COLOUR, UNKNOWN_COLOUR, 0));
    expect(rgb(stroke({ holder: 'ru' }))).toBe(mix(palette.cityHalo, palette.cityHalo, 0));
  });

  it('fall back to one colour when the story has no parties', () => {
    expect(rgb(paint('circle', 'circle-color', cityFill([]))({}))).toBe('rgba(255,255,255,1)');
    expect(rgb(paint('fill', 'fill-color', holderFill([]))({}))).toBe(
      mix(palette.oblastFill, palette.oblastFill, 0),
    );
  });

  it('vary a width with the zoom between its stops, clamped at the ends', () => {
    const width = paint('line', 'line-width', zoomCurve(LINE_WIDTH.oblast));
    expect(width({}, 4)).toBe(1.2);
    expect(width({}, 7.5)).toBeCloseTo(1.8);
    expect(width({}, 11)).toBe(2.4);
  });
});
