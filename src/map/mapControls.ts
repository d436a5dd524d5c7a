import { NavigationControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Credit } from '../ui/credit';
import { CreditsControl } from './creditsControl';

/**
 * The map's own controls: zoom buttons (no compass: the map never rotates) and the credits, our
 * own control that writes them as text (MapLibre's renders its sources' attribution as HTML).
 * Returns the credits control, which imported layers add their credit to.
 */
export function mapControls(map: MapLibreMap, credits: readonly Credit[], label: string): CreditsControl {
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const control = new CreditsControl(credits, label);
  map.addControl(control, 'bottom-right');
  return control;
}
