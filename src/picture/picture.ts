import type { Feature, FeatureCollection } from 'geojson';
import type { GeoData } from '../data/geoTypes';
import type { Messages } from '../i18n/en';
import { oblastClaimants, type Day, type Story } from '../story';
import { boundsOf } from '../ui/appearance';
import { LAYER_INK } from '../ui/palette';
import { scene, type SceneGeometry } from '../ui/scene';
import { pathData } from './pathData';
import { pictureContext } from './pictureContext';
import { pictureDay, picturePlaces } from './pictureDay';
import { el, pictureGroups } from './pictureGroups';
import { pictureLabels } from './pictureLabels';
import { fadeMs, FONT } from './pictureParts';
import { openingProjection, zoomOfScale, type PictureProjection } from './pictureProjection';
import { pictureLayers } from './pictureScene';
import type { Measure } from './placeLabels';

/** An imported layer's area for the day, drawn as an outline; null geometry: nothing that day. */
export interface Outline {
  id: string;
  label: string;
  geometry: FeatureCollection | null;
  /** The layer's ink and dash (src/ui/layerStyles.ts), so the SVG map matches MapLibre's outline. */
  ink?: string;
  dash?: readonly number[];
}

/** A zoom and pan over the opening view, as d3-zoom gives it: scale k, then translate x, y. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export interface PictureOptions {
  story: Story;
  geo: GeoData;
}

/** Text widths from a canvas in the page, in the font the labels use (or its fallback while it loads). */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${size}px ${FONT}`;
    return context.measureText(text).width;
  };
}

/** The imported layers' areas for the day, as dashed outlines in their inks, over the shapes. */
function outlineGroup(geometry: SVGGElement) {
  const group = el(
    'g',
    { 'pointer-events': 'none', class: 'picture-outlines', fill: 'none', stroke: LAYER_INK },
    geometry,
  );
  let outlines: readonly Outline[] = [];
  /** Draws `next` (by default the outlines drawn last, as a new size needs) in the projection. */
  return (projection: PictureProjection, next: readonly Outline[] = outlines): void => {
    outlines = next;
    group.replaceChildren(
      ...outlines.flatMap((outline) =>
        outline.geometry
          ? [
              el('path', {
                'vector-effect': 'non-scaling-stroke',
                class: 'picture-outline',
                'data-outline': outline.id,
                d: pathData(outline.geometry, projection.stream),
                'stroke-width': 2,
                'stroke-dasharray': outline.dash ? outline.dash.map((d) => d * 2).join(' ') : '6 3',
                ...(outline.ink ? { stroke: outline.ink } : {}),
              }),
            ]
          : [],
      ),
    );
  };
}

/** Each feature's path data in the projection, worked out once however many layers draw it. */
function shapesIn(projection: PictureProjection) {
  const cache = new Map<Feature, string>();
  return (_: SceneGeometry, f: Feature) => {
    const d = cache.get(f) ?? pathData(f, projection.stream);
    cache.set(f, d);
    return d;
  };
}

/**
 * The `first-map` mark, made once, in the frame that paints the first day drawn: what the benchmark
 * reads beside the map's idle. The first picture in the page (firstPicture) has made it already
 * where it was the day's. `painted` resolves after that frame.
 */
function firstPaint() {
  let marked = false;
  let onPainted: () => void = () => undefined;
  const painted = new Promise<void>((resolve) => (onPainted = resolve));
  return {
    painted,
    mark(): void {
      if (marked) return;
      marked = true;
      requestAnimationFrame(() => {
        if (performance.getEntriesByName('first-map', 'mark').length === 0) performance.mark('first-map');
        setTimeout(onPainted, 0);
      });
    },
  };
}

/** How the picture leaves: it fades out over the map that has taken its place, then hides. */
function leaving(svg: SVGSVGElement) {
  let fade: ReturnType<typeof setTimeout> | undefined;
  return {
    /** Fades out over the map that has taken its place, then hides (kept for the SVG map). */
    retire(): void {
      svg.classList.add('is-leaving');
      fade = setTimeout(() => {
        svg.classList.remove('is-leaving');
        svg.classList.add('is-retired');
      }, fadeMs());
    },
    /** Shown as the map, whole (where MapLibre cannot run or could not carry on): no longer plain. */
    show(): void {
      clearTimeout(fade);
      svg.classList.remove('is-leaving', 'is-retired', 'is-plain');
    },
    destroy(): void {
      clearTimeout(fade);
      svg.remove();
    },
  };
}

/**
 * The map as an SVG picture, drawn with d3-geo in MapLibre's projection and opening view, from the
 * scene (src/ui/scene.ts) and its appearance rules: neighbours, both oblasts with the day's fills
 * and hatches, their outlines, the oblast and city names and the cities' dots. It is on screen long
 * before MapLibre is ready (the `first-map` mark), and where MapLibre cannot run it is the map
 * (pictureMap adds zoom, keys and buttons). It owns its <svg> and follows the store's day through
 * `update`; `setView` zooms and pans it, `setOutlines` draws an imported layer's area.
 */
export function picture(container: HTMLElement, { story, geo }: PictureOptions) {
  const measure = canvasMeasure();
  // Plain (src/style.css) while MapLibre starts; whole once shown as the map.
  const svg = el('svg', { class: 'picture is-plain', 'aria-hidden': 'true', focusable: 'false' });
  const layers = pictureLayers(scene({ rivers: geo.rivers !== null, claimants: oblastClaimants(story) }));
  const { groups, geometry } = pictureGroups(svg, layers, geo);
  const drawOutlines = outlineGroup(geometry);
  const context = pictureContext(svg, geometry);
  container.prepend(svg);

  const bounds = boundsOf(geo.oblasts);
  const places = picturePlaces(geo);
  let projection: PictureProjection = openingProjection(bounds, 1, 1);
  let view: View = { k: 1, x: 0, y: 0 };
  let day: Day | null = null;
  const paint = firstPaint();

  const zoom = () => zoomOfScale(projection.scale * view.k);
  /** A point on screen, with the current zoom and pan. */
  const project = (at: readonly [number, number]): [number, number] => {
    const [x, y] = projection.point(at);
    return [view.x + view.k * x, view.y + view.k * y];
  };

  /** Shapes: drawn once per size; a zoom or pan only moves their group. */
  function drawShapes(): void {
    const shape = shapesIn(projection);
    groups.forEach((group) => group.shapes?.(shape));
    drawOutlines(projection);
    context.shapes(projection);
  }

  /** Everything that keeps its size on screen: dots, names, line widths and the hatch tiles. */
  function drawOverlay(): void {
    const z = zoom();
    geometry.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    const points = geo.cities.features.map((f) => project(f.geometry.coordinates as [number, number]));
    const labels = pictureLabels(geo, points, project, z, measure);
    groups.forEach((group) => group.overlay?.({ zoom: z, k: view.k, points, labels }));
    context.overlay(project);
  }

  /** Fits the opening view to the container's size (the same frame MapLibre opens on). */
  function resize(): void {
    const width = Math.max(1, container.clientWidth);
    const height = Math.max(1, container.clientHeight);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    projection = openingProjection(bounds, width, height);
    view = { k: 1, x: 0, y: 0 };
    drawShapes();
    drawOverlay();
  }
  resize();

  return {
    element: svg,
    /** Resolves once the first day drawn is on screen (after the frame that paints it). */
    painted: paint.painted,
    /** The day's fills, hatches and dots. The first call marks `first-map` once they are on screen. */
    update(state: { day: Day }): void {
      if (state.day === day) return;
      day = state.day;
      const look = pictureDay(story, day, places);
      groups.forEach((group) => group.day?.(look));
      paint.mark();
    },
    /** Zooms and pans over the opening view (d3-zoom's transform). */
    setView(next: View): void {
      view = { k: next.k, x: next.x, y: next.y };
      drawOverlay();
    },
    /** An imported layer's area on the day, as outlines (the document mode's map). */
    setOutlines(next: readonly Outline[]): void {
      drawOutlines(projection, next);
    },
    /** The international border and the countries' and sea's names (geo/borders.geojson), in the page's language. */
    setContext(data: FeatureCollection, words: Messages['map']): void {
      context.set(data, words);
      context.shapes(projection);
      context.overlay(project);
    },
    /** Where a point falls on screen, with the current zoom and pan. */
    project,
    /** The longitude and latitude at a point on screen, with the current zoom and pan. */
    locate: (at: readonly [number, number]) =>
      projection.invert([(at[0] - view.x) / view.k, (at[1] - view.y) / view.k]),
    /** The MapLibre zoom of the opening view and of the view now. */
    zooms: () => ({ opening: zoomOfScale(projection.scale), now: zoom() }),
    resize,
    ...leaving(svg),
  };
}

export type Picture = ReturnType<typeof picture>;
