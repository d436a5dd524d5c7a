import { Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { hatchImage, parseHatchId } from './hatchImage';
import type { Messages } from '../i18n/en';
import type { Credit } from '../ui/credit';
import type { CreditsControl } from './creditsControl';
import { mapControls } from './mapControls';
import { OPENING_PADDING, ZOOM_RANGE } from '../ui/appearance';
import { partyColour } from '../ui/palette';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker (its 0.5 MB script fetched and compiled on a thread of its own) before
 * the map is created, so it is ready for the map's data when the map starts.
 */
export const startWorker = (): void => prewarm();

export interface ClaimMapOptions {
  style: StyleSpecification;
  /** The opening frame: both oblasts. */
  bounds: LngLatBoundsLike;
  /** The bundled sources' credits; imported layers add theirs through `credits.add`. */
  credits: readonly Credit[];
  /** The map's words in the page's language: its controls' and MapLibre's own (`locale`). */
  words: Messages['map'];
}

export interface ClaimMap {
  readonly map: MapLibreMap;
  /** Resolves on the first `idle`: style, data and labels drawn. */
  readonly ready: Promise<void>;
  /** Resolves once the style is parsed: sources and layers can be added, before the first tiles. */
  readonly styleLoaded: Promise<void>;
  readonly credits: CreditsControl;
  destroy(): void;
}

/** Hatch tiles are drawn in code when a layer first asks for them: no sprite file to fetch. */
export function drawHatchesWhenAsked(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const hatch = parseHatchId(id);
    if (!hatch || map.hasImage(id)) return;
    map.addImage(id, hatchImage(partyColour(hatch.party), hatch.angle), { pixelRatio: 1 });
  });
}

/** The MapLibre view. It owns its container's map and knows nothing of the store. */
export function claimMap(
  container: HTMLElement,
  { style, bounds, credits, words }: ClaimMapOptions,
): ClaimMap {
  const map = new MapLibreMap({
    container,
    style,
    bounds,
    // The same frame and zoom range as the SVG picture drawn before the map (src/picture).
    fitBoundsOptions: { padding: OPENING_PADDING },
    attributionControl: false,
    locale: words.maplibre,
    maxZoom: ZOOM_RANGE.max,
    fadeDuration: 0,
    minZoom: ZOOM_RANGE.min,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  drawHatchesWhenAsked(map);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  const creditsControl = mapControls(map, credits, words.credits);
  const ready = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  const styleLoaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  return {
    map,
    ready,
    styleLoaded,
    credits: creditsControl,
    destroy: () => map.remove(),
  };
}
