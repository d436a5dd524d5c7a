import { rewind } from '@turf/rewind';
import type { MultiPolygon } from 'geojson';
import { OBLAST_IDS, type ClipRegion, type OblastId } from './oblasts.ts';
import { hasKinks, rebuildPolygon, signedArea, type Rings } from './repairGeometry.ts';
import { DECIMALS } from './roundGeometry.ts';

export interface SimplifiedSnapshot {
  /** The layer geometry: MultiPolygon coordinates inside the oblasts, rounded, RFC 7946 winding. */
  polygons: Rings[];
  /** The same area cut along the oblast border, one piece per oblast (unrounded), for area statistics. */
  pieces: Record<OblastId, Rings[]>;
  /** Self-intersections that simplification or rounding made and the polygon clipper fixed. */
  roundingFixes: number;
  /** Polygons the clipper could not rebuild after rounding, left out (`a polygon near [x, y]: reason`). */
  problems: string[];
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

/** Twice the square degrees below which a ring has no area (about 1 m²). */
const FLAT = 2e-10;

/**
 * mapshaper has rounded the coordinates, putting back the original coordinates of any vertex whose
 * rounding made segments cross (`fix-geometry`). What still crosses is rebuilt by the polygon
 * clipper: valid beats short. Never drops a snapshot; a polygon the clipper cannot rebuild is left
 * out and named.
 */
function checked(polygons: Rings[]): { polygons: Rings[]; fixes: number; problems: string[] } {
  let fixes = 0;
  const problems: string[] = [];
  const result = polygons.flatMap((all) => {
    // Simplifying a thin hole or inlet can fold it flat: a ring that retraces its own path.
    const rings = all.filter((ring, i) => i === 0 || Math.abs(signedArea(ring)) > FLAT);
    if (Math.abs(signedArea(rings[0] ?? [])) <= FLAT) return [];
    if (!hasKinks(rings)) return [rings];
    fixes++;
    try {
      return rebuildPolygon(rings);
    } catch (error) {
      const [x, y] = rings[0]?.[0] ?? [];
      problems.push(
        `a polygon near [${x}, ${y}] crosses itself after simplification and the clipper could not rebuild it (${error instanceof Error ? error.message : String(error)})`,
      );
      return [];
    }
  });
  return { polygons: rewound(result), fixes, problems };
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
  if (polygons.length === 0) return { polygons: [], pieces: emptyPieces(), roundingFixes: 0, problems: [] };
  const input = {
    type: 'FeatureCollection',
    features: polygons.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    })),
  };
  const commands = [
    '-i control.json name=control precision=' + 10 ** -DECIMALS,
    `-simplify interval=${toleranceM}`,
    '-dissolve',
    '-i oblasts.json name=pieces',
    '-clip control target=pieces',
    '-dissolve + name=merged target=pieces',
    `-o target=pieces,merged format=geojson geojson-type=FeatureCollection precision=${10 ** -DECIMALS} fix-geometry`,
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
  const rounded = checked(polygonsOf(featuresOfOutput(out, 'merged.json')));
  return { polygons: rounded.polygons, pieces, roundingFixes: rounded.fixes, problems: rounded.problems };
}
