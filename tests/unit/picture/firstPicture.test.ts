import { describe, expect, it } from 'vitest';
import { firstPicturePage, FIRST_PICTURE_SCRIPT } from '../../../scripts/firstPicturePlugin';
import { contentSecurityPolicy, inlineScripts } from '../../../scripts/cspPlugin';
import { oblastLabels, type PlacesFile } from '../../../src/data/oblastLabels';
import { firstPicture, FIRST_PICTURE_SIZE } from '../../../src/picture/firstPicture';
import { pathData } from '../../../src/picture/pathData';
import { pictureDay } from '../../../src/picture/pictureDay';
import { openingProjection } from '../../../src/picture/pictureProjection';
import { loadStory } from '../../../src/story';
import { boundsOf } from '../../../src/ui/appearance';
import { palette } from '../../../src/ui/palette';
import { readRepoJson, shippedPlaces, shippedStoryJson } from '../story/fixtures';

const story = loadStory(shippedPlaces, shippedStoryJson());
const geo = {
  context: readRepoJson('geo/context.geojson'),
  oblasts: readRepoJson('geo/oblasts.geojson'),
  cities: readRepoJson('geo/cities.geojson'),
  oblastLabels: oblastLabels(shippedPlaces as PlacesFile),
} as Parameters<typeof firstPicture>[0]['geo'];

/** Every element with a data-place, as tag, place and attributes. */
function placed(markup: string) {
  return [...markup.matchAll(/<(path|circle|text) ([^>]*data-place="([^"]+)"[^>]*)>/g)].map((m) => ({
    tag: m[1]!,
    place: m[3]!,
    attr: (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(m[2]!)?.[1],
  }));
}

describe('firstPicture', () => {
  it("draws each day's fills and dots as the app's picture does, for days on both sides of the fall", () => {
    for (const day of ['2022-06-20', '2022-07-04']) {
      const markup = firstPicture({ story, geo, day });
      const look = pictureDay(story, day, {
        oblasts: geo.oblasts.features.map((f) => f.properties.id),
        cities: geo.cities.features.map((f) => f.properties.id),
      });
      const elements = placed(markup);
      for (const [id, oblast] of look.oblasts) {
        expect(elements.find((e) => e.tag === 'path' && e.place === id)?.attr('fill')).toBe(oblast.fill);
      }
      const dots = elements.filter((e) => e.tag === 'circle');
      expect(dots.length).toBeGreaterThanOrEqual(12);
      for (const dot of dots) {
        expect(dot.attr('fill')).toBe(look.cities.get(dot.place)?.fill);
        expect(dot.attr('stroke')).toBe(look.cities.get(dot.place)?.stroke);
      }
      expect(markup).toContain(`data-day="${day}"`);
    }
    // The days differ where the story does: Lysychansk changes hands between them.
    const dot = (day: string) =>
      placed(firstPicture({ story, geo, day })).find((e) => e.tag === 'circle' && e.place === 'lysychansk');
    expect(dot('2022-06-20')?.attr('fill')).not.toBe(dot('2022-07-04')?.attr('fill'));
  });

  it("draws a party's hatch over exactly the oblasts it claims that day", () => {
    const day = '2022-07-04';
    const markup = firstPicture({ story, geo, day });
    const look = pictureDay(story, day, {
      oblasts: geo.oblasts.features.map((f) => f.properties.id),
      cities: [],
    });
    for (const party of story.parties.map((p) => p.id)) {
      const group = new RegExp(`<g fill="url\\(#first-hatch-${party}\\)">(.*?)</g>`).exec(markup);
      const claimed = [...look.oblasts.values()].filter((o) => o.hatches.some((h) => h.party === party));
      expect((group?.[1]?.match(/<path /g) ?? []).length).toBe(claimed.length);
    }
  });

  it("frames the oblasts' box in the map's Web Mercator, dots where the projection puts the cities", () => {
    const markup = firstPicture({ story, geo, day: '2022-07-04' });
    const bounds = boundsOf(geo.oblasts);
    const p = openingProjection(bounds, FIRST_PICTURE_SIZE.width, FIRST_PICTURE_SIZE.height);
    const [x0, y0] = p.point([bounds[0], bounds[3]]);
    const [x1, y1] = p.point([bounds[2], bounds[1]]);
    const viewBox = /viewBox="([^"]+)"/.exec(markup)![1]!.split(' ').map(Number);
    expect(viewBox).toEqual([x0, y0, x1 - x0, y1 - y0].map((n) => Number(n.toFixed(1))));
    const elements = placed(markup);
    for (const city of geo.cities.features) {
      const dot = elements.find((e) => e.tag === 'circle' && e.place === city.properties.id);
      const [x, y] = p.point(city.geometry.coordinates as [number, number]);
      // Every city in the box has its dot; those far beyond it (Kyiv) are left to the map.
      if (x >= x0 && x <= x1 && y >= y0 && y <= y1) expect(dot).toBeDefined();
      if (Math.abs(x - (x0 + x1) / 2) > 2 * (x1 - x0)) expect(dot).toBeUndefined();
      if (!dot) continue;
      expect(Math.abs(Number(dot.attr('cx')) - x)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(Number(dot.attr('cy')) - y)).toBeLessThanOrEqual(0.05);
    }
    expect(markup).not.toContain('data-place="kyiv"');
    expect(markup).toContain(`fill="${palette.sea}"`);
  });

  it('writes names from the data as text, never as markup', () => {
    const tricky = structuredClone(geo);
    tricky.cities.features[0]!.properties.name = 'A <b>"&" B</b>';
    const markup = firstPicture({ story, geo: tricky, day: '2022-07-04' });
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('A &lt;b&gt;&quot;&amp;&quot; B&lt;/b&gt;');
  });
});

describe('pathData, written as steps', () => {
  /** The points of relative path data, back in absolute terms. */
  function absolute(d: string): number[][] {
    const points: number[][] = [];
    let at = [0, 0];
    for (const [, command, numbers] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
      const values = (numbers!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      for (let i = 0; i < values.length; i += 2) {
        at = command === 'l' ? [at[0]! + values[i]!, at[1]! + values[i + 1]!] : [values[i]!, values[i + 1]!];
        points.push(at);
      }
    }
    return points;
  }

  it('lands on the same whole pixels as absolute points, leaving out those that do not move', () => {
    const oblast = geo.oblasts.features[0]!;
    const p = openingProjection(boundsOf(geo.oblasts), 672, 540);
    const steps = pathData(oblast, p.stream, { decimals: 0, relative: true });
    const plain = absolute(pathData(oblast, p.stream, { decimals: 0 }));
    const unique = plain.filter(
      (pt, i) => i === 0 || pt[0] !== plain[i - 1]![0] || pt[1] !== plain[i - 1]![1],
    );
    expect(absolute(steps)).toEqual(unique);
    expect(steps.length).toBeLessThan(pathData(oblast, p.stream).length / 2);
  });
});

describe('the page built with the first picture', () => {
  it('carries one inline script, the CSP allows exactly it by hash', () => {
    const page = `<script type="module" src="./a.js"></script><div id="map">${firstPicturePage('geo', { id: 'luhansk-july-2022', story: shippedStoryJson() })}</div>`;
    expect(inlineScripts(page)).toEqual([FIRST_PICTURE_SCRIPT]);
    const policy = contentSecurityPolicy(inlineScripts(page));
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(contentSecurityPolicy([])).toContain("script-src 'self';");
    expect(contentSecurityPolicy(['x'])).not.toBe(policy);
  });
});
