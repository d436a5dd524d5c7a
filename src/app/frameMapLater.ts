import type { GeoData } from '../data/geoTypes';
import type { Messages } from '../i18n/en';
import type { ShareSource } from '../share/shareSource';

/**
 * Hands the Share menu what an animation's own map is made from (the map's code and specs, the
 * geometry, the context layers in the page's language) once MapLibre's code is in; nothing where it never comes.
 */
export function frameMapLater(
  mapCode: Promise<typeof import('../map/mapView')>,
  share: ShareSource,
  geo: GeoData,
  words: Messages['map'],
): void {
  void mapCode.then(
    (module) =>
      (share.frameMap = {
        ...module,
        geo,
        addContext: async (map) => (await import('./mapLaterCode')).addContext(map, module, words),
      }),
    () => undefined,
  );
}
