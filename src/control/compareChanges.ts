import type { Day } from '../story/day';
import { emitter } from '../ui/emitter';
import type { Area, AreaChange } from './areaChange';
import { DEFAULT_CHANGE_OPTIONS, type ChangeOptions } from './changeOptions';
import { areaChanges, type AreaChanges } from './areaChanges';
import { areaOfFeatures } from './areaOfFeatures';
import { changePlan } from './changePlan';
import type { ControlInterval } from './layerFormat';
import { geometryLoader, type GeometryLoader, type LoadedGeometry } from './geometryLoader';

/** What the comparison knows of one layer's change between the two days. */
export type LayerChange =
  | { state: 'unknown'; day: Day }
  | { state: 'pending' }
  | { state: 'failed'; reason: string }
  | { state: 'done'; change: AreaChange; days: [Day, Day]; suspect: Day[] };

/** What the comparison reads of a layer: its intervals and where its geometry files are. */
export interface ChangeLayer {
  id: string;
  intervals: readonly ControlInterval[];
  fileUrl: (name: string) => string;
  filePath: (name: string) => string;
}

export interface CompareOptions {
  /** How the change is measured at first (`setOptions` changes it). */
  options?: ChangeOptions;
  fetchFile?: (url: string) => Promise<Response>;
  /** Where the differences are computed: by default a worker (areaChanges). */
  worker?: Pick<AreaChanges, 'between' | 'destroy'>;
}

/** Geometry files held for comparisons, per layer and day: a few pairs. */
const FILES_HELD = 4;

/** A file from the loader: at once if held, else once it has loaded or failed. */
function fileOf(loader: GeometryLoader, name: string): Promise<LoadedGeometry> {
  return new Promise((resolve) => {
    const held = loader.get(name);
    if (held) return resolve(held);
    const stop = loader.on('loaded', (loaded, geometry) => {
      if (loaded !== name) return;
      stop();
      resolve(geometry);
    });
    loader.want(name);
  });
}

/** No change in any region: two days that share one geometry file. */
const noChange = (regions: readonly { id: string }[]): AreaChange => ({
  gained: [],
  lost: [],
  byRegion: Object.fromEntries(regions.map((r) => [r.id, { gainedKm2: 0, lostKm2: 0 }])),
  slivers: { gainedKm2: 0, lostKm2: 0 },
});

/**
 * Each layer's change between two days, measured on demand: the two days' geometry files fetched
 * (both at once, tried again as the layer's own files are), their difference computed in a worker (areaChanges, which keeps it by the pair
 * of files), and the answer sent out per layer as it comes (`on('change')`). Setting other days
 * before an answer comes drops the older answer. A day a layer leaves unknown gives no comparison.
 */
export function compareChanges(
  layers: readonly ChangeLayer[],
  regions: readonly { id: string; area: Area }[],
  {
    options = DEFAULT_CHANGE_OPTIONS,
    fetchFile = (url) => fetch(url),
    worker = areaChanges(regions),
  }: CompareOptions = {},
) {
  let measuredWith = options;
  const out = emitter<{ change: [layerId: string, change: LayerChange] }>();
  // Two loaders a layer, one for each day, so both files come at once.
  const loaders = new Map(
    layers.map((layer) => {
      const files = { url: layer.fileUrl, label: layer.filePath, limit: FILES_HELD, fetch: fetchFile };
      return [layer.id, [geometryLoader(files), geometryLoader(files)] as const];
    }),
  );
  const results = new Map<string, LayerChange>();
  let generation = 0;

  async function measure(layer: ChangeLayer, a: Day, b: Day): Promise<LayerChange> {
    const plan = changePlan(layer.intervals, a, b);
    if ('unknown' in plan) return { state: 'unknown', day: plan.unknown };
    const { from, to, days, suspect } = plan;
    if (from.geometry === to.geometry) return { state: 'done', change: noChange(regions), days, suspect };
    const [first, second] = loaders.get(layer.id) ?? [];
    if (!first || !second) return { state: 'failed', reason: `${layer.id}: not loaded` };
    const [before, after] = await Promise.all([fileOf(first, from.geometry), fileOf(second, to.geometry)]);
    if (!before.ok) return { state: 'failed', reason: before.reason };
    if (!after.ok) return { state: 'failed', reason: after.reason };
    const areas = [areaOfFeatures(before.features), areaOfFeatures(after.features)] as const;
    const change = await worker.between(from.geometry, areas[0], to.geometry, areas[1], measuredWith);
    return { state: 'done', change, days, suspect };
  }

  const set = (layerId: string, change: LayerChange) => {
    results.set(layerId, change);
    out.emit('change', layerId, change);
  };

  return {
    /** Measures every layer's change between days `a` and `b` (in either order). */
    update(a: Day, b: Day): void {
      const asked = ++generation;
      for (const layer of layers) {
        set(layer.id, { state: 'pending' });
        void measure(layer, a, b)
          .catch((error: unknown): LayerChange => ({
            state: 'failed',
            reason: error instanceof Error ? error.message : String(error),
          }))
          .then((change) => {
            if (asked === generation) set(layer.id, change);
          });
      }
    },
    /** How the changes are measured from the next `update` on (the reader's sliver threshold). */
    setOptions(next: ChangeOptions): void {
      measuredWith = next;
    },
    /** How the changes are measured now. */
    options: (): ChangeOptions => measuredWith,
    /** Days are moving (a drag, play): each layer's change is another pair's until they settle. */
    hold(): void {
      generation++;
      for (const layer of layers) set(layer.id, { state: 'pending' });
    },
    /** The layer's change as last measured (undefined before the first `update`). */
    get: (layerId: string): LayerChange | undefined => results.get(layerId),
    on: out.on,
    destroy(): void {
      generation++;
      worker.destroy();
      for (const loader of [...loaders.values()].flat()) loader.destroy();
      out.clear();
    },
  };
}

export type CompareChanges = ReturnType<typeof compareChanges>;
