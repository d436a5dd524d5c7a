import { layersSpan } from '../control/controlIndex';
import type { LoadedLayers } from '../control/loadLayers';
import { loadLayerList } from '../control/loadLayerList';
import { loadBundle } from '../data/loadBundle';
import { loadStory } from '../story';
import { timelineRange } from '../timeline/timelineRange';

/**
 * The page's data: the bundle (story, places, geometry), the story checked, the timeline's range,
 * and the imported layers' indexes, still loading.
 */
export async function loadPage() {
  // The list of imported layers comes with the bundle: it is small and carries each layer's span,
  // which widens the timeline. Their indexes load beside the map's start; only the layers' own
  // views and the Sources sections wait for them.
  const [bundle, list] = await Promise.all([loadBundle(), loadLayerList(document.baseURI)]);
  // The indexes' code comes only with a listed layer.
  const layers: Promise<LoadedLayers> = list.entries.length
    ? import('../control/loadLayers').then((module) => module.loadLayerIndexes(document.baseURI, list))
    : Promise.resolve({ layers: [], errors: list.errors });
  const story = loadStory(bundle.places, bundle.story);
  const timeline = timelineRange(story, layersSpan(list.entries));
  return { geo: bundle.geo, story, timeline, layers, listed: list.entries.length > 0 };
}

export type Page = Awaited<ReturnType<typeof loadPage>>;
