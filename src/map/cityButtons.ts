import type { Map as MapLibreMap } from 'maplibre-gl';
import { emitter } from '../ui/emitter';
import { placeHitButtons } from '../ui/hitSizes';

export interface CityButtonPlace {
  id: string;
  name: string;
  at: [number, number];
}

type CityButtonEvents = { select: [placeId: string] };

/**
 * Each city on the map as a real <button> named after it, laid over the city's dot so it is
 * reachable by mouse, touch, keyboard and assistive technology alike (a canvas has no such parts).
 * Buttons follow the map on every move; cities outside the view are hidden so Tab skips them. Each
 * button is as wide as the gap to its nearest neighbour allows (src/ui/hitSizes.ts).
 * The DOM order is the story's order of places (the cities it is about first).
 */
export function cityButtons(map: MapLibreMap, places: readonly CityButtonPlace[]) {
  const out = emitter<CityButtonEvents>();
  const layer = document.createElement('div');
  layer.className = 'city-buttons';
  layer.setAttribute('role', 'group');
  layer.setAttribute('aria-label', 'Cities');
  // Right after the canvas, so Tab reaches the cities before the map's zoom buttons.
  map.getCanvasContainer().after(layer);

  const buttons = places.map((place) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'city-button';
    button.dataset.place = place.id;
    // The map already draws the name; the button's own text is for assistive technology.
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = place.name;
    button.append(name);
    button.addEventListener('click', () => out.emit('select', place.id));
    layer.append(button);
    return { place, button };
  });

  let frame = 0;
  function position(): void {
    frame = 0;
    const points = buttons.map(({ place }) => {
      const { x, y } = map.project(place.at);
      return [x, y] as const;
    });
    placeHitButtons(buttons, points, layer.clientWidth, layer.clientHeight);
  }
  // At most once a frame, however many move events MapLibre sends.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(position);
  };
  map.on('move', schedule);
  map.on('resize', schedule);
  position();

  return {
    element: layer,
    /** Marks the selected city; the store is the only caller. */
    update(state: { city: string | null }): void {
      for (const { place, button } of buttons)
        button.classList.toggle('is-selected', place.id === state.city);
    },
    on: out.on,
    destroy(): void {
      cancelAnimationFrame(frame);
      map.off('move', schedule);
      map.off('resize', schedule);
      out.clear();
      layer.remove();
    },
  };
}

export type CityButtons = ReturnType<typeof cityButtons>;
