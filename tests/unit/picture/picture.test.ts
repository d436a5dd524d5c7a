import { describe, expect, it } from 'vitest';
import { hatchTile } from '../../../src/picture/hatchTile';
import { pathData } from '../../../src/picture/pathData';
import { mercator, openingProjection, zoomOfScale } from '../../../src/picture/pictureProjection';
import { cityAnchors, CENTRED, placeLabels, wrapLabel } from '../../../src/picture/placeLabels';
import { OPENING_PADDING, ZOOM_RANGE } from '../../../src/ui/appearance';

/** Every character 0.5 em wide: enough to place labels in node. */
const measure = (text: string, size: number) => text.length * size * 0.5;

describe('openingProjection', () => {
  const bounds: [number, number, number, number] = [36.5, 46.8, 40.3, 50.2];

  it('fits the box in the padded view, centred, in Web Mercator', () => {
    const p = openingProjection(bounds, 800, 600);
    const [x0, y0] = p.point([bounds[0], bounds[3]]);
    const [x1, y1] = p.point([bounds[2], bounds[1]]);
    // One direction fits exactly; the other has room to spare, shared equally.
    const fitsWidth = Math.abs(x1 - x0 - (800 - 2 * OPENING_PADDING)) < 1e-6;
    const fitsHeight = Math.abs(y1 - y0 - (600 - 2 * OPENING_PADDING)) < 1e-6;
    expect(fitsWidth || fitsHeight).toBe(true);
    expect((x0 + x1) / 2).toBeCloseTo(400, 6);
    expect((y0 + y1) / 2).toBeCloseTo(300, 6);
    expect(y0).toBeLessThan(y1);
  });

  it('stays within the map zoom range', () => {
    expect(zoomOfScale(openingProjection(bounds, 20, 20).scale)).toBe(ZOOM_RANGE.min);
    expect(zoomOfScale(openingProjection([37, 48, 37.0001, 48.0001], 800, 600).scale)).toBe(ZOOM_RANGE.max);
  });

  it('is the same Mercator as MapLibre: a 512-pixel world at zoom 0', () => {
    const [x, y] = mercator(180, 0);
    expect(x).toBeCloseTo(Math.PI);
    expect(y).toBeCloseTo(0);
    expect(zoomOfScale(512 / (2 * Math.PI))).toBeCloseTo(0);
  });
});

describe('pathData', () => {
  it('writes rings as closed straight paths, through the projection stream', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const p = openingProjection([0, 0, 1, 1], 100, 100);
    const d = pathData(square, p.stream);
    expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z$/);
    expect(
      pathData(
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        p.stream,
      ),
    ).not.toContain('Z');
  });
});

describe('hatchTile', () => {
  it('draws each angle with the pieces that wrap at the corners', () => {
    expect(hatchTile('horizontal', 12)).toBe('M-2,0H14M-2,12H14');
    expect(hatchTile('vertical', 12)).toBe('M0,-2V14M12,-2V14');
    expect(hatchTile('rising', 12)).toContain('M0,12L12,0');
    expect(hatchTile('falling', 12)).toContain('M0,0L12,12');
  });
});

describe('placeLabels', () => {
  it('puts a label on its preferred side, and a neighbour whose side is taken on another', () => {
    const placed = placeLabels(
      [
        { id: 'a', lines: ['Alpha'], x: 100, y: 100, size: 10, anchors: cityAnchors('right'), padding: 0 },
        { id: 'b', lines: ['Beta'], x: 110, y: 100, size: 10, anchors: cityAnchors('right'), padding: 0 },
      ],
      measure,
    );
    // Beta's right is taken by Alpha's name: it goes to the left of its point.
    expect(placed.map((l) => [l.id, l.textAnchor])).toEqual([
      ['a', 'start'],
      ['b', 'end'],
    ]);
    expect(placed[1]!.box[2]).toBeLessThanOrEqual(placed[0]!.box[0]);
  });

  it('drops a label that fits nowhere, and centres area labels', () => {
    const crowd = placeLabels(
      [
        { id: 'big', lines: ['A very long name'], x: 50, y: 50, size: 20, anchors: CENTRED, padding: 2 },
        { id: 'small', lines: ['B'], x: 50, y: 50, size: 10, anchors: CENTRED, padding: 2 },
      ],
      measure,
    );
    expect(crowd.map((l) => l.id)).toEqual(['big']);
    expect(crowd[0]!.textAnchor).toBe('middle');
  });

  it('starts with the curated side', () => {
    expect(cityAnchors('left')[0]![0]).toBe('right');
    expect(cityAnchors(undefined)[0]![0]).toBe('left');
  });
});

describe('wrapLabel', () => {
  it('wraps a name wider than the limit into even lines, and leaves a short one alone', () => {
    const width = (line: string) => line.length * 10;
    expect(wrapLabel('LUHANSK OBLAST', 80, width)).toEqual(['LUHANSK', 'OBLAST']);
    expect(wrapLabel('KYIV', 80, width)).toEqual(['KYIV']);
  });
});
