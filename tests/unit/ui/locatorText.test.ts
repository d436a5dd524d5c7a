import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { ru } from '../../../src/i18n/ru';
import { uk } from '../../../src/i18n/uk';
import { locatorViewText } from '../../../src/ui/locatorText';

describe('the locator’s name with the view it shows', () => {
  const at = { zoom: 6.44, lat: 48.56, lng: 38.12 };

  it('says the view in degrees and the zoom, with the language’s separators', () => {
    expect(locatorViewText(at, localeOf('en', en))).toBe(
      `${en.locator.label}. The map shows 48.6° N, 38.1° E at zoom 6.4.`,
    );
    expect(locatorViewText(at, localeOf('uk', uk))).toBe(
      `${uk.locator.label}. Мапа показує 48,6° пн. ш., 38,1° сх. д., масштаб 6,4.`,
    );
    expect(locatorViewText(at, localeOf('ru', ru))).toBe(
      `${ru.locator.label}. Карта показывает 48,6° с. ш., 38,1° в. д., масштаб 6,4.`,
    );
  });

  it('names the hemisphere south and west of zero', () => {
    expect(locatorViewText({ zoom: 2, lat: -12.34, lng: -5.06 }, localeOf('en', en))).toBe(
      `${en.locator.label}. The map shows 12.3° S, 5.1° W at zoom 2.`,
    );
  });
});
