import { layerOutlines } from './layerOutlines';
import type { PageParts } from './pageParts';
import type { Outline, Picture } from '../picture/picture';
import { pictureMap } from '../picture/pictureMap';
import { followView } from './viewLink';

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
  layerOutlines(await parts.layers, store, (drawn) => {
    outlines = drawn;
    show();
  });
}
