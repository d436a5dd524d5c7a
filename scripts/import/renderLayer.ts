import { createHash } from 'node:crypto';
import { GEOMETRY_FILE_HEAD, GEOMETRY_FILE_TAIL } from '../../src/control/geometryFileText.ts';
import {
  geometryFile,
  INDEX_FILE,
  LAYER_FORMAT,
  type ControlIndex,
  type ControlInterval,
  type LayerKind,
  type LayerSource,
} from '../../src/control/layerFormat.ts';

export interface RenderInput {
  /** The layer's id (LAYER_ID) and what it shows. */
  id: string;
  kind: LayerKind;
  source: LayerSource;
  tolerance: number;
  snapshots: number;
  bytesIn: number;
  /** In id order; `coordinates` is the interval's MultiPolygon coordinates as JSON text. */
  intervals: ReadonlyArray<
    Omit<ControlInterval, 'confirmed' | 'suspect' | 'geometry'> & {
      confirmed: string[];
      suspect: boolean;
      coordinates: string;
    }
  >;
}

export interface RenderedLayer {
  /** Layer-relative path -> text: the index and one file per distinct geometry. */
  files: Record<string, string>;
  /** Bytes of every file together (as recorded in control.json). */
  bytesOut: number;
  /** The index as written (what the list of layers is made from). */
  index: ControlIndex;
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A geometry file's name: 16 hex digits of the SHA-1 of its coordinates (the same on every run). */
export function geometryName(coordinates: string): string {
  return createHash('sha1').update(coordinates).digest('hex').slice(0, 16);
}

/** One geometry file: a FeatureCollection of one MultiPolygon feature, no properties. */
function renderGeometry(coordinates: string): string {
  return `${GEOMETRY_FILE_HEAD}${coordinates}${GEOMETRY_FILE_TAIL}`;
}

function renderIndex(index: ControlIndex): string {
  const { intervals, ...head } = index;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const rows = intervals.map((i) => `    ${JSON.stringify(i)}`);
  return `${headText},\n  "intervals": [\n${rows.join(',\n')}\n  ]\n}\n`;
}

/**
 * Renders the index and the geometry files. Deterministic: same input, same bytes (no timestamps).
 * `generated.bytesOut` counts every file, the index included (found by iterating until the number
 * stops changing).
 */
export function renderLayer(input: RenderInput): RenderedLayer {
  const geometries = new Map<string, string>();
  const names = input.intervals.map((i) => {
    const name = geometryName(i.coordinates);
    const existing = geometries.get(name);
    if (existing === undefined) geometries.set(name, renderGeometry(i.coordinates));
    else if (existing !== renderGeometry(i.coordinates))
      throw new Error(`internal: two geometries share the file name ${name}`);
    return name;
  });
  const geometryBytes = [...geometries.values()].reduce((n, text) => n + byteLength(text), 0);
  const source: LayerSource = {
    name: input.source.name,
    licence: input.source.licence,
    url: input.source.url,
  };
  const intervals = input.intervals.map(
    ({ id, from, to, area, places, snapshot, confirmed, suspect }, i): ControlInterval => ({
      id,
      from,
      to,
      area,
      places,
      geometry: names[i] ?? '',
      snapshot:
        snapshot.at === undefined ? { date: snapshot.date } : { date: snapshot.date, at: snapshot.at },
      ...(confirmed.length > 0 ? { confirmed } : {}),
      ...(suspect ? { suspect: true as const } : {}),
    }),
  );
  let bytesOut = geometryBytes;
  let index: ControlIndex | undefined;
  let text = '';
  for (let i = 0; i < 5; i++) {
    index = {
      format: LAYER_FORMAT,
      id: input.id,
      kind: input.kind,
      source,
      tolerance: input.tolerance,
      generated: {
        snapshots: input.snapshots,
        intervals: intervals.length,
        bytesIn: input.bytesIn,
        bytesOut,
      },
      intervals,
    };
    text = renderIndex(index);
    const total = geometryBytes + byteLength(text);
    if (total === bytesOut) break;
    bytesOut = total;
  }
  if (!index) throw new Error('internal: no index rendered');
  const files: Record<string, string> = { [INDEX_FILE]: text };
  for (const [name, geometry] of geometries) files[geometryFile(name)] = geometry;
  return { files, bytesOut, index };
}
