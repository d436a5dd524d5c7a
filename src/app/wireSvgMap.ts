import type { FeatureCollection } from 'geojson';
import bordersUrl from '../../geo/borders.geojson?url';
import { fetchJson } from '../data/fetchJson';
import { layerOutlines } from './layerOutlines';
import type { PageParts } from './pageParts';
import type { Outline, Picture } from '../picture/picture';
import { pictureMap } from '../picture/pictureMap';
import { followView } from './viewLink';
import { locatorLater } from './locatorLater';

/**
 * The SVG picture made the map, for good, where MapLibre cannot run (this module and its interactive
 * code, zoom, pan and city buttons, are loaded only then): it follows the store in the picture's
 * stead (`stopPicture` ends the picture's own subscription); the layers' outlines join it when
 * their indexes arrive.
 */
export async function wireSvgMap(
  shot: Picture,
  parts: PageParts,
  stopPicture: () => void,
  laidOut: Promise<unknown>,
  onLocator: (svg: SVGSVGElement) => void = () => undefined,
): Promise<void> {
  const { store, story, search } = parts;
  stopPicture();
  const svgMap = pictureMap(shot, parts.mapNode, { story, geo: parts.geo, locale: parts.locale });
  svgMap.on('select', parts.select);
  search.on('choose', (placeId) => svgMap.focus(placeId));
  store.subscribe((state) => svgMap.update(state));
  svgMap.update(store.get());
  // The link's view once the document beside the map is laid out (two frames after it arrives),
  // so the map's resize by its arrival does not race the view being shown.
  void laidOut.then(() =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        followView({ at: svgMap.at, show: svgMap.show, onMoveEnd: (run) => svgMap.on('moveend', run) }),
      ),
    ),
  );
  // The international border and the countries' and sea's names, as on MapLibre's map.
  void fetchJson<FeatureCollection>(bordersUrl, 'geo/borders.geojson').then(
    (data) => shot.setContext(data, parts.locale.t.map),
    (error: unknown) => console.warn('Claimline: the borders could not be loaded;', error),
  );
  // The locator inset follows and moves the SVG map as it does MapLibre's.
  locatorLater(
    store.get().locator,
    () => ({
      at: svgMap.at,
      bounds: svgMap.bounds,
      show: svgMap.show,
      onMove: (run) => svgMap.on('move', run),
    }),
    laidOut,
    (view) => onLocator(view.svg),
    parts.locale,
  );
  // The layers' outlines and, while two days are compared, each layer's area gained and lost.
  let outlines: Outline[] = [];
  let changes: Outline[] = [];
  const show = () => svgMap.setOutlines([...outlines, ...changes]);
  parts.compareTarget({
    outlines: (drawn) => {
      changes = drawn.map(({ rings, ...outline }) => ({
        ...outline,
        geometry: {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: rings } },
          ],
        },
      }));
      show();
    },
  });
  layerOutlines(
    await parts.layers,
    store,
    (drawn) => {
      outlines = drawn;
      show();
    },
    parts.locale.t.layers,
  );
}
