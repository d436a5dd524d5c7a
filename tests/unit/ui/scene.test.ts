import { describe, expect, it } from 'vitest';
import { baseLayers } from '../../../src/map/layers';
import { pictureLayers } from '../../../src/picture/pictureScene';
import { loadStory, oblastClaimants } from '../../../src/story';
import { hatchAngle } from '../../../src/ui/appearance';
import { LAYERS, scene } from '../../../src/ui/scene';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures';

const story = loadStory(shippedPlaces, shippedStoryJson());
const claimants = oblastClaimants(story);
const parties = story.parties.map((p) => p.id);

describe('scene', () => {
  it('is the order MapLibre draws in: one style layer per scene layer, with its id', () => {
    for (const rivers of [false, true]) {
      const ids = scene({ rivers, claimants }).map((l) => l.id);
      expect(baseLayers({ rivers, parties, claimants }).map((l) => l.id)).toEqual(ids);
    }
    const ids = scene({ rivers: true, claimants }).map((l) => l.id);
    expect(ids.indexOf('river-line')).toBe(ids.indexOf(LAYERS.oblastLine) + 1);
    expect(scene({ rivers: false, claimants }).some((l) => l.id === 'river-line')).toBe(false);
  });

  it('gives each claimant a hatch at its own angle, over the oblasts it claims, between the fill and the line', () => {
    const layers = scene({ rivers: false, claimants });
    const hatches = layers.flatMap((l) => (l.draws === 'claim-hatch' ? [l] : []));
    expect(hatches.map((h) => [h.party, h.angle, h.places])).toEqual(
      claimants.map((c, i) => [c.party, hatchAngle(i), c.places]),
    );
    const at = (id: string) => layers.findIndex((l) => l.id === id);
    for (const hatch of hatches) {
      expect(at(hatch.id)).toBeGreaterThan(at(LAYERS.oblastFill));
      expect(at(hatch.id)).toBeLessThan(at(LAYERS.oblastLine));
    }
  });

  it('is drawn by the SVG pictures with the neighbours’ borders on their fills, every other layer apart', () => {
    const layers = scene({ rivers: true, claimants });
    const drawn = pictureLayers(layers);
    expect(drawn.length).toBe(layers.length - 1);
    const context = drawn.find((l) => l.id === 'context-fill');
    expect(context?.draws === 'fill' && context.outline).toBeTruthy();
    // The oblasts' line lies over the hatches, so it stays a layer of its own.
    expect(drawn.map((l) => l.id)).toEqual(layers.map((l) => l.id).filter((id) => id !== 'context-line'));
  });
});
