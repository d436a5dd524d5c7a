import type { Feature } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { GeoData } from '../data/geoTypes';
import type { Locale } from '../i18n/locale';
import type { Day, Story } from '../story';
import { oblastClaimants } from '../story';
import { boundsOf } from '../ui/appearance';
import type { Credit } from '../ui/credit';
import { emitter } from '../ui/emitter';
import { bundledCredits } from './bundledCredits';
import { buildStyle } from './buildStyle';
import { cityButtons } from './cityButtons';
import { claimMap, drawHatchesWhenAsked } from './claimMap';
import { dayOnMap } from './dayOnMap';
import { focusPlace } from './focusPlace';
import { fontFaces } from './fonts';
import { LAYERS } from './layers';
import type { MapCode } from './secondMap';

export interface MapViewOptions {
  story: Story;
  geo: GeoData;
  /** The box of whatever covers the map's lower part (the phone's bottom sheet), or null. */
  cover: () => DOMRect | null;
  locale: Locale;
}

type MapViewEvents = { select: [placeId: string]; lost: [] };

/**
 * The map with everything a reader does on it: the city buttons, a click on a city or an oblast
 * (`on('select')`), moving to a chosen place clear of the bottom sheet, and the day and the
 * selected city through `update`. When the GPU is lost for good it reports `on('lost')` and takes
 * itself down. Null where MapLibre failed to start (no WebGL2, or a context it cannot get): the
 * caller then shows the SVG map.
 */
export function mapView(container: HTMLElement, { story, geo, cover, locale }: MapViewOptions) {
  const view = startMap(container, story, geo, locale);
  if (!view) return null;
  const { map } = view;
  const out = emitter<MapViewEvents>();
  const features = new Map<string, Feature>(
    [...geo.oblasts.features, ...geo.cities.features].map((f) => [f.properties.id, f]),
  );
  const buttons = cityButtons(
    map,
    story.places.flatMap((place) => {
      const feature = geo.cities.features.find((f) => f.properties.id === place.id);
      return feature
        ? [{ id: place.id, name: locale.place(place), at: feature.geometry.coordinates as [number, number] }]
        : [];
    }),
    locale.t.map.cities,
  );
  buttons.on('select', (id) => out.emit('select', id));

  selectOnClick(map, story, (id) => out.emit('select', id));
  map.on('mouseenter', LAYERS.oblastFill, () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', LAYERS.oblastFill, () => (map.getCanvas().style.cursor = ''));

  const day = dayOnMap(map, story, geo);

  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    out.clear();
    buttons.destroy();
    view.destroy();
  };
  // MapLibre reports a WebGL context it cannot get back (after a lost one) as an error event; the
  // page then carries on without the map rather than leave a dead one.
  map.on('error', ({ error }) => {
    if (!(error instanceof Error) || error.name !== 'GPUInitializationError') return;
    out.emit('lost');
    destroy();
  });

  return {
    map,
    /** Resolves on the map's first `idle`: style, data and labels drawn. */
    ready: view.ready,
    /** Resolves once the style is parsed, before the first tiles: other layers can join them. */
    styleLoaded: view.styleLoaded,
    /** Adds a credit (an imported layer's) to the map's credits; returns what takes it out. */
    addCredit: (credit: Credit) => view.credits.add(credit),
    update(state: { day: Day; city: string | null }): void {
      if (destroyed) return;
      day.show(state.day);
      buttons.update(state);
    },
    /** Moves the map to a place the reader chose. */
    focus(placeId: string): void {
      const feature = features.get(placeId);
      if (feature && !destroyed) focusPlace(map, feature, sheetPadding(container, cover()));
    },
    on: out.on,
    destroy,
  };
}

/**
 * A click on a city's dot or label (a touch is less exact than the city buttons need) opens the
 * city; elsewhere on an oblast, the oblast. Clicks on a city button never reach the map.
 */
function selectOnClick(map: MapLibreMap, story: Story, select: (placeId: string) => void): void {
  map.on('click', (event) => {
    const { x, y } = event.point;
    const near: [[number, number], [number, number]] = [
      [x - 8, y - 8],
      [x + 8, y + 8],
    ];
    const [city] = map.queryRenderedFeatures(near, { layers: [LAYERS.cityCircle, LAYERS.cityLabel] });
    const [oblast] = city ? [] : map.queryRenderedFeatures(event.point, { layers: [LAYERS.oblastFill] });
    const id: unknown = (city ?? oblast)?.properties.id;
    if (typeof id === 'string' && story.placeById.has(id)) select(id);
  });
}

/** How much of the map the bottom sheet (`sheet`, or null) covers, so a chosen place is moved clear of it. */
function sheetPadding(container: HTMLElement, sheet: DOMRect | null): Partial<PaddingOptions> {
  if (!sheet) return {};
  const area = container.getBoundingClientRect();
  const across = sheet.left < area.right && sheet.right > area.left;
  const covered = area.bottom - sheet.top;
  return across && covered > 0 && covered < area.height ? { bottom: covered + 24 } : {};
}

/** Layer ids, for the composition root that hands the map to the imported layer. */
export { LAYERS } from './layers';
export { startWorker } from './claimMap';

/** What the swipe's second map is built with (src/map/secondMap.ts, loaded later). */
export const MAP_CODE: MapCode = {
  buildStyle,
  dayOnMap,
  drawHatchesWhenAsked,
  fontFaces,
};

/** The palette, for the orientation's layers (contextLayers, loaded later). */
export { palette } from '../ui/palette';

/** The style, the day as feature-state and the claims' hatches, for the exports' own map (src/share). */
export { dayStates } from './dayState';
export { applyDay } from './applyDay';
export { buildStyle } from './buildStyle';
export { fontFaces } from './fonts';
export { hatchImage, parseHatchId } from './hatchImage';

export type MapView = NonNullable<ReturnType<typeof mapView>>;

function startMap(container: HTMLElement, story: Story, geo: GeoData, locale: Locale) {
  const style = buildStyle({
    data: geo,
    fontFaces: fontFaces(document.baseURI),
    parties: story.parties.map((p) => p.id),
    claimants: oblastClaimants(story),
  });
  try {
    return claimMap(container, {
      style,
      bounds: boundsOf(geo.oblasts) as LngLatBoundsLike,
      credits: bundledCredits(locale.t.map.publicDomain),
      words: locale.t.map,
    });
  } catch (error) {
    console.warn('Claimline: the map could not start;', error);
    return null;
  }
}
