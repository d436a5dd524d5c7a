import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayersView } from '../control/layersView';
import type { LoadedLayers } from '../control/loadLayers';
import type { Locale } from '../i18n/locale';
import type { AppStore, Intent } from '../state/intent';
import type { UrlState } from '../state/urlState';
import type { Day, Story } from '../story';
import type { Credit } from '../ui/credit';
import type { FrameMapParts } from './frameMapParts';

/**
 * What the exports read from the page: the story, the one store (the day shown), the imported
 * layers, and the map as it stands. The composition root fills in the map and the layers' view
 * when they start; the exports only read them.
 */
export interface ShareSource {
  story: Story;
  /** The page's language: the menu's words and the exports' own (what they say and draw). */
  locale: Locale;
  /** The one store, read only: the exports never write to it. */
  store: Pick<AppStore<UrlState>, 'get'>;
  /** An animation's intent to show a frame's day: the composition root sends it to the store. */
  showDay: (day: Day, intent: Intent) => void;
  /** The imported layers' indexes, as loaded. */
  loaded: Promise<LoadedLayers>;
  /** The map's box: without MapLibre, the SVG map inside it is drawn instead. */
  mapNode: HTMLElement;
  /** MapLibre's map once it runs; undefined before and without it. */
  map?: MapLibreMap | undefined;
  /** What an animation's own map is drawn from, once the map's code has arrived (with MapLibre). */
  frameMap?: FrameMapParts | undefined;
  /** The imported layers on the map, once shown. */
  layers?: LayersView | null;
  /** The locator inset's drawing once it answers, where the page shows it: the PNG draws it too. */
  locator?: SVGSVGElement | null;
  /** The page's key, row by row: the colours and words drawn into every export. */
  key: () => { colour: string; text: string }[];
  /** The bundled sources' credits (each imported layer's is added from its index). */
  credits: readonly Credit[];
}
