/**
 * The English words of the maps: the locator inset, the map's buttons and names, and MapLibre's own
 * words (part of the English table, src/i18n/en.ts, kept in its own file to keep each file short).
 */
export const enMap = {
  /** The locator inset: its toggle, what it is, what its keys do, the view it shows. */
  locator: {
    toggle: 'Locator',
    label: 'Locator map of Ukraine and its neighbours, with Luhansk and Donetsk oblasts and Kyiv',
    keys: 'The box is the map’s view. Click or tap to move the map there; arrow keys move it, plus and minus zoom.',
    view: (lat: string, lng: string, zoom: string) => `The map shows ${lat}, ${lng} at zoom ${zoom}.`,
    north: (degrees: string) => `${degrees}° N`,
    south: (degrees: string) => `${degrees}° S`,
    east: (degrees: string) => `${degrees}° E`,
    west: (degrees: string) => `${degrees}° W`,
    kyiv: 'Kyiv',
  },
  map: {
    credits: 'Toggle credits',
    cities: 'Cities',
    publicDomain: 'public domain',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    bothOblasts: 'Show both oblasts',
    keys: 'Arrow keys pan the map, plus and minus zoom, 0 shows both oblasts again. Cities are buttons after the map.',
    dashedOutline: (label: string) => `Dashed outline: ${label}`,
    ukraine: 'Ukraine',
    russia: 'Russia',
    seaOfAzov: 'Sea of Azov',
    /** MapLibre's own words (its `locale` option), by its keys. */
    maplibre: {
      'Map.Title': 'Map',
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'NavigationControl.ResetBearing': 'Reset bearing to north',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
    },
  },
};
