import type { Locale } from '../i18n/locale';

/**
 * The inset's name with the view it shows, in the page's language: "… The map shows 48.6° N,
 * 38.1° E at zoom 6.4." (numbers with the language's separators, a tenth of a degree).
 */
export function locatorViewText(at: { zoom: number; lat: number; lng: number }, locale: Locale): string {
  const { t } = locale;
  const degrees = (value: number) => locale.number(Math.abs(value), 1);
  const lat = (at.lat >= 0 ? t.locator.north : t.locator.south)(degrees(at.lat));
  const lng = (at.lng >= 0 ? t.locator.east : t.locator.west)(degrees(at.lng));
  return `${t.locator.label}. ${t.locator.view(lat, lng, locale.number(at.zoom, 1))}`;
}
