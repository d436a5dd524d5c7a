import type { Locale } from '../i18n/locale';
import type { SwipeSides } from './swipeLayout';

/** What the divider says of itself, in the page's language: which day is on which side, and where it stands. */
export function swipeValueText(sides: SwipeSides, at: number, locale: Locale): string {
  return locale.t.compare.sides(
    locale.day(sides.left),
    locale.day(sides.right),
    locale.number(Math.round(at)),
  );
}
