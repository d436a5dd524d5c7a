/**
 * How each imported layer is drawn, by its place in the list of layers: an ink for its outline and
 * pattern, a dash for its outline and a pattern over a light tint of its area. Any two differ in
 * all three, so overlapping layers stay apart even where colour alone would not (the inks are
 * checked under simulated colour-vision deficiencies in tests/unit/ui/layerStyles.test.ts), and
 * none uses a party's colour or the claims' diagonal hatches. Plain values, no DOM or map.
 */
export type LayerPattern = 'dots' | 'cross' | 'vertical' | 'horizontal';

export interface LayerStyle {
  /** Outline, pattern and chart line. */
  ink: string;
  /**
   * MapLibre `line-dasharray` (in line widths); the chart uses the same pattern. Empty: solid, drawn
   * by the plain line shader the map has already compiled (a dashed line needs one more).
   */
  dash: readonly number[];
  pattern: LayerPattern;
  /** Opacity of the area's tint under its pattern. */
  tint: number;
}

export const LAYER_STYLES: readonly LayerStyle[] = [
  { ink: '#2d2d2d', dash: [], pattern: 'dots', tint: 0.16 },
  { ink: '#6a3d9a', dash: [3, 1.5], pattern: 'cross', tint: 0.12 },
  { ink: '#01665e', dash: [1, 1.5], pattern: 'vertical', tint: 0.12 },
  { ink: '#8c510a', dash: [5, 1.5, 1, 1.5], pattern: 'horizontal', tint: 0.12 },
];

/** The style of the layer at `position` in the list (the list holds at most LAYER_STYLES.length). */
export const layerStyle = (position: number): LayerStyle =>
  LAYER_STYLES[position % LAYER_STYLES.length] ?? (LAYER_STYLES[0] as LayerStyle);
