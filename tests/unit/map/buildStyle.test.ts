import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { buildStyle } from '../../../src/map/buildStyle';
import { fontFaces, FONT_REGULAR, FONT_SEMIBOLD } from '../../../src/map/fonts';
import { LAYERS } from '../../../src/map/layers';
import type { GeoData } from '../../../src/data/geoTypes';

const empty = { type: 'FeatureCollection', features: [] } as FeatureCollection;
const data = (rivers: boolean): GeoData =>
  ({
    context: empty,
    oblasts: empty,
    cities: empty,
    oblastLabels: empty,
    rivers: rivers ? empty : null,
  }) as GeoData;

const base = 'http://127.0.0.1:4173/';
const style = (rivers = false) =>
  buildStyle({
    data: data(rivers),
    fontFaces: fontFaces(base),
    parties: ['ua', 'ru', 'lpr'],
    claimants: [
      { party: 'ua', places: ['luhansk-oblast', 'donetsk-oblast'] },
      { party: 'lpr', places: ['luhansk-oblast'] },
    ],
  });

describe('buildStyle', () => {
  it('builds a style MapLibre accepts', () => {
    expect(validateStyleMin(style())).toEqual([]);
    expect(validateStyleMin(style(true))).toEqual([]);
  });

  it('fetches nothing from a server: no glyphs, sprite or tile URLs, fonts on the page origin', () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    for (const source of Object.values(s.sources)) expect(source.type).toBe('geojson');
    const urls = Object.values(s['font-faces'] ?? {}).flatMap((faces) =>
      typeof faces === 'string' ? [faces] : faces.map((f) => f.url),
    );
    expect(urls.length).toBe(4);
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
  });

  it('draws labels only with bundled fonts', () => {
    const fonts = style()
      .layers.filter((l) => l.type === 'symbol')
      .flatMap((l) => (l.layout?.['text-font'] as string[] | undefined) ?? []);
    expect(new Set(fonts)).toEqual(new Set([FONT_REGULAR, FONT_SEMIBOLD]));
  });

  it('orders layers so cities and labels sit above the oblasts', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids.indexOf(LAYERS.oblastFill)).toBeLessThan(ids.indexOf(LAYERS.cityCircle));
    expect(ids.indexOf(LAYERS.cityCircle)).toBeLessThan(ids.indexOf(LAYERS.cityLabel));
  });

  it('draws the river only when the data has one', () => {
    expect(style().layers.some((l) => l.id === 'river-line')).toBe(false);
    expect(style(true).layers.some((l) => l.id === 'river-line')).toBe(true);
  });

  it('draws each claimant’s hatch only over the oblasts it claims', () => {
    const lpr = style().layers.find((l) => l.id === 'oblast-claim-lpr');
    expect(lpr && 'filter' in lpr ? lpr.filter : null).toEqual([
      'in',
      ['get', 'id'],
      ['literal', ['luhansk-oblast']],
    ]);
    expect(style().layers.some((l) => l.id === 'oblast-claim-ru')).toBe(false);
  });

  it('gives MapLibre no attribution string to render as HTML (the credits are our own control, as text)', () => {
    for (const [id, source] of Object.entries(style(true).sources))
      expect(source, id).not.toHaveProperty('attribution');
  });
});
