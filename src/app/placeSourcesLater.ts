import type { LoadedLayers } from '../control/loadLayers';
import type { Locale } from '../i18n/locale';
import type { PlaceSources } from '../control/placeSources';
import type { ExtraSection } from '../panel/placeBody';
import type { Stories } from '../story';

/**
 * Each place's Sources (the layers' answers beside the stories'), as a section the place views add,
 * empty until the layers' indexes and the site's stories are here. The Sources code is fetched only
 * when there are layers to set beside the stories; `refresh` then renders the views that show a
 * place again.
 */
export function placeSourcesLater(stories: Promise<Stories>, layers: Promise<LoadedLayers>, locale: Locale) {
  let sources: PlaceSources | null = null;
  const extra: ExtraSection = (placeId, day, level) => sources?.(placeId, day, level) ?? null;
  return {
    extra,
    /** Resolves once the Sources are in (after `refresh` ran), or at once without layers. */
    async whenLoaded(refresh: () => void): Promise<void> {
      const loaded = await layers;
      if (loaded.layers.length === 0) return;
      const [{ placeSources }, all] = await Promise.all([import('../control/placeSources'), stories]);
      sources = placeSources(
        all,
        loaded.layers.map(({ index }) => ({
          id: index.id,
          kind: index.kind,
          name: index.source.name,
          url: index.source.url,
          intervals: index.intervals,
        })),
        locale,
      );
      refresh();
    },
  };
}
