import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, MultiPolygon } from 'geojson';
import type { LayerStyle } from '../ui/layerStyles';
import type { AreaChange } from './areaChange';
import type { ChangeKind } from './changePatternImage';
import { layerIdPrefix } from './layerMapSpecs';

export const CHANGE_KINDS: readonly ChangeKind[] = ['gained', 'lost'];

/** A layer's comparison source: the area gained and the area lost, one feature each. */
export const changeSource = (id: string): string => `control-${id}-change`;
/** The map layers of one kind of change: its pattern and its outline. */
export const changeIds = (id: string, kind: ChangeKind) =>
  ({ pattern: `${layerIdPrefix(id)}${kind}`, line: `${layerIdPrefix(id)}${kind}-line` }) as const;
/** The pattern tile of one kind of change, in the layer's ink (changePatternImage). */
export const changeImageId = (id: string, kind: ChangeKind): string => `control-${id}-${kind}-pattern`;

/** Feature ids in the comparison source: feature-state is set by id. */
export const CHANGE_FEATURE_ID: Readonly<Record<ChangeKind, number>> = { gained: 1, lost: 2 };

/** Keeps one kind of change: the comparison enters the map as its features and this filter. */
export const changeFilter = (kind: ChangeKind): FilterSpecification => ['==', ['get', 'change'], kind];

/**
 * An opacity that fades to a third while the drawn change is another pair of days' (a new pair is
 * being measured): the feature-state `stale`, set by changeFeatureState.
 */
export const changeOpacity = (value: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'stale'], false],
  value / 3,
  value,
];

/** The feature-state of both change features: faded while a new pair of days is measured. */
export const changeFeatureState = (measuring: boolean) => ({ stale: measuring });

/** A change as the source's features: the area gained and the area lost (either may be empty). */
export function changeFeatures(change: Pick<AreaChange, 'gained' | 'lost'> | null): Feature<MultiPolygon>[] {
  if (!change) return [];
  return CHANGE_KINDS.map((kind) => ({
    type: 'Feature',
    id: CHANGE_FEATURE_ID[kind],
    properties: { change: kind },
    geometry: { type: 'MultiPolygon', coordinates: change[kind] },
  }));
}

/**
 * A layer's change between two days on the map, declared as data: for each kind, its pattern
 * (plus signs gained, minus signs lost) and its outline (solid gained, dotted lost), both in the
 * layer's ink and wider than the layer's own outline, so the change reads above the day's area.
 */
export function compareMapSpecs(id: string, style: LayerStyle): LayerSpecification[] {
  const source = changeSource(id);
  return CHANGE_KINDS.flatMap((kind): LayerSpecification[] => {
    const ids = changeIds(id, kind);
    const filter = changeFilter(kind);
    return [
      {
        id: ids.pattern,
        type: 'fill',
        source,
        filter,
        paint: { 'fill-pattern': changeImageId(id, kind), 'fill-opacity': changeOpacity(1) },
      },
      {
        id: ids.line,
        type: 'line',
        source,
        filter,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': style.ink,
          'line-width': 2.6,
          ...(kind === 'lost' ? { 'line-dasharray': [1, 1] } : {}),
          'line-opacity': changeOpacity(1),
        },
      },
    ];
  });
}
