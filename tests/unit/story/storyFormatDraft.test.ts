/**
 * The story format's additions for drafts: places the story carries itself, a claim said in another
 * voice (saidBy), and the draft block whose open items story:check reports instead of refusing.
 */
import { describe, expect, it } from 'vitest';
import { claimText } from '../../../src/story/claimText.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import { placeByName } from '../../../src/story/searchPlaces.ts';
import type { RawStory, RawStoryPlace } from '../../../src/story/types.ts';
import { checkDraft, validateStory } from '../../../src/story/validateStory.ts';
import { placeRefs, shippedPlaces, shippedStoryJson, validStory } from './fixtures.ts';

const avdiivka = (): RawStoryPlace => ({
  id: 'avdiivka',
  kind: 'city',
  names: { en: 'Avdiivka', uk: 'Авдіївка', ru: 'Авдеевка' },
  variants: ['Avdeyevka'],
  oblast: 'donetsk-oblast',
  geonameid: 713122,
  coordinates: [37.7497, 48.1394],
  source: 'GeoNames (CC BY 4.0), via geo/gazetteer.json',
});

function withPlace(place: RawStoryPlace): RawStory {
  const story = validStory();
  story.places = [place];
  story.quotes[0]!.places = ['avdiivka'];
  return story;
}

describe("the story's own places", () => {
  it('may be referred to like places.json places, and load with their spellings and coordinates', () => {
    const story = withPlace(avdiivka());
    expect(validateStory(story, placeRefs)).toEqual([]);
    const loaded = loadStory(shippedPlaces, story);
    const place = loaded.placeById.get('avdiivka');
    expect(place?.coordinates).toEqual([37.7497, 48.1394]);
    expect(placeByName(loaded, 'Avdeyevka')?.id).toBe('avdiivka');
    expect(placeByName(loaded, 'авдіївка')?.id).toBe('avdiivka');
  });

  it('never redefine a place of the table, and need coordinates and a source', () => {
    const clash = { ...avdiivka(), id: 'lysychansk' };
    expect(validateStory(withPlace(clash), placeRefs)).toContain(
      'story.json: place "lysychansk": id (lysychansk) is already a place in geo/places.json',
    );
    const bare = avdiivka() as unknown as Record<string, unknown>;
    delete bare.coordinates;
    delete bare.source;
    expect(validateStory(withPlace(bare as unknown as RawStoryPlace), placeRefs)).toEqual([
      'story.json: place "avdiivka": coordinates (missing) is required',
      'story.json: place "avdiivka": source (missing) is required',
    ]);
    expect(validateStory(withPlace({ ...avdiivka(), coordinates: [48.1, 237.7] }), placeRefs)).toEqual([
      'story.json: place "avdiivka": coordinates ([48.1,237.7]) must be [longitude, latitude] in degrees',
    ]);
  });
});

describe('a claim in another voice (saidBy)', () => {
  it("is worded as that source's statement, not the party's", () => {
    const loaded = loadStory(shippedPlaces, shippedStoryJson());
    const kyiv = loaded.claims.find((c) => c.id === 'ua-controls-most-of-donetsk')!;
    expect(kyiv.saidBy).toBe('article');
    expect(claimText(loaded, kyiv)).toBe('The article says Ukraine controls most of it');
    const russia = loaded.claims.find((c) => c.id === 'ru-luhansk-control')!;
    expect(claimText(loaded, russia)).toBe('Russia says it controls all of it');
  });

  it('must name a source', () => {
    const story = validStory();
    story.claims[0]!.saidBy = 'nobody';
    expect(validateStory(story, placeRefs)).toEqual([
      'story.json: claim "ru-luhansk-control": saidBy (nobody) is not a source id in sources',
    ]);
  });
});

describe('a draft', () => {
  function draft(): RawStory {
    const story = validStory();
    delete (story.quotes[0] as Partial<RawStory['quotes'][0]>).saidOn;
    story.draft = {
      published: '2022-07-04',
      text: 'Zelensky: "That we will return".',
      evidence: [{ collection: 'quotes', id: 'zelensky-we-will-return', span: [11, 30], confidence: 0.9 }],
      open: [
        {
          collection: 'quotes',
          id: 'zelensky-we-will-return',
          field: 'saidOn',
          reason: 'no day in the text',
        },
      ],
      notes: [],
    };
    return story;
  }

  it('reports its open items, and a missing field it lists as open is not an error', () => {
    const check = checkDraft(draft(), placeRefs, { file: 'draft.json' });
    expect(check.errors).toEqual([]);
    expect(check.open).toEqual([
      'draft.json: quote "zelensky-we-will-return": saidOn is open: no day in the text',
    ]);
  });

  it('is refused by the plain validator (a draft is not a story to publish yet)', () => {
    expect(validateStory(draft(), placeRefs)).toEqual([
      'story.json: quote "zelensky-we-will-return": saidOn (missing) is required',
    ]);
  });

  it('still has its other mistakes reported', () => {
    const story = draft();
    delete (story.quotes[0] as Partial<RawStory['quotes'][0]>).role;
    story.quotes[0]!.reportedOn = '2022-13-01';
    expect(checkDraft(story, placeRefs, { file: 'draft.json' }).errors).toEqual([
      'draft.json: quote "zelensky-we-will-return": role (missing) is required',
      'draft.json: quote "zelensky-we-will-return": reportedOn (2022-13-01) is not a real calendar day',
    ]);
  });
});
