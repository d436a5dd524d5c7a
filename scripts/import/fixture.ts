import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { addDays } from '../../src/story/day.ts';
import { mulberry32 } from '../mulberry32.ts';

/**
 * A synthetic archive of daily control snapshots over Luhansk and Donetsk oblasts, made from a
 * seed (nothing third-party is committed). Each day: two "occupied" sectors east of a noisy front
 * line (north and south, sharing an edge), a "contested" strip along part of the front, a few
 * occupied islands west of the front that appear and vanish, plus a point and a line that the
 * import must drop. About 5,000 vertices a day, coordinates with 6 decimals.
 */
export interface FixtureOptions {
  days: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  seed: number;
}

export const FIXTURE_DEFAULTS: FixtureOptions = { days: 30, start: '2022-02-24', seed: 1 };

/** Share of days on which nothing moves (so interval merging is exercised). */
const QUIET_DAY_SHARE = 0.2;
const SECTOR_VERTICES = 1900;
const ISLAND_VERTICES = 110;
const NORTH = 50.3;
const MIDDLE = 48.5;
const SOUTH = 46.7;
const EAST = 41.0;

interface Island {
  lon: number;
  lat: number;
  radius: number;
  /** Persistent radial noise, one factor per vertex. */
  shape: number[];
  diesOn: number;
}

/** Coordinates are written at full double precision, as many archives do. */
const asWritten = (v: number): number => v;

class FrontModel {
  private readonly random: () => number;
  /** Westward displacement (degrees) of each front vertex, north to south. */
  private readonly shift: Float64Array;
  /** Fixed small wiggle (tens of metres) of each vertex: below the import's tolerance. */
  private readonly wiggle: Float64Array;
  private readonly lats: Float64Array;
  private readonly phases: number[];
  private islands: Island[] = [];

  constructor(seed: number) {
    this.random = mulberry32(seed);
    const n = SECTOR_VERTICES * 2 - 1;
    this.shift = new Float64Array(n);
    this.wiggle = new Float64Array(n);
    this.lats = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.lats[i] = NORTH - ((NORTH - SOUTH) * i) / (n - 1);
      this.wiggle[i] = (this.random() - 0.5) * 0.0008;
    }
    this.phases = [0, 1, 2, 3].map(() => this.random() * Math.PI * 2);
  }

  /** Longitude of front vertex i (before today's moves are applied). */
  private lon(i: number): number {
    const lat = this.lats[i] ?? 0;
    const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = this.phases;
    // Roughly the line of February 2022: further east in Luhansk oblast than in Donetsk oblast.
    const base = 38.4 + 0.5 * Math.tanh((lat - 48.6) * 4);
    const bends =
      0.12 * Math.sin(lat * 2.1 + p0) +
      0.08 * Math.sin(lat * 9.7 + p1) +
      0.03 * Math.sin(lat * 31 + p2) +
      0.01 * Math.sin(lat * 97 + p3);
    return base + bends - (this.shift[i] ?? 0) + (this.wiggle[i] ?? 0);
  }

  /** Moves the front for day `day`; returns false on a quiet day (nothing changes). */
  advance(day: number): boolean {
    if (day === 0) return true;
    if (this.random() < QUIET_DAY_SHARE) return false;
    const n = this.shift.length;
    const moves = 1 + Math.floor(this.random() * 4);
    for (let m = 0; m < moves; m++) {
      const centre = Math.floor(this.random() * n);
      const width = 20 + Math.floor(this.random() * 180);
      const westward = this.random() < 0.85 ? 1 : -0.6;
      const amplitude = westward * (0.002 + this.random() * 0.018);
      for (let i = Math.max(0, centre - width); i < Math.min(n, centre + width); i++) {
        const x = (i - centre) / width;
        this.shift[i] = (this.shift[i] ?? 0) + amplitude * 0.5 * (1 + Math.cos(Math.PI * x));
      }
    }
    this.islands = this.islands.filter((island) => island.diesOn > day);
    if (this.islands.length < 6 && this.random() < 0.15) this.islands.push(this.newIsland(day));
    return true;
  }

  private newIsland(day: number): Island {
    const i = Math.floor(this.random() * this.shift.length);
    const shape = Array.from({ length: ISLAND_VERTICES }, () => 0.8 + this.random() * 0.4);
    return {
      lon: this.lon(i) - 0.05 - this.random() * 0.25,
      lat: this.lats[i] ?? MIDDLE,
      radius: 0.01 + this.random() * 0.03,
      shape,
      diesOn: day + 5 + Math.floor(this.random() * 75),
    };
  }

  private frontPositions(from: number, to: number): Position[] {
    const out: Position[] = [];
    for (let i = from; i <= to; i++) out.push([asWritten(this.lon(i)), asWritten(this.lats[i] ?? 0)]);
    return out;
  }

  features(date: string): Feature[] {
    const mid = SECTOR_VERTICES - 1;
    const last = this.shift.length - 1;
    const sector = (from: number, to: number, latFrom: number, latTo: number): Position[] => {
      const front = this.frontPositions(from, to);
      const first = front[0] ?? [EAST, latFrom];
      return [...front, [EAST, latTo], [EAST, latFrom], first];
    };
    const occupied = { status: 'occupied', updated: date };
    const features: Feature[] = [
      {
        type: 'Feature',
        properties: { ...occupied, name: 'north' },
        geometry: polygon(sector(0, mid, NORTH, MIDDLE)),
      },
      {
        type: 'Feature',
        properties: { ...occupied, name: 'south' },
        geometry: polygon(sector(mid, last, MIDDLE, SOUTH)),
      },
    ];
    // A contested strip 3 km wide west of the northern front.
    const strip = this.frontPositions(200, 700);
    const west = strip.map(([x = 0, y = 0]) => [asWritten(x - 0.04), y]).reverse();
    const stripRing = [...strip, ...west, strip[0] ?? [0, 0]];
    features.push({
      type: 'Feature',
      properties: { status: 'contested', updated: date },
      geometry: polygon(stripRing),
    });
    for (const island of this.islands) {
      const ring: Position[] = island.shape.map((k, j) => {
        const a = (2 * Math.PI * j) / island.shape.length;
        const r = island.radius * k;
        return [asWritten(island.lon + r * Math.cos(a) * 1.5), asWritten(island.lat + r * Math.sin(a))];
      });
      ring.push(ring[0] ?? [0, 0]);
      features.push({
        type: 'Feature',
        properties: { ...occupied, name: 'island' },
        geometry: polygon(ring),
      });
    }
    features.push({
      type: 'Feature',
      properties: { kind: 'hq' },
      geometry: { type: 'Point', coordinates: [37.8, 48.0] },
    });
    const river = Array.from({ length: 40 }, (_, j): Position => [
      asWritten(38 + j * 0.02),
      asWritten(48.9 + 0.05 * Math.sin(j / 3)),
    ]);
    features.push({
      type: 'Feature',
      properties: { kind: 'river' },
      geometry: { type: 'LineString', coordinates: river },
    });
    return features;
  }
}

function polygon(ring: Position[]): { type: 'Polygon'; coordinates: Position[][] } {
  return { type: 'Polygon', coordinates: [ring] };
}

/** Calls `onDay` for each generated day, in order. */
export function* fixtureDays(
  options: FixtureOptions,
): Generator<{ date: string; collection: FeatureCollection }> {
  const model = new FrontModel(options.seed);
  for (let day = 0; day < options.days; day++) {
    model.advance(day);
    const date = addDays(options.start, day);
    const collection = { type: 'FeatureCollection', properties: { date }, features: model.features(date) };
    yield { date, collection: collection as FeatureCollection };
  }
}

/** Writes `<dir>/<date>.geojson` for each day; returns the file paths and total bytes. */
export async function writeFixture(
  dir: string,
  options: FixtureOptions,
): Promise<{ files: string[]; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (const { date, collection } of fixtureDays(options)) {
    const file = join(dir, `${date}.geojson`);
    const text = JSON.stringify(collection);
    await writeFile(file, text, 'utf8');
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
