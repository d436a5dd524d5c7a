import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F', 'U+2212'];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

/**
 * Labels are drawn from bundled font files, never a glyph server, so they look the same on every
 * machine and the map makes no request off its own origin. URLs are made absolute against the page
 * because MapLibre fetches them from its own request manager.
 */
export function fontFaces(base: string): FontFacesSpecification {
  const at = (url: string) => new URL(url, base).href;
  return {
    [FONT_REGULAR]: [
      { url: at(latin400), 'unicode-range': LATIN },
      { url: at(cyrillic400), 'unicode-range': CYRILLIC },
    ],
    [FONT_SEMIBOLD]: [
      { url: at(latin600), 'unicode-range': LATIN },
      { url: at(cyrillic600), 'unicode-range': CYRILLIC },
    ],
  };
}
