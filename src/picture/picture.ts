import type { GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { GeoData } from '../data/geoTypes';
import { oblastClaimants, type Day, type Story } from '../story';
import { CITY_STROKE, LINE_WIDTH, boundsOf, atStops } from '../ui/appearance';
import { ASSESSED_COLOUR, palette } from '../ui/palette';
import { pathData } from './pathData';
import { pictureDay } from './pictureDay';
import { labelAttributes, labelLineAttributes, pictureLabels } from './pictureLabels';
import { dotRadius, fadeMs, FONT, hatchPattern } from './pictureParts';
import { openingProjection, zoomOfScale, type PictureProjection } from './pictureProjection';
import type { Measure, PlacedLabel } from './placeLabels';
import type { SvgAttributes } from './svgMarkup';

const SVG = 'http://www.w3.org/2000/svg';

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

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: SvgAttributes = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  parent?.append(node);
  return node;
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

/**
 * The map as an SVG picture, drawn with d3-geo in MapLibre's projection and opening view, from the
 * same appearance rules (src/ui/appearance.ts): neighbours, both oblasts with the day's fills and
 * hatches, their outlines, the oblast and city names and the cities' dots. It is on screen long
 * before MapLibre is ready (the `first-map` mark), and where MapLibre cannot run it is the map
 * (pictureMap adds zoom, keys and buttons). It owns its <svg> and follows the store's day through
 * `update`; `setView` zooms and pans it, `setOutlines` draws an imported layer's area.
 */
export function picture(container: HTMLElement, { story, geo }: PictureOptions) {
  const measure = canvasMeasure();
  const svg = el('svg', { class: 'picture', 'aria-hidden': 'true', focusable: 'false' });
  const defs = el('defs', {}, svg);
  el('rect', { class: 'picture-sea', width: '100%', height: '100%', fill: palette.sea }, svg);
  const geometry = el('g', { class: 'picture-geometry' }, svg);
  const context = el('g', { fill: palette.contextLand, stroke: palette.contextLine }, geometry);
  const oblastFills = el('g', {}, geometry);
  // Only the oblast fills take the pointer (a click opens the oblast): what lies over them lets it through.
  const through = { 'pointer-events': 'none' };
  const hatchLayers = el('g', through, geometry);
  const oblastLines = el('g', { ...through, fill: 'none', stroke: palette.oblastLine }, geometry);
  const outlineLayer = el(
    'g',
    { ...through, class: 'picture-outlines', fill: 'none', stroke: ASSESSED_COLOUR },
    geometry,
  );
  const oblastLabels = el('g', { ...through, class: 'picture-oblast-labels' }, svg);
  const cityDots = el('g', { ...through, 'stroke-width': CITY_STROKE }, svg);
  const cityLabels = el('g', { ...through, class: 'picture-city-labels' }, svg);
  container.prepend(svg);

  const claimants = oblastClaimants(story);
  const patterns = new Map<string, SVGPatternElement>();
  claimants.forEach(({ party }, index) => {
    const hatch = hatchPattern(party, index, 'picture');
    const pattern = el('pattern', { id: hatch.id, ...hatch.pattern }, defs);
    el('path', hatch.tile, pattern);
    patterns.set(party, pattern);
  });

  const bounds = boundsOf(geo.oblasts);
  const oblastIds = geo.oblasts.features.map((f) => f.properties.id);
  const cityIds = geo.cities.features.map((f) => f.properties.id);
  const nonScaling = { 'vector-effect': 'non-scaling-stroke' };

  const contextPaths = geo.context.features.map(() =>
    el('path', { ...nonScaling, 'stroke-width': LINE_WIDTH.context }, context),
  );
  const oblastPaths = geo.oblasts.features.map((f) =>
    el('path', { class: 'picture-oblast', 'data-place': f.properties.id }, oblastFills),
  );
  const hatchPaths = claimants.map(({ party }) => {
    const group = el('g', { fill: `url(#picture-hatch-${party})` }, hatchLayers);
    return geo.oblasts.features.map(() => el('path', { visibility: 'hidden' }, group));
  });
  const linePaths = geo.oblasts.features.map(() => el('path', nonScaling, oblastLines));
  const dots = geo.cities.features.map((f) =>
    el('circle', { class: 'picture-city', 'data-place': f.properties.id }, cityDots),
  );

  let projection: PictureProjection = openingProjection(bounds, 1, 1);
  let view: View = { k: 1, x: 0, y: 0 };
  let outlines: readonly Outline[] = [];
  let day: Day | null = null;
  let marked = false;
  let onPainted: () => void = () => undefined;
  const painted = new Promise<void>((resolve) => (onPainted = resolve));

  const zoom = () => zoomOfScale(projection.scale * view.k);
  /** A point on screen, with the current zoom and pan. */
  const project = (at: readonly [number, number]): [number, number] => {
    const [x, y] = projection.point(at);
    return [view.x + view.k * x, view.y + view.k * y];
  };

  /** Geometry: drawn once per size; a zoom or pan only moves its group. */
  function drawGeometry(): void {
    const d = (object: GeoPermissibleObjects) => pathData(object, projection.stream);
    geo.context.features.forEach((f, i) => contextPaths[i]?.setAttribute('d', d(f)));
    geo.oblasts.features.forEach((f, i) => {
      const shape = d(f);
      oblastPaths[i]?.setAttribute('d', shape);
      linePaths[i]?.setAttribute('d', shape);
      for (const row of hatchPaths) row[i]?.setAttribute('d', shape);
    });
    drawOutlines();
  }

  function drawOutlines(): void {
    outlineLayer.replaceChildren(
      ...outlines.flatMap((outline) =>
        outline.geometry
          ? [
              el('path', {
                ...nonScaling,
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
  }

  /** Everything that keeps its size on screen: dots, names, line widths and the hatch tiles. */
  function drawOverlay(): void {
    const z = zoom();
    geometry.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    oblastLines.setAttribute('stroke-width', String(atStops(LINE_WIDTH.oblast, z)));
    for (const pattern of patterns.values()) pattern.setAttribute('patternTransform', `scale(${1 / view.k})`);
    const points = geo.cities.features.map((f) => project(f.geometry.coordinates as [number, number]));
    geo.cities.features.forEach((f, i) => {
      const dot = dots[i];
      const [x, y] = points[i] ?? [0, 0];
      if (!dot) return;
      dot.setAttribute('cx', x.toFixed(1));
      dot.setAttribute('cy', y.toFixed(1));
      dot.setAttribute('r', dotRadius(f.properties.population, z).toFixed(2));
    });
    drawLabels(z, points);
  }

  function drawLabels(z: number, points: [number, number][]): void {
    const labels = pictureLabels(geo, points, project, z, measure);
    const text = (label: PlacedLabel, oblast: boolean) => {
      const node = el('text', labelAttributes(label, oblast));
      label.lines.forEach((line, i) => {
        // Names come from the data: set as text, never as markup.
        el('tspan', labelLineAttributes(label, i), node).textContent = line;
      });
      return node;
    };
    cityLabels.replaceChildren(...labels.cities.map((l) => text(l, false)));
    oblastLabels.replaceChildren(...labels.oblasts.map((l) => text(l, true)));
  }

  function drawDay(): void {
    if (day === null) return;
    const look = pictureDay(story, day, { oblasts: oblastIds, cities: cityIds });
    oblastIds.forEach((id, i) => {
      const oblast = look.oblasts.get(id);
      oblastPaths[i]?.setAttribute('fill', oblast?.fill ?? palette.oblastFill);
      claimants.forEach(({ party }, row) => {
        const shown = oblast?.hatches.some((h) => h.party === party) === true;
        hatchPaths[row]?.[i]?.setAttribute('visibility', shown ? 'visible' : 'hidden');
      });
    });
    cityIds.forEach((id, i) => {
      const city = look.cities.get(id);
      dots[i]?.setAttribute('fill', city?.fill ?? palette.cityHollow);
      dots[i]?.setAttribute('stroke', city?.stroke ?? palette.cityHalo);
    });
  }

  /** Fits the opening view to the container's size (the same frame MapLibre opens on). */
  function resize(): void {
    const width = Math.max(1, container.clientWidth);
    const height = Math.max(1, container.clientHeight);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    projection = openingProjection(bounds, width, height);
    view = { k: 1, x: 0, y: 0 };
    drawGeometry();
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
      drawDay();
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
      drawOutlines();
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
