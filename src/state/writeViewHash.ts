import type { MapAt } from './viewHash';

/**
 * `map=zoom/lat/lng` as MapLibre writes it: the zoom to two decimals and the centre to as many as
 * the zoom tells apart (about a pixel), so a link stays short and reads back to the same view.
 */
export function formatView({ zoom, lat, lng }: MapAt): string {
  const m = 10 ** Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 180)) / Math.LN10));
  const round = (value: number) => Math.round(value * m) / m || 0;
  return `map=${Math.round(zoom * 100) / 100}/${round(lat)}/${round(lng)}`;
}

/**
 * `hash` with its view replaced by `at` (added first where it had none), or dropped where `at` is
 * null; its other parts are kept.
 */
export function writeViewHash(hash: string, at: MapAt | null): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('map='));
  const parts = at ? [formatView(at), ...rest] : rest;
  return parts.length ? `#${parts.join('&')}` : '';
}
