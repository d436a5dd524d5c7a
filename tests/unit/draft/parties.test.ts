import { describe, expect, it } from 'vitest';
import { findParties, partyOf } from '../../../src/draft/parties.ts';

const parties = (text: string) => findParties(text).map((m) => `${m.surface}:${m.party}`);

describe('findParties', () => {
  it('maps every name of a party to its id', () => {
    expect(parties('Russia, Moscow, the Kremlin and Wagner; Ukraine, Kyiv and the General Staff')).toEqual([
      'Russia:ru',
      'Moscow:ru',
      'the Kremlin:ru',
      'Wagner:ru',
      'Ukraine:ua',
      'Kyiv:ua',
      'General Staff:ua',
    ]);
  });

  it('takes the republics before the oblast or country names inside them', () => {
    expect(parties("the self-proclaimed Lugansk People's Republic and the DPR")).toEqual([
      "Lugansk People's Republic:lpr",
      'DPR:dpr',
    ]);
    expect(parties('ЛНР і ДНР, Росія і Україна')).toEqual(['ЛНР:lpr', 'ДНР:dpr', 'Росія:ru', 'Україна:ua']);
  });

  it('tells the party of a speaker’s role', () => {
    expect(partyOf('Russian Defense Minister Sergei Shoigu')).toBe('ru');
    expect(partyOf("Ukraine's military command")).toBe('ua');
    expect(partyOf('the mayor')).toBeUndefined();
  });
});
