import { area } from '@turf/area';
import { describe, expect, it } from 'vitest';
import { areaChange, meanWidthM, type Area, type Rings } from '../../../src/control/areaChange';

/** A lon/lat box as one polygon (outer ring, counter-clockwise). */
const box = (w: number, s: number, e: number, n: number): Rings => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const km2 = (a: Area) => area({ type: 'MultiPolygon', coordinates: a }) / 1e6;
const north = { id: 'north', area: [box(37, 48.25, 40, 50)] };
const south = { id: 'south', area: [box(37, 46, 40, 48.25)] };

describe('areaChange', () => {
  // Before: one box. After: the box grown east by a strip, with its south-west corner given up.
  const before: Area = [box(38, 48, 38.5, 48.5)];
  const strip = box(38.5, 48, 38.7, 48.5);
  const corner = box(38, 48, 38.1, 48.1);
  const after: Area = [
    [
      [
        [38.1, 48],
        [38.7, 48],
        [38.7, 48.5],
        [38, 48.5],
        [38, 48.1],
        [38.1, 48.1],
        [38.1, 48],
      ],
    ],
  ];

  it('gives the area gained and lost, exactly, and their km² in each region', () => {
    const change = areaChange(before, after, [north, south]);
    expect(km2(change.gained)).toBeCloseTo(km2([strip]), 3);
    expect(km2(change.lost)).toBeCloseTo(km2([corner]), 3);
    const gainedNorth = km2([box(38.5, 48.25, 38.7, 48.5)]);
    const gainedSouth = km2([box(38.5, 48, 38.7, 48.25)]);
    expect(change.byRegion.north!.gainedKm2).toBeCloseTo(gainedNorth, 1);
    expect(change.byRegion.south!.gainedKm2).toBeCloseTo(gainedSouth, 1);
    expect(change.byRegion.north!.lostKm2).toBe(0);
    expect(change.byRegion.south!.lostKm2).toBeCloseTo(km2([corner]), 1);
    expect(change.slivers).toEqual({ gainedKm2: 0, lostKm2: 0 });
  });

  it('is the same change the other way round, with gained and lost swapped', () => {
    const forth = areaChange(before, after, [north, south]);
    const back = areaChange(after, before, [north, south]);
    expect(back.byRegion.south!.gainedKm2).toBe(forth.byRegion.south!.lostKm2);
    expect(back.byRegion.north!.lostKm2).toBe(forth.byRegion.north!.gainedKm2);
  });

  it('finds no change between a day and itself, and all of it against an empty area', () => {
    expect(areaChange(before, before, [north, south]).byRegion).toEqual({
      north: { gainedKm2: 0, lostKm2: 0 },
      south: { gainedKm2: 0, lostKm2: 0 },
    });
    const fromNothing = areaChange([], before, [north, south]);
    const total = fromNothing.byRegion.north!.gainedKm2 + fromNothing.byRegion.south!.gainedKm2;
    expect(total).toBeCloseTo(km2(before), 0);
  });

  it('leaves out slivers along an unchanged line, and says how much it left out', () => {
    // The same box drawn 0.0005° (about 37 m) further east: two thin strips, nothing real.
    const shifted: Area = [box(38.0005, 48, 38.5005, 48.5)];
    const change = areaChange(before, shifted, [north, south]);
    expect(change.gained).toEqual([]);
    expect(change.lost).toEqual([]);
    expect(change.slivers.gainedKm2).toBeGreaterThan(1);
    expect(change.slivers.lostKm2).toBeGreaterThan(1);
    // With no threshold the same strips count.
    const raw = areaChange(before, shifted, [north, south], { minWidthM: 0 });
    expect(raw.byRegion.north!.gainedKm2 + raw.byRegion.south!.gainedKm2).toBeCloseTo(
      change.slivers.gainedKm2,
      0,
    );
  });
});

describe('the sliver threshold', () => {
  it('leaves out a gain narrower than 200 m on average and counts one wider', () => {
    // Strips along the box's north edge, 0.5° (about 37 km) long: 0.0015° (about 167 m) and
    // 0.0025° (about 278 m) of latitude wide.
    const before: Area = [box(38, 48, 38.5, 48.5)];
    const grownBy = (d: number): Area => [box(38, 48, 38.5, 48.5 + d)];
    const narrow = areaChange(before, grownBy(0.0015), [north, south]);
    expect(narrow.gained).toEqual([]);
    expect(narrow.slivers.gainedKm2).toBeCloseTo(km2([box(38, 48.5, 38.5, 48.5015)]), 1);
    const wide = areaChange(before, grownBy(0.0025), [north, south]);
    expect(wide.byRegion.north!.gainedKm2).toBeCloseTo(km2([box(38, 48.5, 38.5, 48.5025)]), 1);
    expect(wide.slivers.gainedKm2).toBe(0);
  });
});

describe('meanWidthM', () => {
  it('is a thin strip’s width and about half a square’s side', () => {
    // 0.01° of latitude is about 1,112 m: a strip that wide and 37 km long is about 1,080 m wide on
    // average (its two short ends count in the perimeter).
    const strip = meanWidthM(box(38, 48, 38.5, 48.01));
    expect(strip).toBeGreaterThan(1050);
    expect(strip).toBeLessThan(1112);
    const square = box(38, 48, 38.0134, 48.009); // about 1 km by 1 km
    expect(meanWidthM(square)).toBeGreaterThan(450);
    expect(meanWidthM(square)).toBeLessThan(550);
  });
});
