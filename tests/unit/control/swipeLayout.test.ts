import { describe, expect, it } from 'vitest';
import {
  SWIPE_PAGE,
  SWIPE_STEP,
  swipeAt,
  swipeClip,
  swipeKey,
  swipeSides,
} from '../../../src/control/swipeLayout';
import { swipeValueText } from '../../../src/control/swipeText';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { ru } from '../../../src/i18n/ru';
import { uk } from '../../../src/i18n/uk';
import { askCompare } from '../../../src/state/askCompare';

describe('swipeSides', () => {
  it('puts the earlier day on the left, whichever of the two is compared with', () => {
    expect(swipeSides('2022-07-04', '2022-06-24')).toEqual({
      left: '2022-06-24',
      right: '2022-07-04',
      compared: 'left',
    });
    expect(swipeSides('2022-06-24', '2022-07-04')).toEqual({
      left: '2022-06-24',
      right: '2022-07-04',
      compared: 'right',
    });
  });
});

describe('swipeClip', () => {
  it('keeps a map on its side of the divider', () => {
    expect(swipeClip('left', 30)).toBe('inset(0 70% 0 0)');
    expect(swipeClip('right', 30)).toBe('inset(0 0 0 30%)');
    expect(swipeClip('left', 0)).toBe('inset(0 100% 0 0)');
    expect(swipeClip('right', 100)).toBe('inset(0 0 0 100%)');
    expect(swipeClip('left', 33.33333)).toBe('inset(0 66.7% 0 0)');
  });
});

describe('swipeKey', () => {
  it('moves by a step with the arrows, a quarter with the Page keys, to the edges with Home and End', () => {
    expect(swipeKey('ArrowRight', 50)).toBe(50 + SWIPE_STEP);
    expect(swipeKey('ArrowUp', 50)).toBe(50 + SWIPE_STEP);
    expect(swipeKey('ArrowLeft', 50)).toBe(50 - SWIPE_STEP);
    expect(swipeKey('ArrowDown', 50)).toBe(50 - SWIPE_STEP);
    expect(swipeKey('PageUp', 50)).toBe(50 + SWIPE_PAGE);
    expect(swipeKey('PageDown', 50)).toBe(50 - SWIPE_PAGE);
    expect(swipeKey('Home', 62)).toBe(0);
    expect(swipeKey('End', 12)).toBe(100);
  });

  it('stops at the edges and leaves other keys alone', () => {
    expect(swipeKey('ArrowRight', 98)).toBe(100);
    expect(swipeKey('ArrowLeft', 2)).toBe(0);
    expect(swipeKey('Enter', 50)).toBeUndefined();
    expect(swipeKey('c', 50)).toBeUndefined();
  });
});

describe('swipeAt', () => {
  it('keeps the divider on the map, to a tenth of a percent', () => {
    expect(swipeAt(-20)).toBe(0);
    expect(swipeAt(140)).toBe(100);
    expect(swipeAt(41.26)).toBe(41.3);
    expect(swipeAt(Number.NaN)).toBe(50);
  });
});

describe('swipeValueText', () => {
  it('says which day is on which side and where the divider stands, in the page’s language', () => {
    const sides = swipeSides('2022-07-04', '2022-06-24');
    expect(swipeValueText(sides, 41.3, localeOf('en', en))).toBe(
      '24 June 2022 on the left, 4 July 2022 on the right; divider 41% across',
    );
    expect(swipeValueText(sides, 41.3, localeOf('uk', uk))).toBe(
      '24 червня 2022 р. ліворуч, 4 липня 2022 р. праворуч; межа на 41% ширини',
    );
    expect(swipeValueText(sides, 41.3, localeOf('ru', ru))).toBe(
      '24 июня 2022 г. слева, 4 июля 2022 г. справа; граница на 41% ширины',
    );
  });
});

describe('askCompare', () => {
  it('ends the swipe with the comparison, and leaves it alone otherwise', () => {
    expect(askCompare(null)).toEqual({ compare: null, swipe: false });
    expect(askCompare('2022-06-24')).toEqual({ compare: '2022-06-24' });
  });
});
