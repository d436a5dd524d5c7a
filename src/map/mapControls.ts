import { AttributionControl, NavigationControl, type Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map's own MapLibre controls: zoom buttons (no compass: the map never rotates) and the
 * credits. On small maps the credits start folded behind their (i) button, as MapLibre's compact
 * control does after the first interaction; on a phone they would cover the map.
 */
export function mapControls(map: MapLibreMap, container: HTMLElement): void {
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  if (container.clientWidth < 640) {
    map.once('load', () =>
      container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show'),
    );
  }
}
