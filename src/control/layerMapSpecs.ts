import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerStyle } from '../ui/layerStyles';

/** A layer's MapLibre source id: `control-<layer id>`. */
export const layerSource = (id: string): string => `control-${id}`;
/**
 * How every MapLibre layer id of an imported layer's starts: its own three and its comparison's
 * (compareMapSpecs). Its own go below the others, whichever came first.
 */
export const layerIdPrefix = (id: string): string => `control-${id}-`;
/** A layer's MapLibre layer ids: its tint, its pattern over the tint and its outline. */
export const layerIds = (id: string) =>
  ({
    fill: `${layerIdPrefix(id)}fill`,
    pattern: `${layerIdPrefix(id)}pattern`,
    line: `${layerIdPrefix(id)}line`,
  }) as const;
/** The image id of a layer's pattern tile (layerPatternImage). */
export const patternImageId = (id: string): string => `control-${id}-pattern`;

/**
 * The pattern's opacity as a per-feature expression that always gives `value`. The claims' hatches
 * have a per-feature opacity, so a pattern written the same way is drawn by the shader they have
 * already compiled; a constant would need a variant of its own, compiled while the map loads (about
 * a third of a second in software rendering, the whole cost of a layer at load).
 */
const patternOpacity = (value: number): ExpressionSpecification => [
  'coalesce',
  ['feature-state', 'opacity'],
  value,
];

/** Opacities of the three map layers, as drawn and while the day's own file loads (stale). */
export const layerOpacity = (style: LayerStyle, stale: boolean) =>
  stale
    ? { fill: style.tint / 3, pattern: patternOpacity(0.3), line: 0.3 }
    : { fill: style.tint, pattern: patternOpacity(1), line: 1 };

/**
 * One imported layer on the map, declared as data: a light tint of its ink, its pattern over it and
 * its dashed outline, all constant paint. The source holds only the interval in force on the day
 * shown (layerOnDay swaps it), so nothing here reads the day. Two layers differ in ink, dash and
 * pattern, so where they overlap both stay readable.
 */
export function layerMapSpecs(id: string, style: LayerStyle): LayerSpecification[] {
  const ids = layerIds(id);
  const source = layerSource(id);
  const opacity = layerOpacity(style, false);
  return [
    {
      id: ids.fill,
      type: 'fill',
      source,
      paint: { 'fill-color': style.ink, 'fill-opacity': opacity.fill },
    },
    {
      id: ids.pattern,
      type: 'fill',
      source,
      paint: { 'fill-pattern': patternImageId(id), 'fill-opacity': opacity.pattern },
    },
    {
      id: ids.line,
      type: 'line',
      source,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': style.ink,
        'line-width': 1.6,
        ...(style.dash.length ? { 'line-dasharray': [...style.dash] } : {}),
        'line-opacity': opacity.line,
      },
    },
  ];
}
