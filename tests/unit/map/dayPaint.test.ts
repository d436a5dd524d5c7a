import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  byParty,
  cityFill,
  cityStroke,
  claimOpacity,
  holderFill,
  holderStrength,
} from '../../../src/map/dayPaint';
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
  return (state: Record<string, string | boolean>): unknown =>
    compiled.evaluate({ zoom: 6 }, { type: 2, properties: {} }, state);
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
  it('shade an oblast by how much its holder says it controls, with the palette strengths', () => {
    const strength = paint('fill', 'fill-opacity', holderStrength);
    expect(strength({ extent: 'all' })).toBe(SHADING.all);
    expect(strength({ extent: 'most' })).toBe(SHADING.most);
    expect(strength({ extent: 'part' })).toBe(SHADING.part);
    expect(strength({})).toBe(0);
  });

  it('fill an oblast with the base colour mixed towards its holder by that strength', () => {
    const fill = paint('fill', 'fill-color', holderFill(['ua', 'ru'], palette.oblastFill));
    expect(rgb(fill({ holder: 'ru', extent: 'all' }))).toBe(
      mix(palette.oblastFill, partyColour('ru'), SHADING.all),
    );
    expect(rgb(fill({ holder: 'ua', extent: 'most' }))).toBe(
      mix(palette.oblastFill, partyColour('ua'), SHADING.most),
    );
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
    const stroke = paint('circle', 'circle-stroke-color', cityStroke);
    expect(rgb(fill({ controller: 'ua' }))).toBe(mix(partyColour('ua'), partyColour('ua'), 0));
    expect(rgb(fill({ controller: '' }))).toBe('rgba(255,255,255,1)');
    expect(rgb(stroke({ controller: '' }))).toBe(mix(UNKNOWN_COLOUR, UNKNOWN_COLOUR, 0));
    expect(rgb(stroke({ controller: 'ru' }))).toBe(mix(palette.cityHalo, palette.cityHalo, 0));
  });

  it('fall back to one colour when the story has no parties', () => {
    expect(rgb(paint('circle', 'circle-color', byParty('controller', [], '#ffffff'))({}))).toBe(
      'rgba(255,255,255,1)',
    );
  });
});
