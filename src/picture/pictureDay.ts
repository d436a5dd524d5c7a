import { cityStateAt, oblastClaimants, oblastStateAt, type Day, type Story } from '../story/index.ts';
import { cityFillColour, cityStrokeColour, hatchAngle, oblastFillColour } from '../ui/appearance.ts';
import { partyColour, type HatchAngle } from '../ui/palette.ts';

/** One party's hatch over an oblast: the party, its angle and its colour. */
export interface PictureHatch {
  party: string;
  angle: HatchAngle;
  colour: string;
}

/** What the picture draws on a day: each oblast's fill and hatches, each city's dot. */
export interface PictureDay {
  oblasts: Map<string, { fill: string; hatches: PictureHatch[] }>;
  cities: Map<string, { fill: string; stroke: string }>;
}

/** The places a picture draws, by id: its oblasts and its cities. */
export const picturePlaces = (geo: {
  oblasts: { features: readonly { properties: { id: string } }[] };
  cities: { features: readonly { properties: { id: string } }[] };
}) => ({
  oblasts: geo.oblasts.features.map((f) => f.properties.id),
  cities: geo.cities.features.map((f) => f.properties.id),
});

/**
 * The day as the SVG picture draws it, from the same rules the MapLibre style is built from
 * (src/story/holdings.ts for who holds what, src/ui/appearance.ts for how it looks). A party's
 * hatch is drawn where the map has a hatch layer for it (it claims that oblast at some time in the
 * story) and it claims the oblast on the day; hatches come in the map's layer order.
 */
export function pictureDay(
  story: Story,
  day: Day,
  places: { oblasts: readonly string[]; cities: readonly string[] },
): PictureDay {
  const claimants = oblastClaimants(story);
  const oblasts = new Map<string, { fill: string; hatches: PictureHatch[] }>();
  for (const id of places.oblasts) {
    const state = oblastStateAt(story, id, day);
    const hatches = claimants.flatMap(({ party, places: claimed }, index) =>
      claimed.includes(id) && state.claimants.includes(party)
        ? [{ party, angle: hatchAngle(index), colour: partyColour(party) }]
        : [],
    );
    oblasts.set(id, { fill: oblastFillColour(state.holder, state.extent), hatches });
  }
  const cities = new Map<string, { fill: string; stroke: string }>();
  for (const id of places.cities) {
    const { holder } = cityStateAt(story, id, day);
    cities.set(id, { fill: cityFillColour(holder), stroke: cityStrokeColour(holder) });
  }
  return { oblasts, cities };
}
