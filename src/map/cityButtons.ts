import type { Map as MapLibreMap } from 'maplibre-gl';
import { cityButtonGroup, type CityButtonPlace } from '../ui/cityButtonGroup';

export type { CityButtonPlace };

/**
 * The city buttons (src/ui/cityButtonGroup.ts) over MapLibre's canvas, placed by the map's own
 * projection and following it on every move, at most once a frame however many move events
 * MapLibre sends.
 */
export function cityButtons(map: MapLibreMap, places: readonly CityButtonPlace[], label: string) {
  const group = cityButtonGroup(
    places,
    (at) => {
      const { x, y } = map.project(at);
      return [x, y];
    },
    label,
  );
  // Right after the canvas, so Tab reaches the cities before the map's zoom buttons.
  map.getCanvasContainer().after(group.element);

  let frame = 0;
  const position = () => {
    frame = 0;
    group.position();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(position);
  };
  map.on('move', schedule);
  map.on('resize', schedule);
  position();

  return {
    ...group,
    destroy(): void {
      cancelAnimationFrame(frame);
      map.off('move', schedule);
      map.off('resize', schedule);
      group.destroy();
    },
  };
}

export type CityButtons = ReturnType<typeof cityButtons>;
