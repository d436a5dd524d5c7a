import {
  GEOMETRY_FILE,
  INDEX_FILE,
  LAYER_FORMAT,
  type ControlIndex,
  type ControlInterval,
  type LayerSource,
} from '../../src/control/layerFormat.ts';

export interface RenderInput {
  source: LayerSource;
  tolerance: number;
  snapshots: number;
  bytesIn: number;
  /** In id order; `coordinates` is the interval's MultiPolygon coordinates as JSON text. */
  intervals: ReadonlyArray<
    Omit<ControlInterval, 'confirmed' | 'suspect'> & {
      confirmed: string[];
      suspect: boolean;
      coordinates: string;
    }
  >;
}

export interface RenderedLayer {
  files: Record<string, string>;
  /** Bytes of both files together (as recorded in control.json). */
  bytesOut: number;
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

function renderGeometry(input: RenderInput): string {
  if (input.intervals.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = input.intervals.map(
    (i) =>
      `{"type":"Feature","id":${i.id},"properties":${JSON.stringify({ from: i.from, to: i.to })},` +
      `"geometry":{"type":"MultiPolygon","coordinates":${i.coordinates}}}`,
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function renderIndex(index: ControlIndex): string {
  const { intervals, ...head } = index;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const rows = intervals.map((i) => `    ${JSON.stringify(i)}`);
  return `${headText},\n  "intervals": [\n${rows.join(',\n')}\n  ]\n}\n`;
}

/**
 * Renders both files. Deterministic: same input, same bytes (no timestamps). `generated.bytesOut`
 * counts both files, itself included (found by iterating until the number stops changing).
 */
export function renderLayer(input: RenderInput): RenderedLayer {
  const geometry = renderGeometry(input);
  const source: LayerSource = {
    name: input.source.name,
    licence: input.source.licence,
    url: input.source.url,
  };
  const intervals = input.intervals.map(
    ({ id, from, to, area, places, snapshot, confirmed, suspect }): ControlInterval => ({
      id,
      from,
      to,
      area,
      places,
      snapshot:
        snapshot.at === undefined ? { date: snapshot.date } : { date: snapshot.date, at: snapshot.at },
      ...(confirmed.length > 0 ? { confirmed } : {}),
      ...(suspect ? { suspect: true as const } : {}),
    }),
  );
  let bytesOut = byteLength(geometry);
  let index = '';
  for (let i = 0; i < 5; i++) {
    index = renderIndex({
      format: LAYER_FORMAT,
      source,
      tolerance: input.tolerance,
      generated: {
        snapshots: input.snapshots,
        intervals: intervals.length,
        bytesIn: input.bytesIn,
        bytesOut,
      },
      intervals,
    });
    const total = byteLength(geometry) + byteLength(index);
    if (total === bytesOut) break;
    bytesOut = total;
  }
  return { files: { [INDEX_FILE]: index, [GEOMETRY_FILE]: geometry }, bytesOut };
}
