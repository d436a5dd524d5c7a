import { geoClipRectangle } from 'd3-geo';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CityProps, GeoData } from '../data/geoTypes.ts';
import { oblastClaimants, type Day, type Story } from '../story/index.ts';
import { boundsOf } from '../ui/appearance.ts';
import { scene, type SceneGeometry } from '../ui/scene.ts';
import { pathData } from './pathData.ts';
import { pictureDay, picturePlaces, type PictureDay } from './pictureDay.ts';
import { labelAttributes, labelLineAttributes, pictureLabels, type PictureLabels } from './pictureLabels.ts';
import { FIRST_PICTURE_ID, hatchPattern } from './pictureParts.ts';
import { openingProjection, zoomOfScale } from './pictureProjection.ts';
import {
  dotColours,
  dotPlace,
  groupAttributes,
  hatchedOver,
  holderFillOf,
  pathAttributes,
  pictureLayers,
  placeId,
  type PictureLayer,
  type ShapeLayer,
} from './pictureScene.ts';
import type { Measure, PlacedLabel } from './placeLabels.ts';
import { svgMarkup as m, type SvgAttributes } from './svgMarkup.ts';

/**
 * The map area the first picture is drawn for, CSS pixels: about a laptop's. Other sizes scale it
 * (the frame is fitted by the SVG's viewBox exactly as MapLibre fits the opening view); only the
 * dots and names are then a little larger or smaller than the map's until the app draws its own.
 */
export const FIRST_PICTURE_SIZE = { width: 672, height: 540 } as const;

/** Text widths without a canvas: about what Noto Sans gives, enough to keep names apart. */
const estimate: Measure = (text, size) => text.length * size * 0.6;

/** Keeps the first picture's ids apart from the app's picture's. */
const PREFIX = 'first';

export interface FirstPictureOptions {
  story: Story;
  geo: Pick<GeoData, 'context' | 'oblasts' | 'cities' | 'oblastLabels'>;
  day: Day;
  measure?: Measure;
}

/** What the layers are drawn with: the frame, the day's look, the shapes, the cities in sight and their names. */
interface Drawing {
  zoom: number;
  look: PictureDay;
  /** The sea's box: past the oblasts' box as far as any screen's padding around it. */
  sea: { x: number; y: number; width: number; height: number };
  features: (geometry: SceneGeometry) => readonly Feature[];
  /** A feature's path data; '' where nothing of it is in sight. */
  shape: (geometry: SceneGeometry, feature: Feature) => string;
  cities: Feature<Point, CityProps>[];
  points: [number, number][];
  labels: PictureLabels;
}

/**
 * The oblasts' box in the map's Web Mercator, at FIRST_PICTURE_SIZE, and the part of the
 * neighbours in sight: a margin around the box of 0.8 of its width each side and 0.2 of its height
 * above and below, what the map shows around the oblasts on screens up to about twice as wide as
 * tall (laptops, phones, the usual embeds), so the page's bytes go to what is seen. The app's
 * picture and the map draw all of it.
 */
function firstFrame(oblasts: GeoData['oblasts']) {
  const bounds = boundsOf(oblasts);
  const projection = openingProjection(bounds, FIRST_PICTURE_SIZE.width, FIRST_PICTURE_SIZE.height);
  const [x0, y0] = projection.point([bounds[0], bounds[3]]);
  const [x1, y1] = projection.point([bounds[2], bounds[1]]);
  const [w, h] = [x1 - x0, y1 - y0];
  const seen = [x0 - 0.8 * w, y0 - 0.2 * h, x1 + 0.8 * w, y1 + 0.2 * h] as const;
  const inside = ([x, y]: readonly [number, number]) =>
    x >= seen[0] && y >= seen[1] && x <= seen[2] && y <= seen[3];
  return { projection, zoom: zoomOfScale(projection.scale), box: [x0, y0, w, h], seen, inside } as const;
}

function drawing({
  story,
  geo,
  day,
  measure = estimate,
}: FirstPictureOptions): Drawing & { box: readonly number[] } {
  const { projection, zoom, box, seen, inside } = firstFrame(geo.oblasts);
  // Whole pixels, as steps.
  const write = { decimals: 0, relative: true };
  const clip = geoClipRectangle(...seen);
  const collections: Partial<Record<SceneGeometry, FeatureCollection>> = geo;
  // Each oblast's outline, written once: its fill, its hatches and its line draw the same shape.
  // What lies around the oblasts is cut to the margin.
  const shapes = new Map<Feature, string>();
  const shape = (geometry: SceneGeometry, f: Feature) => {
    const d =
      shapes.get(f) ??
      (geometry === 'oblasts'
        ? pathData(f, projection.stream, write)
        : pathData(f, (sink) => projection.stream(clip(sink)), write));
    shapes.set(f, d);
    return d;
  };
  // Cities beyond the margin (Kyiv, Kharkiv…) are left to the map.
  const near = geo.cities.features
    .map((f) => ({ f, at: projection.point(f.geometry.coordinates as [number, number]) }))
    .filter(({ at }) => inside(at));
  const cities = near.map(({ f }) => f);
  const points = near.map(({ at }) => at);
  const far = 10 * Math.max(box[2], box[3]);
  return {
    zoom,
    box,
    look: pictureDay(story, day, picturePlaces(geo)),
    sea: { x: box[0] - far, y: box[1] - far, width: 2 * far, height: 2 * far },
    features: (geometry) => collections[geometry]?.features ?? [],
    shape,
    cities,
    points,
    labels: pictureLabels(
      { ...geo, cities: { ...geo.cities, features: cities } },
      points,
      projection.point,
      zoom,
      measure,
    ),
  };
}

/** A shape layer: a path per feature in sight (a claim's hatch: per oblast claimed on the day). */
function shapes(layer: ShapeLayer, on: Drawing): string {
  const paths = on.features(layer.geometry).flatMap((f) => {
    const id = placeId(f);
    if (layer.draws === 'claim-hatch' && !hatchedOver(layer, on.look, id)) return [];
    const d = on.shape(layer.geometry, f);
    if (!d) return [];
    const place: SvgAttributes =
      layer.draws === 'holder-fill' ? { 'data-place': id, fill: holderFillOf(on.look, id) } : {};
    return [m('path', { ...place, ...pathAttributes(layer), d })];
  });
  return m('g', groupAttributes(layer, PREFIX, on.zoom), paths);
}

const names = (labels: PlacedLabel[], layer: Parameters<typeof labelAttributes>[1]) =>
  m(
    'g',
    {},
    labels.map((label) =>
      m(
        'text',
        labelAttributes(label, layer),
        label.lines.map((line, i) => m('tspan', labelLineAttributes(label, i), line)),
      ),
    ),
  );

/** Each kind of layer as markup. */
const DRAW: {
  [K in PictureLayer['draws']]: (layer: Extract<PictureLayer, { draws: K }>, on: Drawing) => string;
} = {
  background: (layer, on) => m('rect', { ...on.sea, fill: layer.colour }),
  fill: shapes,
  'holder-fill': shapes,
  'claim-hatch': shapes,
  line: shapes,
  'oblast-names': (layer, on) => names(on.labels.oblasts, layer),
  'city-dots': (layer, on) =>
    m(
      'g',
      groupAttributes(layer, PREFIX, on.zoom),
      on.cities.map((f, i) =>
        m('circle', {
          'data-place': f.properties.id,
          ...dotPlace(on.points[i] ?? [0, 0], f.properties.population, on.zoom),
          ...dotColours(on.look, f.properties.id),
        }),
      ),
    ),
  'city-names': (layer, on) => names(on.labels.cities, layer),
};

const draw = <K extends PictureLayer['draws']>(layer: Extract<PictureLayer, { draws: K }>, on: Drawing) =>
  DRAW[layer.draws as K](layer, on);

/**
 * The map as SVG markup, written into the page at build time so the reader sees it in the page's
 * first frame, before any script has run: the scene (src/ui/scene.ts) as the app's picture draws
 * it, for the day: the neighbours, both oblasts with the day's fills and hatches, their outlines,
 * the names and the cities' dots. Its viewBox is the oblasts' box in the map's Web Mercator, fitted
 * by the page's CSS (padding OPENING_PADDING, `meet`) as MapLibre fits the opening view. It carries
 * its day, so the page can drop it when a link asks for another.
 */
export function firstPicture(options: FirstPictureOptions): string {
  const on = drawing(options);
  const layers = pictureLayers(scene({ rivers: false, claimants: oblastClaimants(options.story) }));
  const patterns = layers.flatMap((layer) => {
    if (layer.draws !== 'claim-hatch') return [];
    const hatch = hatchPattern(layer.party, layer.angle, PREFIX);
    return [m('pattern', { id: hatch.id, ...hatch.pattern }, [m('path', hatch.tile)])];
  });
  const svg = m(
    'svg',
    {
      viewBox: on.box.map((n) => n.toFixed(1)).join(' '),
      preserveAspectRatio: 'xMidYMid meet',
      focusable: 'false',
    },
    [m('defs', {}, patterns), ...layers.map((layer) => draw(layer, on))],
  );
  return m(
    'div',
    {
      id: FIRST_PICTURE_ID,
      class: 'picture-first',
      'data-day': options.day,
      'data-story': options.story.id,
      'aria-hidden': 'true',
    },
    [svg],
  );
}
