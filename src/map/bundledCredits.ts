import attribution from '../../geo/attribution.json';
import type { Credit } from '../ui/credit';

/** Credits for every bundled source (geo/SOURCES.md has the detail) and the bundled font. */
export function bundledCredits(): Credit[] {
  return [...attribution.sources, { name: 'Noto Sans', licence: 'SIL OFL' }];
}
