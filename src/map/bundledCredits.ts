import attribution from '../../geo/attribution.json';
import type { Credit } from '../ui/credit';

/**
 * Credits for every bundled source (geo/SOURCES.md has the detail) and the bundled font, "public
 * domain" in the page's language (`publicDomain`); names and licences' names are as published.
 */
export function bundledCredits(publicDomain: string): Credit[] {
  const sources = attribution.sources.map((source) =>
    source.licence === 'public domain' ? { ...source, licence: publicDomain } : source,
  );
  return [...sources, { name: 'Noto Sans', licence: 'SIL OFL' }];
}
