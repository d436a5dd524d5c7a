import type { Feature, FeatureCollection } from 'geojson';
import type { GeoData } from '../data/geoTypes';
import { oblastClaimants, type Day, type Story } from '../story';
import { boundsOf } from '../ui/appearance';
import { ASSESSED_COLOUR } from '../ui/palette';
import { scene, type SceneGeometry } from '../ui/scene';
import { pathData } from './pathData';
import { pictureDay } from './pictureDay';
import { el, pictureGroups, type PictureGroup } from './pictureGroups';
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

/** An imported layer's area as dashed paths, in its ink (the document mode's map). */
function outlinePaths(outlines: readonly Outline[], projection: PictureProjection): SVGPathElement[] {
  return outlines.flatMap((outline) =>
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
  );
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
  const svg = el('svg', { class: 'picture', 'aria-hidden': 'true', focusable: 'false' });
  const layers = pictureLayers(scene({ rivers: geo.rivers !== null, claimants: oblastClaimants(story) }));
  const { groups, geometry } = pictureGroups(svg, layers, geo);
  const outlineGroup = el(
    'g',
    { 'pointer-events': 'none', class: 'picture-outlines', fill: 'none', stroke: ASSESSED_COLOUR },
    geometry,
  );
  container.prepend(svg);

  const bounds = boundsOf(geo.oblasts);
  const places = {
    oblasts: geo.oblasts.features.map((f) => f.properties.id),
    cities: geo.cities.features.map((f) => f.properties.id),
  };
  let projection: PictureProjection = openingProjection(bounds, 1, 1);
  let view: View = { k: 1, x: 0, y: 0 };
  let outlines: readonly Outline[] = [];
  let day: Day | null = null;
  let marked = false;
  let onPainted: () => void = () => undefined;
  const painted = new Promise<void>((resolve) => (onPainted = resolve));

  const each = (draw: (group: PictureGroup) => void) => groups.forEach(draw);
  const zoom = () => zoomOfScale(projection.scale * view.k);
  /** A point on screen, with the current zoom and pan. */
  const project = (at: readonly [number, number]): [number, number] => {
    const [x, y] = projection.point(at);
    return [view.x + view.k * x, view.y + view.k * y];
  };

  /** Shapes: drawn once per size (each feature's path once, whichever layers draw it); a zoom or pan only moves their group. */
  function drawShapes(): void {
    const cache = new Map<Feature, string>();
    const shape = (_: SceneGeometry, f: Feature) => {
      const d = cache.get(f) ?? pathData(f, projection.stream);
      cache.set(f, d);
      return d;
    };
    each((group) => group.shapes?.(shape));
    outlineGroup.replaceChildren(...outlinePaths(outlines, projection));
  }

  /** Everything that keeps its size on screen: dots, names, line widths and the hatch tiles. */
  function drawOverlay(): void {
    const z = zoom();
    geometry.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    const points = geo.cities.features.map((f) => project(f.geometry.coordinates as [number, number]));
    const labels = pictureLabels(geo, points, project, z, measure);
    each((group) => group.overlay?.({ zoom: z, k: view.k, points, labels }));
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

  let fade: ReturnType<typeof setTimeout> | undefined;
  return {
    element: svg,
    /** Resolves once the first day drawn is on screen (after the frame that paints it). */
    painted,
    /** The day's fills, hatches and dots. The first call marks `first-map` once they are on screen. */
    update(state: { day: Day }): void {
      if (state.day === day) return;
      day = state.day;
      const look = pictureDay(story, day, places);
      each((group) => group.day?.(look));
      if (marked) return;
      marked = true;
      // The frame that paints the picture; the mark is what the benchmark reads beside the map's idle.
      // The first picture in the page (firstPicture) has marked it already where it was the day's.
      requestAnimationFrame(() => {
        if (performance.getEntriesByName('first-map', 'mark').length === 0) performance.mark('first-map');
        setTimeout(onPainted, 0);
      });
    },
    /** Zooms and pans over the opening view (d3-zoom's transform). */
    setView(next: View): void {
      view = { k: next.k, x: next.x, y: next.y };
      drawOverlay();
    },
    /** An imported layer's area on the day, as outlines (the document mode's map). */
    setOutlines(next: readonly Outline[]): void {
      outlines = next;
      outlineGroup.replaceChildren(...outlinePaths(outlines, projection));
    },
    /** Where a point falls on screen, with the current zoom and pan. */
    project,
    /** The MapLibre zoom of the opening view and of the view now. */
    zooms: () => ({ opening: zoomOfScale(projection.scale), now: zoom() }),
    resize,
    /** Fades out over the map that has taken its place, then hides (kept for the fallback). */
    retire(): void {
      svg.classList.add('is-leaving');
      fade = setTimeout(() => {
        svg.classList.remove('is-leaving');
        svg.classList.add('is-retired');
      }, fadeMs());
    },
    /** Shown again (where the map could not carry on). */
    show(): void {
      clearTimeout(fade);
      svg.classList.remove('is-leaving', 'is-retired');
    },
    destroy(): void {
      clearTimeout(fade);
      svg.remove();
    },
  };
}

export type Picture = ReturnType<typeof picture>;
