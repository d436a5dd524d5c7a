import { areaOfFeatures } from '../control/areaOfFeatures';
import { compareView } from '../control/compareView';
import { askCompare } from '../state/askCompare';
import { PUSH } from '../state/intent';
import type { CompareTarget } from './compareLater';
import type { PageParts } from './pageParts';

/**
 * The comparison wired to the page (a lazy chunk, loaded once a second day is set): its view over
 * the imported layers once their indexes are in, its day field's asks sent to the store, and the
 * maps it draws on as they come.
 */
export async function wireCompare(parts: PageParts, refresh: () => void) {
  const { story, store, geo } = parts;
  const loaded = await parts.layers;
  const view = compareView({
    store,
    story,
    layers: loaded.layers,
    regions: geo.oblasts.features.map((feature) => ({
      id: feature.properties.id,
      area: areaOfFeatures({ type: 'FeatureCollection', features: [feature] }),
    })),
    regionNames: new Map(
      story.places.filter((p) => p.kind === 'oblast').map((p) => [p.id, parts.locale.place(p)]),
    ),
    locale: parts.locale,
    summary: parts.summary,
    chart: parts.chart,
    controls: parts.controls,
    refresh,
  });
  view.on('compare', (compare) => store.set(askCompare(compare), PUSH));
  view.on('swipe', (swipe) => store.set({ swipe }, PUSH));
  return {
    placeSection: view.placeSection,
    target(target: CompareTarget): void {
      if ('map' in target) {
        void target.styleLoaded.then(() => view.showOn(target.map, target.beforeLayer));
        return;
      }
      // The SVG map takes over where MapLibre's was lost: the comparison draws on it alone.
      view.leaveMap();
      const draw = () => target.outlines(view.outlines());
      view.on('change', draw);
      draw();
    },
  };
}
