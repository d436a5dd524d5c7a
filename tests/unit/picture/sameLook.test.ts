import {
  expression,
  featureFilter,
  latest,
  type FilterSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { dayStates } from '../../../src/map/dayState';
import { parseHatchId } from '../../../src/map/hatchImage';
import { baseLayers, LAYERS } from '../../../src/map/layers';
import { pictureDay } from '../../../src/picture/pictureDay';
import { loadStory, oblastClaimants } from '../../../src/story';
import {
  atStops,
  CITY_LABEL,
  cityLabelShown,
  cityRadius,
  hexToRgb,
  LINE_WIDTH,
  OBLAST_LABEL,
} from '../../../src/ui/appearance';
import { partyColour } from '../../../src/ui/palette';
import { readRepoJson, shippedPlaces, shippedStoryJson } from '../story/fixtures';

// The MapLibre style and the SVG picture read the same rules (src/ui/appearance.ts). This renders a
// few days both ways, the style through MapLibre's own expression evaluator with the feature-state
// the app sets, and compares what each would paint, feature by feature.
const story = loadStory(shippedPlaces, shippedStoryJson());
const parties = story.parties.map((p) => p.id);
const claimants = oblastClaimants(story);
const layers = baseLayers({ rivers: false, parties, claimants });
const layer = (id: string) => {
  const found = layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found as LayerSpecification & {
    paint?: Record<string, unknown>;
    layout?: Record<string, unknown>;
    filter?: unknown;
  };
};

type Collection = { features: { id: number; properties: Record<string, unknown> & { id: string } }[] };
const oblasts = readRepoJson('geo/oblasts.geojson') as Collection;
const cities = readRepoJson('geo/cities.geojson') as Collection;
const ids = (c: Collection) => new Map(c.features.map((f) => [f.id, f.properties.id]));
const featureIds = { oblasts: ids(oblasts), cities: ids(cities) };
const places = { oblasts: [...featureIds.oblasts.values()], cities: [...featureIds.cities.values()] };

const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
type Value = Parameters<typeof expression.createPropertyExpression>[0];

/** Evaluates a layer's paint or layout property as MapLibre would. */
function evaluate(
  id: string,
  kind: 'paint' | 'layout',
  property: string,
  { zoom = 6, properties = {}, state = {} }: { zoom?: number; properties?: object; state?: object },
): unknown {
  const spec = layer(id);
  const value = (kind === 'paint' ? spec.paint : spec.layout)?.[property];
  const propertySpec = specs[`${kind}_${spec.type}`]?.[property];
  if (!propertySpec) throw new Error(`no such property ${kind} ${spec.type} ${property}`);
  const parsed = expression.createPropertyExpression(value as Value, `${kind}.${property}`, propertySpec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluate(
    { zoom },
    { type: 2, properties: properties as Record<string, string> },
    state,
  );
}

/** MapLibre's colour as #rrggbb. */
const hex = (colour: unknown) => {
  const { r, g, b } = colour as { r: number; g: number; b: number };
  return `#${[r, g, b]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
};

const DAYS = [
  '2014-07-01',
  '2022-02-24',
  '2022-06-20',
  '2022-06-24',
  '2022-07-03',
  '2022-07-04',
  '2022-07-31',
];

describe('the MapLibre style and the SVG picture paint the same day alike', () => {
  for (const day of DAYS) {
    it(`on ${day}`, () => {
      const states = dayStates(story, day, featureIds);
      const picture = pictureDay(story, day, places);
      for (const [fid, placeId] of featureIds.oblasts) {
        const state = states.oblasts.get(fid)!;
        const drawn = picture.oblasts.get(placeId)!;
        expect(hex(evaluate(LAYERS.oblastFill, 'paint', 'fill-color', { state })), placeId).toBe(drawn.fill);
        // Each party's hatch layer: drawn over this oblast on this day, at the same angle and colour.
        const mapHatches = claimants.flatMap(({ party }) => {
          const id = `oblast-claim-${party}`;
          const filter = featureFilter(layer(id).filter as FilterSpecification, 'filter');
          const over = filter.filter({ zoom: 6 }, { type: 3, properties: { id: placeId } } as never);
          const opacity = evaluate(id, 'paint', 'fill-opacity', { state });
          const pattern = parseHatchId(String(layer(id).paint?.['fill-pattern']));
          return over && opacity === 1 ? [{ party, angle: pattern?.angle, colour: partyColour(party) }] : [];
        });
        expect(drawn.hatches, placeId).toEqual(mapHatches);
      }
      for (const [fid, placeId] of featureIds.cities) {
        const state = states.cities.get(fid)!;
        const drawn = picture.cities.get(placeId)!;
        expect(hex(evaluate(LAYERS.cityCircle, 'paint', 'circle-color', { state })), placeId).toBe(
          drawn.fill,
        );
        expect(hex(evaluate(LAYERS.cityCircle, 'paint', 'circle-stroke-color', { state })), placeId).toBe(
          drawn.stroke,
        );
      }
    });
  }

  it('on every day of the story, the fills and dots differ only where the day does', () => {
    const seen = new Set(DAYS.map((day) => JSON.stringify([...pictureDay(story, day, places).oblasts])));
    expect(seen.size).toBeGreaterThan(2);
  });

  it('with the same sizes, widths and labels at every zoom', () => {
    for (const zoom of [4, 5, 5.7, 6.3, 7, 8.5, 10, 12]) {
      for (const f of cities.features) {
        const population = Number(f.properties.population);
        const radius = evaluate(LAYERS.cityCircle, 'paint', 'circle-radius', {
          zoom,
          properties: f.properties,
        });
        expect(radius as number).toBeCloseTo(cityRadius(population, zoom), 5);
        const name = evaluate(LAYERS.cityLabel, 'layout', 'text-field', { zoom, properties: f.properties });
        expect(String(name) !== '').toBe(cityLabelShown(population, zoom));
      }
      expect(evaluate(LAYERS.oblastLine, 'paint', 'line-width', { zoom })).toBeCloseTo(
        atStops(LINE_WIDTH.oblast, zoom),
        5,
      );
      expect(evaluate(LAYERS.cityLabel, 'layout', 'text-size', { zoom })).toBeCloseTo(
        atStops(CITY_LABEL.size, zoom),
        5,
      );
      expect(evaluate(LAYERS.oblastLabel, 'layout', 'text-size', { zoom })).toBeCloseTo(
        atStops(OBLAST_LABEL.size, zoom),
        5,
      );
    }
    expect(hexToRgb('#b2182b')).toEqual([178, 24, 43]);
  });
});
