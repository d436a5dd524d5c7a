import type { Position } from 'geojson';
import type { Area } from './types.ts';

export interface SharedBorderReport {
  /** Undirected edges that both geometries have, vertex for vertex. */
  sharedEdges: number;
  /** How many separate lines those shared edges form (a clean land border between two regions: 1). */
  chains: number;
  /**
   * Where the shared border ends (tri-points with a third region), sorted. Simplifying as one
   * topology never moves these, so they stay where the source data has them.
   */
  ends: Position[];
  /** Approximate length of the shared border in km. */
  lengthKm: number;
  /**
   * Vertices of one geometry that lie within the tolerance of the other's boundary without being
   * one of its vertices: where the two outlines run close but apart (a gap or a sliver).
   */
  nearMisses: Position[];
}

const KM_PER_DEGREE = 111.32;

function rings(area: Area): Position[][] {
  return area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
}

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}

function edgeKey(a: Position, b: Position): string {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
}

function edgesOf(area: Area): Map<string, [Position, Position]> {
  const edges = new Map<string, [Position, Position]>();
  for (const ring of rings(area)) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a && b) edges.set(edgeKey(a, b), [a, b]);
    }
  }
  return edges;
}

/** Distance in km from p to segment ab, on a local equirectangular projection. */
function distanceToSegmentKm(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const k = Math.cos((py * Math.PI) / 180);
  const dx = (bx - ax) * k;
  const dy = by - ay;
  const qx = (px - ax) * k;
  const qy = py - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (qx * dx + qy * dy) / len2));
  return Math.hypot(qx - t * dx, qy - t * dy) * KM_PER_DEGREE;
}

function nearMissesOf(
  from: Area,
  to: Map<string, [Position, Position]>,
  toVertices: Set<string>,
  chainEnds: Map<string, Position>,
  toleranceKm: number,
): Position[] {
  const out: Position[] = [];
  const margin = toleranceKm / (KM_PER_DEGREE * 0.5);
  const segments = [...to.values()];
  for (const ring of rings(from)) {
    for (let i = 1; i < ring.length; i++) {
      const p = ring[i];
      if (p === undefined || toVertices.has(key(p))) continue;
      // Next to where the shared border ends (a tri-point), an outline legitimately leaves the other.
      const before = ring[i - 1];
      const after = ring[i + 1] ?? ring[1];
      if ((before && chainEnds.has(key(before))) || (after && chainEnds.has(key(after)))) continue;
      const [px = 0, py = 0] = p;
      for (const [a, b] of segments) {
        const [ax = 0, ay = 0] = a;
        const [bx = 0, by = 0] = b;
        if (px < Math.min(ax, bx) - margin || px > Math.max(ax, bx) + margin) continue;
        if (py < Math.min(ay, by) - margin || py > Math.max(ay, by) + margin) continue;
        if (distanceToSegmentKm(p, a, b) < toleranceKm) {
          out.push(p);
          break;
        }
      }
    }
  }
  return out;
}

/** Vertices where a shared border ends: they belong to exactly one shared edge. */
function chainEndsOf(edges: [Position, Position][]): Map<string, Position> {
  const degree = new Map<string, { p: Position; n: number }>();
  for (const [a, b] of edges) {
    for (const p of [a, b]) {
      const entry = degree.get(key(p)) ?? { p, n: 0 };
      entry.n += 1;
      degree.set(key(p), entry);
    }
  }
  return new Map([...degree].filter(([, e]) => e.n === 1).map(([k, e]) => [k, e.p]));
}

function countChains(edges: [Position, Position][]): number {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(k, root);
    return root;
  };
  for (const [a, b] of edges) {
    for (const p of [a, b]) if (!parent.has(key(p))) parent.set(key(p), key(p));
    const ra = find(key(a));
    const rb = find(key(b));
    if (ra !== rb) parent.set(ra, rb);
  }
  return new Set([...parent.keys()].map(find)).size;
}

/**
 * Compares the outlines of two neighbouring regions: the edges they share exactly, and any place
 * where one's vertex comes within `toleranceKm` of the other's outline without being its vertex
 * (except the vertices right next to the ends of the shared border, where the outlines part).
 * Two regions simplified as one topology share their border exactly and have no near misses.
 */
export function sharedBorder(a: Area, b: Area, toleranceKm: number): SharedBorderReport {
  const edgesA = edgesOf(a);
  const edgesB = edgesOf(b);
  const shared = [...edgesA.entries()].filter(([k]) => edgesB.has(k)).map(([, e]) => e);
  const verticesA = new Set(rings(a).flat().map(key));
  const verticesB = new Set(rings(b).flat().map(key));
  const ends = chainEndsOf(shared);
  const lengthKm = shared.reduce((sum, [p, q]) => {
    const k = Math.cos((((p[1] ?? 0) + (q[1] ?? 0)) / 2) * (Math.PI / 180));
    return sum + Math.hypot(((q[0] ?? 0) - (p[0] ?? 0)) * k, (q[1] ?? 0) - (p[1] ?? 0)) * KM_PER_DEGREE;
  }, 0);
  return {
    sharedEdges: shared.length,
    chains: countChains(shared),
    ends: [...ends.values()].sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0) || (p[1] ?? 0) - (q[1] ?? 0)),
    lengthKm,
    nearMisses: [
      ...nearMissesOf(a, edgesB, verticesB, ends, toleranceKm),
      ...nearMissesOf(b, edgesA, verticesA, ends, toleranceKm),
    ],
  };
}
