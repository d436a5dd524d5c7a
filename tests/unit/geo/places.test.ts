import { describe, expect, it } from 'vitest';
import { citiesOf, oblastsOf, parsePlaces } from '../../../geo/lib/places.ts';

const table = {
  places: [
    { id: 'luhansk-oblast', kind: 'oblast', iso: 'UA-09', names: { en: 'Luhansk Oblast' }, variants: [] },
    {
      id: 'lysychansk',
      kind: 'city',
      geonameid: 702972,
      oblast: 'luhansk-oblast',
      names: { en: 'Lysychansk' },
    },
    { id: 'kyiv', kind: 'capital', geonameid: 703448, names: { en: 'Kyiv', uk: 'Київ' } },
  ],
};

describe('parsePlaces', () => {
  it('reads oblasts and cities in file order', () => {
    const places = parsePlaces(table);
    expect(oblastsOf(places).map((p) => p.iso)).toEqual(['UA-09']);
    expect(citiesOf(places).map((p) => [p.id, p.kind, p.geonameid, p.oblast])).toEqual([
      ['lysychansk', 'city', 702972, 'luhansk-oblast'],
      ['kyiv', 'capital', 703448, undefined],
    ]);
  });

  it('names the row and field that is wrong', () => {
    const bad = { places: [{ ...table.places[1], geonameid: '702972' }] };
    expect(() => parsePlaces(bad)).toThrow(
      'geo/places.json: places[0] (lysychansk): expected geonameid to be a positive integer, found "702972"',
    );
    const orphan = { places: [table.places[1]] };
    expect(() => parsePlaces(orphan)).toThrow(/lysychansk: oblast "luhansk-oblast" is not an oblast id/);
    const twice = { places: [table.places[2], table.places[2]] };
    expect(() => parsePlaces(twice)).toThrow(/kyiv: duplicate id/);
    expect(() => parsePlaces({})).toThrow(/expected \{ "places": \[...\] \}/);
  });

  it('reads the real table', async () => {
    const { default: real } = await import('../../../geo/places.json');
    const places = parsePlaces(real);
    expect(oblastsOf(places)).toHaveLength(2);
    expect(citiesOf(places)).toHaveLength(14);
  });
});
