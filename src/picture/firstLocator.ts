import type { LocatorFeature } from '../../geo/lib/types.ts';
import { boundsOf } from '../ui/appearance.ts';
import { locatorProjection, viewBox, type Bounds } from '../ui/locatorFrame.ts';
import { boxShapes, locatorShapes, type InsetShape } from '../ui/locatorShapes.ts';
import type { GeoData } from '../data/geoTypes.ts';
import { en } from '../i18n/en.ts';
import { FIRST_PICTURE_SIZE } from './firstPicture.ts';
import { openingProjection } from './pictureProjection.ts';
import { svgMarkup as m } from './svgMarkup.ts';

/** The id of the locator inset in the page: written at build time, taken over by the app. */
export const LOCATOR_ID = 'locator';

/** One shape as markup. */
const shape = ({ tag, attributes, text }: InsetShape) => m(tag, attributes, text ?? []);

/**
 * The opening view's bounds, as the first picture frames it (FIRST_PICTURE_SIZE): the box the
 * inset shows until the app draws the map's own.
 */
export function openingBounds(oblasts: GeoData['oblasts']): Bounds {
  const { width, height } = FIRST_PICTURE_SIZE;
  const projection = openingProjection(boundsOf(oblasts), width, height);
  const [west, north] = projection.invert([0, 0]);
  const [east, south] = projection.invert([width, height]);
  return [west, south, east, north];
}

/**
 * The locator inset as markup, written into the page at build time beside the first picture: the
 * coarse outline of Ukraine, both oblasts, Kyiv, and the opening view's box, in a disclosure that
 * folds it (open; the page's script folds it on phones). Without script it stays as it is. Its
 * words are English, as the page is; on a Ukrainian or Russian page the app puts them in the page's
 * language (src/ui/pageWords.ts) and the finer inset replaces the drawing.
 */
export function firstLocator(features: readonly LocatorFeature[], oblasts: GeoData['oblasts']): string {
  const projection = locatorProjection();
  const size = { width: projection.width, height: Math.round(projection.height * 10) / 10 };
  const shapes = [
    ...locatorShapes(features, projection, 'coarse', en.locator.kyiv),
    ...boxShapes(viewBox(projection, openingBounds(oblasts))),
  ];
  const svg = m(
    'svg',
    { viewBox: `0 0 ${size.width} ${size.height}`, ...size, 'aria-hidden': 'true', focusable: 'false' },
    shapes.map(shape),
  );
  return m('details', { id: LOCATOR_ID, class: 'locator', open: '' }, [
    m('summary', { class: 'locator-toggle' }, en.locator.toggle),
    `<div class="locator-map">${svg}</div>`,
  ]);
}
