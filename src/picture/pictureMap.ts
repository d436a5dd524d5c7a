import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { GeoData } from '../data/geoTypes';
import type { Day, Story } from '../story';
import { formatDay } from '../story/formatDay';
import { ZOOM_RANGE } from '../ui/appearance';
import { emitter } from '../ui/emitter';
import { placeHitButtons } from '../ui/hitSizes';
import type { Outline, Picture } from './picture';
import './pictureMap.css';

type PictureMapEvents = { select: [placeId: string] };

/** What an arrow key pans, CSS pixels, and the zoom a city is shown at when chosen (as the map). */
const PAN_STEP = 100;
const CITY_ZOOM = 8;

export interface PictureMapOptions {
  story: Story;
  geo: GeoData;
}

/**
 * The SVG picture made into the map, for a browser without WebGL2 (loaded only then, with d3-zoom):
 * the reader zooms and pans it with the pointer, the wheel, a pinch or the keys (arrows pan, + and
 * − zoom, 0 goes back to both oblasts) and the zoom buttons; each city is a real <button> over its
 * dot, and a click on an oblast opens it too (`on('select')`). It follows the store's day and
 * selected city through `update`, and shows an imported layer's area through `setOutlines`.
 */
export function pictureMap(shot: Picture, container: HTMLElement, { story, geo }: PictureMapOptions) {
  const out = emitter<PictureMapEvents>();
  const svg = shot.element;
  svg.classList.add('is-interactive');
  svg.removeAttribute('aria-hidden');
  svg.setAttribute('role', 'img');
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-describedby', 'picture-map-keys');

  const keysNote = document.createElement('p');
  keysNote.id = 'picture-map-keys';
  keysNote.className = 'visually-hidden';
  keysNote.textContent =
    'Arrow keys pan the map, plus and minus zoom, 0 shows both oblasts again. Cities are buttons after the map.';

  const controls = document.createElement('div');
  controls.className = 'picture-controls';
  const control = (label: string, text: string, run: () => void) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', label);
    button.textContent = text;
    button.addEventListener('click', run);
    controls.append(button);
    return button;
  };

  const cities = document.createElement('div');
  cities.className = 'city-buttons';
  cities.setAttribute('role', 'group');
  cities.setAttribute('aria-label', 'Cities');
  const places = story.places.flatMap((place) => {
    const feature = geo.cities.features.find((f) => f.properties.id === place.id);
    return feature ? [{ id: place.id, at: feature.geometry.coordinates as [number, number] }] : [];
  });
  const buttons = places.map((place) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'city-button';
    button.dataset.place = place.id;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = story.placeById.get(place.id)?.names.en ?? place.id;
    button.append(name);
    button.addEventListener('click', () => out.emit('select', place.id));
    cities.append(button);
    return { place, button };
  });

  const caption = document.createElement('ul');
  caption.className = 'picture-outline-key';
  caption.hidden = true;
  container.append(keysNote, cities, controls, caption);

  function placeButtons(): void {
    const points = places.map((p) => shot.project(p.at));
    placeHitButtons(buttons, points, container.clientWidth, container.clientHeight);
  }

  // d3-zoom keeps the transform on the <svg>; the picture redraws its dots and names at each step.
  const zoomBehaviour = d3Zoom<SVGSVGElement, unknown>().on(
    'zoom',
    (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      shot.setView(event.transform);
      placeButtons();
    },
  );
  const selection = select(svg);
  const setLimits = () => {
    const { opening } = shot.zooms();
    zoomBehaviour.scaleExtent([2 ** (ZOOM_RANGE.min - opening), 2 ** (ZOOM_RANGE.max - opening)]);
  };
  setLimits();
  selection.call(zoomBehaviour);
  const reset = () => zoomBehaviour.transform(selection, zoomIdentity);
  const zoomBy = (factor: number) => zoomBehaviour.scaleBy(selection, factor);
  control('Zoom in', '+', () => zoomBy(2));
  control('Zoom out', '−', () => zoomBy(0.5));
  control('Show both oblasts', '⤢', reset);

  svg.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { k } = zoomTransform(svg);
    const pan = (dx: number, dy: number) => zoomBehaviour.translateBy(selection, dx / k, dy / k);
    switch (event.key) {
      case 'ArrowLeft':
        pan(PAN_STEP, 0);
        break;
      case 'ArrowRight':
        pan(-PAN_STEP, 0);
        break;
      case 'ArrowUp':
        pan(0, PAN_STEP);
        break;
      case 'ArrowDown':
        pan(0, -PAN_STEP);
        break;
      case '+':
      case '=':
        zoomBy(2);
        break;
      case '-':
      case '_':
        zoomBy(0.5);
        break;
      case '0':
        reset();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  // The wheel over a city's button zooms the map under it, as it would over the dot.
  cities.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      svg.dispatchEvent(new WheelEvent('wheel', event));
    },
    { passive: false },
  );

  // A click (not the end of a drag: d3-zoom swallows those) on an oblast opens it.
  svg.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('.picture-oblast') : null;
    const id = target?.getAttribute('data-place');
    if (id && story.placeById.has(id)) out.emit('select', id);
  });

  const resized = new ResizeObserver(() => {
    shot.resize();
    setLimits();
    reset();
    placeButtons();
  });
  resized.observe(container);
  placeButtons();

  let day: Day | null = null;
  return {
    element: svg,
    update(state: { day: Day; city: string | null }): void {
      shot.update(state);
      if (state.day !== day) {
        day = state.day;
        svg.setAttribute('aria-label', `Map of Luhansk and Donetsk oblasts on ${formatDay(state.day)}`);
      }
      for (const { place, button } of buttons)
        button.classList.toggle('is-selected', place.id === state.city);
    },
    /** Moves the map to a place the reader chose: a city to the middle at a readable zoom. */
    focus(placeId: string): void {
      const place = places.find((p) => p.id === placeId);
      if (!place) return;
      const { opening, now } = shot.zooms();
      const k = 2 ** (Math.max(now, CITY_ZOOM) - opening);
      // The city's point at the opening view, moved to the middle at zoom k.
      const [x, y] = zoomTransform(svg).invert(shot.project(place.at));
      const { clientWidth: width, clientHeight: height } = container;
      zoomBehaviour.transform(
        selection,
        zoomIdentity
          .translate(width / 2, height / 2)
          .scale(k)
          .translate(-x, -y),
      );
    },
    /** An imported layer's area on the day, outlined, and named in a key under the map. */
    setOutlines(outlines: readonly Outline[]): void {
      shot.setOutlines(outlines);
      const shown = outlines.filter((o) => o.geometry);
      caption.hidden = shown.length === 0;
      caption.replaceChildren(
        ...shown.map((o) => {
          const item = document.createElement('li');
          item.textContent = `Dashed outline: ${o.label}`;
          return item;
        }),
      );
    },
    on: out.on,
    destroy(): void {
      resized.disconnect();
      selection.on('.zoom', null);
      out.clear();
      keysNote.remove();
      cities.remove();
      controls.remove();
      caption.remove();
    },
  };
}

export type PictureMap = ReturnType<typeof pictureMap>;
