import { describe, expect, it } from 'vitest';
import { readViewHash } from '../../../src/state/viewHash';
import { formatView, writeViewHash } from '../../../src/state/writeViewHash';
import { ZOOM_RANGE } from '../../../src/ui/appearance';

const read = (hash: string) => readViewHash(hash, ZOOM_RANGE);

describe('readViewHash', () => {
  it('reads MapLibre’s form, with or without the #, among other parts', () => {
    expect(read('#map=8.5/48.9/38.44')).toEqual({ zoom: 8.5, lat: 48.9, lng: 38.44 });
    expect(read('map=7/-12.25/-0.5')).toEqual({ zoom: 7, lat: -12.25, lng: -0.5 });
    expect(read('#story=x&map=6/48/38&lang=uk')).toEqual({ zoom: 6, lat: 48, lng: 38 });
  });

  it('reads no view where the link names none', () => {
    for (const hash of ['', '#', '#story=x', '#mapx=6/48/38', '#map=', '#6/48/38'])
      expect(read(hash)).toBeNull();
  });

  it('reads no view from values that are not three plain numbers', () => {
    for (const hash of [
      '#map=NaN/48/38',
      '#map=6/48',
      '#map=6/48/38/0',
      '#map=6/48/38/0/0',
      '#map=6//38',
      '#map=1e1/48/38',
      '#map=0x6/48/38',
      '#map= 6/48/38',
      '#map=6/48/Infinity',
      '#map=six/48/38',
      '#map=6/48.9.1/38',
      '#map=6%2F48%2F38',
      '#map=+6/48/38',
    ])
      expect(read(hash), hash).toBeNull();
  });

  it('reads no view the map cannot show: a zoom outside its range, a centre off the world', () => {
    expect(read(`#map=${ZOOM_RANGE.min}/48/38`)).not.toBeNull();
    expect(read(`#map=${ZOOM_RANGE.max}/48/38`)).not.toBeNull();
    for (const hash of [
      `#map=${ZOOM_RANGE.min - 0.01}/48/38`,
      `#map=${ZOOM_RANGE.max + 0.01}/48/38`,
      '#map=6/85.06/38',
      '#map=6/-90/38',
      '#map=6/48/180.5',
      '#map=6/48/-181',
    ])
      expect(read(hash), hash).toBeNull();
  });
});

describe('formatView and writeViewHash', () => {
  it('writes as MapLibre does: the zoom to two decimals, the centre to about a pixel', () => {
    expect(formatView({ zoom: 8.123, lat: 48.912345678, lng: 38.4412345 })).toBe('map=8.12/48.912/38.441');
    expect(formatView({ zoom: 4, lat: 48.912345678, lng: -38.4412345 })).toBe('map=4/48.91/-38.44');
    expect(formatView({ zoom: 12, lat: -0.000001, lng: 0 })).toBe('map=12/0/0');
    expect(formatView({ zoom: 11.996, lat: 48.123456, lng: 38.654321 })).toBe('map=12/48.12346/38.65432');
  });

  it('puts the view first in a hash, in place of the one it had, and keeps its other parts', () => {
    const at = { zoom: 7, lat: 48, lng: 38 };
    expect(writeViewHash('', at)).toBe('#map=7/48/38');
    expect(writeViewHash('#story=x', at)).toBe('#map=7/48/38&story=x');
    expect(writeViewHash('#story=x&map=6/1/2&lang=uk', at)).toBe('#map=7/48/38&story=x&lang=uk');
  });

  it('drops the view from a hash, keeping its other parts', () => {
    expect(writeViewHash('#map=99/x/38&story=x', null)).toBe('#story=x');
    expect(writeViewHash('#map=99/x/38', null)).toBe('');
    expect(writeViewHash('map=6/48/38&&lang=uk', null)).toBe('#lang=uk');
  });
});
