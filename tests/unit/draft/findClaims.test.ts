import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../src/draft/findClaims.ts';
import { findPlaces } from '../../../src/draft/findPlaces.ts';
import { findParties } from '../../../src/draft/parties.ts';
import { buildPlaceIndex } from '../../../src/draft/placeIndex.ts';
import { sentences } from '../../../src/draft/segments.ts';
import { tables } from './tables.ts';

const index = buildPlaceIndex(tables);
const claims = (text: string) =>
  findClaims(text, sentences(text), findPlaces(text, index), findParties(text)).map(
    (a) => `${a.saidBy}: ${a.party} ${a.kind} ${a.place.place.id}${a.extent ? ` (${a.extent})` : ''}`,
  );

describe('findClaims', () => {
  it("drafts a party's own claim from what it says", () => {
    expect(claims('Russia says it now has complete control of the Luhansk region.')).toEqual([
      'ru: ru controls luhansk-oblast (all)',
    ]);
    expect(claims('Moscow said its troops had captured Lysychansk.')).toEqual(['ru: ru took lysychansk']);
    expect(claims("Ukraine's General Staff said its forces had withdrawn from Sievierodonetsk.")).toEqual([
      'ua: ua withdrew sievierodonetsk',
    ]);
    expect(claims('Russia says it is seizing the Lugansk region.')).toEqual([
      'ru: ru aims-to-take luhansk-oblast',
    ]);
  });

  it("attributes a statement made in the article's own voice to the article", () => {
    expect(
      claims('The fight moves to the Donetsk region, where Kyiv still controls most of the territory.'),
    ).toEqual(['article: ua controls donetsk-oblast (most)']);
  });

  it('takes the place of a passive verb from before it, and never a place "around" the action', () => {
    expect(
      claims('Shoigu told Putin that Lugansk had been "liberated", the Russian defense ministry said.'),
    ).toEqual(['ru: ru took luhansk']);
    expect(claims('Russia said its troops had captured villages around Lysychansk.')).toEqual([]);
  });

  it('drafts nothing when no party or no place is named', () => {
    expect(claims('Someone said troops had captured the hill.')).toEqual([]);
    expect(claims('The army took the village.')).toEqual([]);
  });
});
