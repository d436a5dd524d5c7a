import type { LoadedLayers } from '../control/loadLayers';
import type { CompareTarget } from './compareLater';
import type { GeoData } from '../data/geoTypes';
import type { Locale } from '../i18n/locale';
import type { Legend } from '../panel/legend';
import type { PlaceSearch } from '../panel/placeSearch';
import type { AppStore } from '../state/intent';
import type { UrlState } from '../state/urlState';
import type { Day, Stories, Story } from '../story';
import type { TrackScaleOptions } from '../ui/timeScale';

/**
 * What the composition root has made by the time a map starts, for the two ways of drawing it
 * (wireMapView with MapLibre, wireSvgMap without): the data, the one store, and the other views'
 * slots a map puts its parts in.
 */
export interface PageParts extends MapSlots {
  story: Story;
  geo: GeoData;
  store: AppStore<UrlState>;
  mapNode: HTMLElement;
  /** The side column, where a layer's note goes. */
  side: HTMLElement;
  /** The imported layers' indexes, loading beside the map's start. */
  layers: Promise<LoadedLayers>;
  /** The site's stories, the others loading once the open one is shown. */
  stories: Promise<Stories>;
  /** Tells the comparison of two days (and its swipe) where the map is, once it has its imported layers. */
  compareTarget: (target: CompareTarget) => void;
  /** The page's language: its messages, days, numbers and names. */
  locale: Locale;
}

/** What the views around the map (pageViews) hand a map: their slots and the intents it may send. */
export interface MapSlots {
  /** The day's summary, after which each layer's figures go. */
  summary: HTMLElement;
  legend: Pick<Legend, 'addRow'>;
  search: Pick<PlaceSearch, 'on'>;
  /** The timeline's backdrop and its scale, for the layers' chart, and the row kept for its key. */
  chart: { slot: HTMLElement; scale: TrackScaleOptions; keys: HTMLElement | null };
  /** The timeline's row of controls. */
  controls: HTMLElement;
  /** Selects a place (a new history entry). */
  select: (placeId: string) => void;
  /** Steps to a day a view asked for, through the timeline's day input and history policy. */
  step: (day: Day) => void;
  /** The box of whatever covers the map's lower part (the phone's bottom sheet), or null. */
  cover: () => DOMRect | null;
}
