import type { GeoData } from './geoTypes';

/**
 * The geometry with its cities' and oblasts' names in the page's language (`nameOf` a place id;
 * undefined keeps the file's English name), so every map and picture drawn from it labels them
 * alike. The files themselves name places in English.
 */
export function geoNames(geo: GeoData, nameOf: (id: string) => string | undefined): GeoData {
  const named = <F extends { properties: { id: string; name: string } }>(f: F): F => ({
    ...f,
    properties: { ...f.properties, name: nameOf(f.properties.id) ?? f.properties.name },
  });
  return {
    ...geo,
    cities: { ...geo.cities, features: geo.cities.features.map(named) },
    oblastLabels: { ...geo.oblastLabels, features: geo.oblastLabels.features.map(named) },
  };
}
