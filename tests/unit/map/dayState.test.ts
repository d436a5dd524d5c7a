import { describe, expect, it } from 'vitest';
import { changedStates, dayStates } from '../../../src/map/dayState';
import { cityStateAt, loadStory, oblastClaimants, oblastStateAt } from '../../../src/story';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures';

const story = loadStory(shippedPlaces, shippedStoryJson());

describe('oblastStateAt (shipped story)', () => {
  it('shows Luhansk Oblast contested, with no holder, the day before Russia claims it all', () => {
    expect(oblastStateAt(story, 'luhansk-oblast', '2022-07-02')).toEqual({
      holder: '',
      extent: '',
      claimants: ['ua', 'lpr'],
    });
  });

  it('shows Russia holding all of Luhansk Oblast from 3 July 2022, Ukraine and the LPR still claiming it', () => {
    const state = oblastStateAt(story, 'luhansk-oblast', '2022-07-03');
    expect(state.holder).toBe('ru');
    expect(state.extent).toBe('all');
    expect([...state.claimants].sort()).toEqual(['lpr', 'ua']);
    expect(oblastStateAt(story, 'luhansk-oblast', '2022-07-04').holder).toBe('ru');
  });

  it('shows Ukraine holding most of Donetsk Oblast as the article says, the DPR claiming it', () => {
    expect(oblastStateAt(story, 'donetsk-oblast', '2022-07-04')).toEqual({
      holder: 'ua',
      extent: 'most',
      claimants: ['dpr'],
    });
  });

  it('shows only Ukraine’s claim before the separatists proclaimed their republics', () => {
    expect(oblastStateAt(story, 'luhansk-oblast', '2014-04-26').claimants).toEqual(['ua']);
    expect([...oblastStateAt(story, 'luhansk-oblast', '2014-04-27').claimants].sort()).toEqual(['lpr', 'ua']);
  });

  it('knows nothing after the story ends', () => {
    expect(oblastStateAt(story, 'luhansk-oblast', '2022-07-05')).toEqual({
      holder: '',
      extent: '',
      claimants: [],
    });
  });
});

describe('cityStateAt (shipped story)', () => {
  it('turns Lysychansk from Ukraine to Russia on 3 July 2022', () => {
    expect(cityStateAt(story, 'lysychansk', '2022-07-02')).toEqual({ holder: 'ua' });
    expect(cityStateAt(story, 'lysychansk', '2022-07-03')).toEqual({ holder: 'ru' });
    expect(cityStateAt(story, 'lysychansk', '2022-07-04')).toEqual({ holder: 'ru' });
  });

  it('turns Sievierodonetsk on 25 June 2022', () => {
    expect(cityStateAt(story, 'sievierodonetsk', '2022-06-24')).toEqual({ holder: 'ua' });
    expect(cityStateAt(story, 'sievierodonetsk', '2022-06-25')).toEqual({ holder: 'ru' });
  });
});

describe('dayStates and changedStates', () => {
  const ids = {
    oblasts: new Map([[1, 'luhansk-oblast']]),
    cities: new Map([
      [1, 'lysychansk'],
      [2, 'kramatorsk'],
    ]),
  };

  it('flattens claims into one flag per party for the hatch layers', () => {
    const states = dayStates(story, '2022-07-03', ids);
    expect(states.oblasts.get(1)).toEqual({
      holder: 'ru',
      extent: 'all',
      'claimed-ru': false,
      'claimed-ua': true,
      'claimed-lpr': true,
      'claimed-dpr': false,
    });
  });

  it('touches only the features that changed from one day to the next', () => {
    const before = dayStates(story, '2022-07-02', ids);
    const after = dayStates(story, '2022-07-03', ids);
    expect(changedStates(after.cities, before.cities).map(([id]) => id)).toEqual([1]);
    expect(changedStates(after.oblasts, before.oblasts).map(([id]) => id)).toEqual([1]);
    expect(changedStates(after.cities, after.cities)).toEqual([]);
    expect(changedStates(after.cities, undefined).map(([id]) => id)).toEqual([1, 2]);
  });
});

describe('oblastClaimants (shipped story)', () => {
  it('lists the parties that claim oblasts, with the oblasts they claim', () => {
    expect(oblastClaimants(story)).toEqual([
      { party: 'ua', places: ['donetsk-oblast', 'luhansk-oblast'] },
      { party: 'lpr', places: ['luhansk-oblast'] },
      { party: 'dpr', places: ['donetsk-oblast'] },
    ]);
  });
});
