import { rewind } from '@turf/rewind';
import type { MultiPolygon } from 'geojson';
import { OBLAST_IDS, type ClipRegion, type OblastId } from './oblasts.ts';
import { GeometryError, hasKinks, resolveSelfIntersections, type Rings } from './repairGeometry.ts';
import { roundPolygons } from './roundGeometry.ts';

export interface SimplifiedSnapshot {
  /** The layer geometry: MultiPolygon coordinates inside the oblasts, rounded, RFC 7946 winding. */
  polygons: Rings[];
  /** The same area cut along the oblast border, one piece per oblast (unrounded), for area statistics. */
  pieces: Record<OblastId, Rings[]>;
  /** Self-intersections that rounding made and the polygon clipper fixed. */
  roundingFixes: number;
}

type Mapshaper = (typeof import('mapshaper'))['default'];
let mapshaperModule: Promise<Mapshaper> | undefined;
const loadMapshaper = (): Promise<Mapshaper> =>
  (mapshaperModule ??= import('mapshaper').then((m) => m.default));

interface OutputFeature {
  properties?: Record<string, unknown> | null;
  geometry?: { type?: string; coordinates?: unknown } | null;
}

function featuresOfOutput(out: Record<string, string | Uint8Array>, name: string): OutputFeature[] {
  const raw = out[name];
  if (raw === undefined) throw new Error(`mapshaper: expected output ${name}, found none`);
  const json = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw)) as {
    features?: OutputFeature[];
  };
  return json.features ?? [];
}

function polygonsOf(features: readonly OutputFeature[]): Rings[] {
  const out: Rings[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') out.push(g.coordinates as Rings);
    else if (g?.type === 'MultiPolygon') out.push(...(g.coordinates as Rings[]));
  }
  return out;
}

function rewound(polygons: Rings[]): Rings[] {
  const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
  return (rewind(multi) as MultiPolygon).coordinates;
}

/** Rounds; a polygon that rounding made cross itself is rebuilt by the polygon clipper, once. */
function roundChecked(polygons: Rings[]): { polygons: Rings[]; fixes: number } {
  let fixes = 0;
  const result = roundPolygons(polygons).flatMap((rings) => {
    if (!hasKinks(rings)) return [rings];
    fixes++;
    const fixed = roundPolygons(resolveSelfIntersections(rings));
    const bad = fixed.find(hasKinks);
    if (bad) {
      const [x, y] = bad[0]?.[0] ?? [];
      throw new GeometryError(
        `a polygon near [${x}, ${y}] still crosses itself after simplification and rounding`,
      );
    }
    return fixed;
  });
  return { polygons: rewound(result), fixes };
}

const emptyPieces = (): Record<OblastId, Rings[]> => ({ 'luhansk-oblast': [], 'donetsk-oblast': [] });

/**
 * One mapshaper run per snapshot: simplifies the polygons to `toleranceM` metres (as one
 * topology, so shared edges stay shared), dissolves them into one shape, cuts the oblasts with it
 * (one piece per oblast, for the statistics) and dissolves the pieces again (the layer geometry),
 * which is then rounded.
 */
export async function simplifySnapshot(
  polygons: readonly Rings[],
  clip: ClipRegion,
  toleranceM: number,
): Promise<SimplifiedSnapshot> {
  if (polygons.length === 0) return { polygons: [], pieces: emptyPieces(), roundingFixes: 0 };
  const input = {
    type: 'FeatureCollection',
    features: polygons.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    })),
  };
  const commands = [
    '-i control.json name=control',
    `-simplify interval=${toleranceM}`,
    '-dissolve',
    '-i oblasts.json name=pieces',
    '-clip control target=pieces',
    '-dissolve + name=merged target=pieces',
    '-o target=pieces,merged format=geojson geojson-type=FeatureCollection',
    '-quiet',
  ].join(' ');
  const mapshaper = await loadMapshaper();
  const out = await mapshaper.applyCommands(commands, {
    'control.json': input,
    'oblasts.json': clip.collection,
  });
  const pieces = emptyPieces();
  for (const f of featuresOfOutput(out, 'pieces.json')) {
    const id = OBLAST_IDS.find((o) => o === f.properties?.id);
    if (id) pieces[id].push(...polygonsOf([f]));
  }
  const rounded = roundChecked(polygonsOf(featuresOfOutput(out, 'merged.json')));
  return { polygons: rounded.polygons, pieces, roundingFixes: rounded.fixes };
}
