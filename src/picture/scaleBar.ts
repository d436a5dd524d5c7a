import type { Messages } from '../i18n/en';
import type { MapAt } from '../state/viewHash';

/** The equator's length in metres (MapLibre's, for the same bar), and the widest the bar gets, px. */
const EARTH_CIRCUMFERENCE_M = 40075016.686;
const MAX_WIDTH = 100;

/** The largest 1, 2, 3 or 5 times a power of ten not above `value`, as MapLibre's scale picks. */
function roundNumber(value: number): number {
  const power = 10 ** (String(Math.floor(value)).length - 1);
  const digit = value / power;
  return power * (digit >= 5 ? 5 : digit >= 3 ? 3 : digit >= 2 ? 2 : 1);
}

/**
 * The SVG map's scale bar, as MapLibre's ScaleControl draws it on the map: a round distance in
 * kilometres (metres when zoomed far in) and a bar as long as it is at the centre's latitude.
 */
export function scaleBar(words: Messages['map']['maplibre']) {
  const element = document.createElement('div');
  element.className = 'picture-scale';
  return {
    element,
    update({ zoom, lat }: MapAt): void {
      const metresPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
      const metres = roundNumber(metresPerPixel * MAX_WIDTH);
      element.style.width = `${Math.round(metres / metresPerPixel)}px`;
      element.textContent =
        metres >= 1000
          ? `${metres / 1000} ${words['ScaleControl.Kilometers']}`
          : `${metres} ${words['ScaleControl.Meters']}`;
    },
  };
}
