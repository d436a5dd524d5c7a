import { emitter } from './emitter';
import { hitClips, hitSizes } from './hitSizes';

export interface CityButtonPlace {
  id: string;
  name: string;
  /** Longitude and latitude. */
  at: [number, number];
}

type Point = readonly [number, number];

type CityButtonEvents = { select: [placeId: string] };

/**
 * Puts each city button over its point (as wide as hitSizes allows, centred on it, cut where it
 * would overlap a neighbour's: hitClips), or hides it where its point is not visible in the
 * `width` x `height` box.
 */
function placeButtons(
  buttons: readonly HTMLElement[],
  points: readonly Point[],
  width: number,
  height: number,
) {
  const sizes = hitSizes(points, width, height);
  const clips = hitClips(points, sizes);
  buttons.forEach((button, i) => {
    const point = points[i];
    const size = sizes[i];
    button.hidden = !point || !size;
    if (!point || !size) return;
    button.style.setProperty('--size', `${size}px`);
    button.style.transform = `translate(${point[0] - size / 2}px, ${point[1] - size / 2}px)`;
    // The hit area (the button's ::before, src/style.css) is cut; its focus ring is not.
    const clip = clips[i];
    if (clip)
      button.style.setProperty(
        '--hit-clip',
        `polygon(${clip.map(([x, y]) => `${x.toFixed(2)}px ${y.toFixed(2)}px`).join(', ')})`,
      );
    else button.style.removeProperty('--hit-clip');
  });
}

/**
 * Each city on a map as a real <button> named after it, laid over the city's dot so it is reachable
 * by mouse, touch, keyboard and assistive technology alike (neither a canvas nor the SVG map's dots
 * are). Both maps use it, each with its own projection: `project` puts a city's longitude and
 * latitude on screen, in the group's box, and `position()` follows it after each move. Cities
 * outside the view are hidden so Tab skips them; each button is as wide as the gap to its nearest
 * neighbour allows (hitSizes.ts). The DOM order is the order of `places` (the story's: the cities
 * it is about first). The caller puts `element` in the page.
 */
export function cityButtonGroup(
  places: readonly CityButtonPlace[],
  project: (at: [number, number]) => Point,
  label: string,
) {
  const out = emitter<CityButtonEvents>();
  const group = document.createElement('div');
  group.className = 'city-buttons';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);

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
    group.append(button);
    return button;
  });

  return {
    element: group,
    /** Puts each button over its city, as the map shows it now. */
    position(): void {
      placeButtons(
        buttons,
        places.map((place) => project(place.at)),
        group.clientWidth,
        group.clientHeight,
      );
    },
    /** Marks the selected city; the store is the only caller. */
    update(state: { city: string | null }): void {
      places.forEach((place, i) => buttons[i]?.classList.toggle('is-selected', place.id === state.city));
    },
    on: out.on,
    destroy(): void {
      out.clear();
      group.remove();
    },
  };
}

export type CityButtonGroup = ReturnType<typeof cityButtonGroup>;
