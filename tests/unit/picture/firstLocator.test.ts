import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LocatorFeature } from '../../../geo/lib/types';
import { firstLocator, openingBounds } from '../../../src/picture/firstLocator';
import { FIRST_PICTURE_SIZE } from '../../../src/picture/firstPicture';
import { openingProjection } from '../../../src/picture/pictureProjection';
import { boundsOf } from '../../../src/ui/appearance';
import { locatorProjection, viewBox } from '../../../src/ui/locatorFrame';
import { en } from '../../../src/i18n/en';
import { readRepoJson } from '../story/fixtures';

const oblasts = readRepoJson('geo/oblasts.geojson') as Parameters<typeof firstLocator>[1];
const features = (readRepoJson('geo/locator.geojson') as { features: LocatorFeature[] }).features;

describe('the locator in the page’s first picture', () => {
  const markup = firstLocator(features, oblasts);

  it('is an open disclosure with its toggle, and the coarse map: Ukraine, both oblasts, Kyiv', () => {
    expect(markup).toMatch(/^<details id="locator" class="locator" open="">/);
    expect(markup).toContain(`<summary class="locator-toggle">${en.locator.toggle}</summary>`);
    expect(markup.match(/<path /g)).toHaveLength(3);
    expect(markup).toContain('data-place="luhansk-oblast"');
    expect(markup).toContain('data-place="donetsk-oblast"');
    expect(markup).toMatch(/<text [^>]*>Kyiv<\/text>/);
    // No neighbour's outline: those come with the app.
    expect(markup).not.toContain('fill="#f1efe9"');
  });

  it('draws the opening view’s box around both oblasts', () => {
    const bounds = openingBounds(oblasts);
    const [west, south, east, north] = boundsOf(oblasts);
    expect(bounds[0]).toBeLessThan(west);
    expect(bounds[1]).toBeLessThan(south);
    expect(bounds[2]).toBeGreaterThan(east);
    expect(bounds[3]).toBeGreaterThan(north);
    // The first picture's frame, corner to corner.
    const frame = openingProjection(boundsOf(oblasts), FIRST_PICTURE_SIZE.width, FIRST_PICTURE_SIZE.height);
    expect(frame.point([bounds[0], bounds[3]]).map((n) => Math.round(n))).toEqual([0, 0]);
    const box = viewBox(locatorProjection(), bounds)!;
    expect(markup).toContain(`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"`);
  });

  it('costs the first load little: under 650 bytes gzip', () => {
    const gzip = gzipSync(markup, { level: 9 }).length;
    console.log(`first locator: ${markup.length} B, ${gzip} B gzip`);
    expect(gzip).toBeLessThan(650);
  });
});
