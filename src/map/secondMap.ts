import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoData } from '../data/geoTypes';
import type { Locale } from '../i18n/locale';
import { oblastClaimants, type Story } from '../story';
import { ZOOM_RANGE } from '../ui/appearance';
import { CONTEXT_SOURCE } from './contextLayers';
import type { buildStyle } from './buildStyle';
import type { drawHatchesWhenAsked } from './claimMap';
import type { dayOnMap } from './dayOnMap';
import type { fontFaces } from './fonts';

/**
 * The page map's code that a second map is built with, handed over from the loaded map module
 * (mapView's MAP_CODE): imported here, it would be split out of that module into a chunk of its own,
 * one more file in the page's first load.
 */
export interface MapCode {
  buildStyle: typeof buildStyle;
  dayOnMap: typeof dayOnMap;
  drawHatchesWhenAsked: typeof drawHatchesWhenAsked;
  fontFaces: typeof fontFaces;
}

// The page's map has set it already; said again so this map never depends on which came first.
setWorkerUrl(workerUrl);

/**
 * A second MapLibre map over the page's map (`leader`), in the same style, showing another day:
 * it takes no input of its own (the reader moves the page's map and this one follows its camera),
 * sits right above the leader's canvas, under its city buttons and controls, and is hidden from
 * assistive technology (the divider that reveals it says which day it shows). `destroy` removes it
 * with its WebGL context.
 */
export function secondMap(
  leader: MapLibreMap,
  { story, geo, code, locale }: { story: Story; geo: GeoData; code: MapCode; locale: Locale },
) {
  const { buildStyle, dayOnMap, drawHatchesWhenAsked, fontFaces } = code;
  const node = document.createElement('div');
  node.className = 'second-map';
  node.setAttribute('aria-hidden', 'true');
  leader.getCanvasContainer().after(node);
  const map = new MapLibreMap({
    container: node,
    style: buildStyle({
      data: geo,
      fontFaces: fontFaces(document.baseURI),
      parties: story.parties.map((p) => p.id),
      claimants: oblastClaimants(story),
    }),
    ...camera(leader),
    interactive: false,
    attributionControl: false,
    // MapLibre names its canvas: in the page's language, as the page's map.
    locale: locale.t.map.maplibre,
    fadeDuration: 0,
    maxZoom: ZOOM_RANGE.max,
    minZoom: ZOOM_RANGE.min,
  });
  drawHatchesWhenAsked(map);
  // The padding too (the leader's, while a place is kept clear of the bottom sheet): the same
  // centre with another padding would be another view.
  const follow = () => map.jumpTo({ ...camera(leader), padding: leader.getPadding() });
  follow();
  leader.on('move', follow);
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  // The orientation (borders, countries' and sea's names) comes to the page's map after its first
  // idle, maybe after the swipe started: the second map takes it when both have it.
  let styled = false;
  const orientation = () => {
    if (!styled || map.getSource(CONTEXT_SOURCE) || !leader.getSource(CONTEXT_SOURCE)) return;
    copyOrientation(leader, map);
    leader.off('styledata', orientation);
  };
  leader.on('styledata', orientation);
  void styleLoaded.then(() => {
    styled = true;
    orientation();
  });

  const day = dayOnMap(map, story, geo);

  return {
    map,
    /** Resolves once the style is parsed: the imported layers can join it. */
    styleLoaded,
    /** The day this map shows, through feature-state as on the page's map. */
    showDay: day.show,
    /** The day this map shows (null before the first). */
    day: day.day,
    /** Shows the map only inside a CSS clip-path (the swipe's side of its divider). */
    clip(path: string): void {
      node.style.clipPath = path;
    },
    destroy(): void {
      leader.off('move', follow);
      leader.off('styledata', orientation);
      map.remove();
      node.remove();
    },
  };
}

export type SecondMap = ReturnType<typeof secondMap>;

/** Where the leader looks, for the second map to look there too. */
function camera(leader: MapLibreMap) {
  return {
    center: leader.getCenter(),
    zoom: leader.getZoom(),
    bearing: leader.getBearing(),
    pitch: leader.getPitch(),
  };
}

/** Copies the leader's orientation source and its map layers, each under the same layer as there. */
function copyOrientation(leader: MapLibreMap, map: MapLibreMap): void {
  const style = leader.getStyle();
  const source = style.sources[CONTEXT_SOURCE];
  if (!source) return;
  map.addSource(CONTEXT_SOURCE, source);
  style.layers.forEach((layer, at) => {
    if (!('source' in layer) || layer.source !== CONTEXT_SOURCE) return;
    const before = style.layers.slice(at + 1).find((next) => map.getLayer(next.id));
    map.addLayer(layer, before?.id);
  });
}
