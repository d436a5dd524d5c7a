import { geoClipRectangle } from 'd3-geo';
import type { GeoData } from '../data/geoTypes.ts';
import { oblastClaimants, type Day, type Story } from '../story/index.ts';
import { atStops, boundsOf, CITY_STROKE, LINE_WIDTH } from '../ui/appearance.ts';
import { palette } from '../ui/palette.ts';
import { pathData } from './pathData.ts';
import { pictureDay } from './pictureDay.ts';
import { labelAttributes, labelLineAttributes, pictureLabels } from './pictureLabels.ts';
import { dotRadius, FIRST_PICTURE_ID, hatchPattern } from './pictureParts.ts';
import { openingProjection, zoomOfScale } from './pictureProjection.ts';
import type { Measure, PlacedLabel } from './placeLabels.ts';
import { svgMarkup as m } from './svgMarkup.ts';

/**
 * The map area the first picture is drawn for, CSS pixels: about a laptop's. Other sizes scale it
 * (the frame is fitted by the SVG's viewBox exactly as MapLibre fits the opening view); only the
 * dots and names are then a little larger or smaller than the map's until the app draws its own.
 */
export const FIRST_PICTURE_SIZE = { width: 672, height: 540 } as const;

/** Text widths without a canvas: about what Noto Sans gives, enough to keep names apart. */
const estimate: Measure = (text, size) => text.length * size * 0.6;

export interface FirstPictureOptions {
  story: Story;
  geo: Pick<GeoData, 'context' | 'oblasts' | 'cities' | 'oblastLabels'>;
  day: Day;
  measure?: Measure;
}

/**
 * The map as SVG markup, written into the page at build time so the reader sees it in the page's
 * first frame, before any script has run: the neighbours, both oblasts with the day's fills and
 * hatches, their outlines, the names and the cities' dots, from the same rules as the app's picture
 * and MapLibre's style. Its viewBox is the oblasts' box in the map's Web Mercator, fitted by the
 * page's CSS (padding OPENING_PADDING, `meet`) as MapLibre fits the opening view. It carries its
 * day, so the page can drop it when a link asks for another.
 */
export function firstPicture({ story, geo, day, measure = estimate }: FirstPictureOptions): string {
  const { width, height } = FIRST_PICTURE_SIZE;
  const bounds = boundsOf(geo.oblasts);
  const projection = openingProjection(bounds, width, height);
  const zoom = zoomOfScale(projection.scale);
  const [x0, y0] = projection.point([bounds[0], bounds[3]]);
  const [x1, y1] = projection.point([bounds[2], bounds[1]]);
  // Whole pixels, as steps. The neighbours are cut to a margin around the box of 0.8 of its width
  // each side and 0.2 of its height above and below: what the map shows around the oblasts on
  // screens up to about twice as wide as tall (laptops, phones, the usual embeds), so the page's
  // bytes go to what is seen. The app's picture and the map draw all of it.
  const write = { decimals: 0, relative: true };
  const d = (object: Parameters<typeof pathData>[0]) => pathData(object, projection.stream, write);
  const [w, h] = [x1 - x0, y1 - y0];
  const seen = [x0 - 0.8 * w, y0 - 0.2 * h, x1 + 0.8 * w, y1 + 0.2 * h] as const;
  const clip = geoClipRectangle(...seen);
  const inside = ([x, y]: readonly [number, number]) =>
    x >= seen[0] && y >= seen[1] && x <= seen[2] && y <= seen[3];
  const near = (object: Parameters<typeof pathData>[0]) =>
    pathData(object, (sink) => projection.stream(clip(sink)), write);
  // Each oblast's outline, written once: its fill, its hatches and its line draw the same shape.
  const shapes = new Map(geo.oblasts.features.map((f) => [f.properties.id, d(f)]));
  const look = pictureDay(story, day, {
    oblasts: geo.oblasts.features.map((f) => f.properties.id),
    cities: geo.cities.features.map((f) => f.properties.id),
  });
  const claimants = oblastClaimants(story);
  const hatches = claimants.map(({ party }, index) => hatchPattern(party, index, 'first'));
  const nonScaling = { 'vector-effect': 'non-scaling-stroke' };
  // Cities beyond the margin (Kyiv, Kharkiv…) are left to the map.
  const nearCities = geo.cities.features
    .map((f) => ({ f, at: projection.point(f.geometry.coordinates as [number, number]) }))
    .filter(({ at }) => inside(at));
  const cities = { ...geo.cities, features: nearCities.map(({ f }) => f) };
  const points = nearCities.map(({ at }) => at);
  const labels = pictureLabels({ ...geo, cities }, points, projection.point, zoom, measure);
  const text = (label: PlacedLabel, oblast: boolean) =>
    m(
      'text',
      labelAttributes(label, oblast),
      label.lines.map((line, i) => m('tspan', labelLineAttributes(label, i), line)),
    );
  // The sea reaches past the box, as far as any screen's padding around it.
  const far = 10 * Math.max(w, h);

  const svg = m(
    'svg',
    {
      viewBox: [x0, y0, w, h].map((n) => n.toFixed(1)).join(' '),
      preserveAspectRatio: 'xMidYMid meet',
      focusable: 'false',
    },
    [
      m(
        'defs',
        {},
        hatches.map((hatch) => m('pattern', { id: hatch.id, ...hatch.pattern }, [m('path', hatch.tile)])),
      ),
      m('rect', { x: x0 - far, y: y0 - far, width: 2 * far, height: 2 * far, fill: palette.sea }),
      m(
        'g',
        { fill: palette.contextLand, stroke: palette.contextLine, 'stroke-width': LINE_WIDTH.context },
        geo.context.features.flatMap((f) => {
          const shape = near(f);
          return shape ? [m('path', { ...nonScaling, d: shape })] : [];
        }),
      ),
      m(
        'g',
        {},
        geo.oblasts.features.map((f) =>
          m('path', {
            'data-place': f.properties.id,
            fill: look.oblasts.get(f.properties.id)?.fill ?? palette.oblastFill,
            d: shapes.get(f.properties.id) ?? '',
          }),
        ),
      ),
      ...hatches.map((hatch, row) =>
        m(
          'g',
          { fill: `url(#${hatch.id})` },
          geo.oblasts.features
            .filter((f) =>
              look.oblasts.get(f.properties.id)?.hatches.some((h) => h.party === claimants[row]?.party),
            )
            .map((f) => m('path', { d: shapes.get(f.properties.id) ?? '' })),
        ),
      ),
      m(
        'g',
        { fill: 'none', stroke: palette.oblastLine, 'stroke-width': atStops(LINE_WIDTH.oblast, zoom) },
        geo.oblasts.features.map((f) => m('path', { ...nonScaling, d: shapes.get(f.properties.id) ?? '' })),
      ),
      m(
        'g',
        {},
        labels.oblasts.map((label) => text(label, true)),
      ),
      m(
        'g',
        { 'stroke-width': CITY_STROKE },
        cities.features.map((f, i) => {
          const city = look.cities.get(f.properties.id);
          const [cx, cy] = points[i] ?? [0, 0];
          return m('circle', {
            'data-place': f.properties.id,
            cx: cx.toFixed(1),
            cy: cy.toFixed(1),
            r: dotRadius(f.properties.population, zoom).toFixed(2),
            fill: city?.fill ?? palette.cityHollow,
            stroke: city?.stroke ?? palette.cityHalo,
          });
        }),
      ),
      m(
        'g',
        {},
        labels.cities.map((label) => text(label, false)),
      ),
    ],
  );
  return m('div', { id: FIRST_PICTURE_ID, class: 'picture-first', 'data-day': day, 'aria-hidden': 'true' }, [
    svg,
  ]);
}
