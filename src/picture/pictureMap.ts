import type { GeoData } from '../data/geoTypes';
import type { Locale } from '../i18n/locale';
import type { MapAt } from '../state/viewHash';
import type { Day, Story } from '../story';
import { cityButtonGroup } from '../ui/cityButtonGroup';
import { emitter } from '../ui/emitter';
import type { Outline, Picture } from './picture';
import { pictureZoom } from './pictureZoom';
import { scaleBar } from './scaleBar';
import './pictureMap.css';

type PictureMapEvents = { select: [placeId: string]; move: []; moveend: [] };

export interface PictureMapOptions {
  story: Story;
  geo: GeoData;
  locale: Locale;
}

/** The note the map's description points to: how to move it with the keys. */
function keysNote(text: string): HTMLElement {
  const note = document.createElement('p');
  note.id = 'picture-map-keys';
  note.className = 'visually-hidden';
  note.textContent = text;
  return note;
}

/** The key under the map naming each imported layer outlined on it. */
function outlineKey(words: Locale['t']['map']): {
  element: HTMLElement;
  show(outlines: readonly Outline[]): void;
} {
  const element = document.createElement('ul');
  element.className = 'picture-outline-key';
  element.hidden = true;
  return {
    element,
    show(outlines) {
      const shown = outlines.filter((o) => o.geometry);
      element.hidden = shown.length === 0;
      element.replaceChildren(
        ...shown.map((o) => {
          const item = document.createElement('li');
          item.textContent = words.dashedOutline(o.label);
          return item;
        }),
      );
    },
  };
}

/** The story's cities where the geometry has them: their buttons' places. */
const cityPlaces = (story: Story, geo: GeoData, locale: Locale) =>
  story.places.flatMap((place) => {
    const feature = geo.cities.features.find((f) => f.properties.id === place.id);
    return feature
      ? [{ id: place.id, name: locale.place(place), at: feature.geometry.coordinates as [number, number] }]
      : [];
  });

/** What a `width` x `height` picture shows: west, south, east, north. */
function viewBounds(shot: Picture, [width, height]: readonly [number, number]) {
  const [west, north] = shot.locate([0, 0]);
  const [east, south] = shot.locate([width, height]);
  return [west, south, east, north] as [number, number, number, number];
}

/**
 * The SVG picture made into the map, for a browser without WebGL2 (loaded only then, with d3-zoom):
 * the reader zooms and pans it (pictureZoom); each city is a real <button> over its dot (the city
 * buttons both maps use, placed by the picture's projection), and a click on an oblast opens it too
 * (`on('select')`). It follows the store's day and selected city through `update`, and shows an
 * imported layer's area through `setOutlines`.
 */
export function pictureMap(shot: Picture, container: HTMLElement, { story, geo, locale }: PictureMapOptions) {
  const words = locale.t.map;
  const out = emitter<PictureMapEvents>();
  const svg = shot.element;
  svg.classList.add('is-interactive');
  svg.removeAttribute('aria-hidden');
  svg.setAttribute('role', 'img');
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-describedby', 'picture-map-keys');

  const places = cityPlaces(story, geo, locale);
  const cities = cityButtonGroup(places, shot.project, words.cities);
  cities.on('select', (id) => out.emit('select', id));
  // A new size moves the map to fit it, which is not a move to report (see `resized`).
  let fitting = false;
  // The picture's own frame (its viewBox), which follows the container's size only at `resized`.
  const size = () => [svg.viewBox.baseVal.width, svg.viewBox.baseVal.height] as const;
  const scale = scaleBar(words.maplibre);
  const moved = () => {
    cities.position();
    scale.update(zoom.at(...size()));
    out.emit('move');
  };
  const zoom = pictureZoom(shot, words, moved, () => fitting || out.emit('moveend'));
  zoom.passWheel(cities.element);
  const note = keysNote(words.keys);
  const key = outlineKey(words);
  container.append(note, cities.element, zoom.controls, scale.element, key.element);

  // A click (not the end of a drag: d3-zoom swallows those) on an oblast opens it.
  svg.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('.picture-oblast') : null;
    const id = target?.getAttribute('data-place');
    if (id && story.placeById.has(id)) out.emit('select', id);
  });

  // A new size keeps the view the reader or the link chose, as MapLibre does; else it opens anew.
  const resized = new ResizeObserver(() => {
    const kept = zoom.moved() ? zoom.at(...size()) : null;
    fitting = true;
    shot.resize();
    zoom.refit();
    if (kept) zoom.show(kept, ...size());
    fitting = false;
    moved();
  });
  resized.observe(container);
  moved();

  let day: Day | null = null;
  return {
    element: svg,
    update(state: { day: Day; city: string | null }): void {
      shot.update(state);
      if (state.day !== day) {
        day = state.day;
        svg.setAttribute('aria-label', locale.t.page.mapOn(locale.day(state.day)));
      }
      cities.update(state);
    },
    /** Moves the map to a place the reader chose: a city to the middle at a readable zoom. */
    focus(placeId: string): void {
      const place = places.find((p) => p.id === placeId);
      if (place) zoom.focus(place.at, container.clientWidth, container.clientHeight);
    },
    /** The view shown, as a link names it. */
    at: (): MapAt => zoom.at(...size()),
    /** What the map shows: west, south, east, north. */
    bounds: () => viewBounds(shot, size()),
    /** Shows a view a link names. */
    show(at: MapAt): void {
      zoom.show(at, ...size());
    },
    /** An imported layer's area on the day, outlined, and named in a key under the map. */
    setOutlines(outlines: readonly Outline[]): void {
      shot.setOutlines(outlines);
      key.show(outlines);
    },
    on: out.on,
    destroy(): void {
      resized.disconnect();
      zoom.destroy();
      out.clear();
      note.remove();
      cities.destroy();
      key.element.remove();
      scale.element.remove();
    },
  };
}

export type PictureMap = ReturnType<typeof pictureMap>;
