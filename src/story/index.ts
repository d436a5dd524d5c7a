/**
 * Browser-safe entry to the story model: types, days, loading and queries. Validation (ajv, turf)
 * is deliberately not exported here; it lives in validateStory.ts and runs at build time only.
 */
export * from './types.ts';
export * from './day.ts';
export { normalizeName } from './normalizeName.ts';
export { loadStory } from './loadStory.ts';
export * from './queries.ts';
export * from './holdings.ts';
export * from './searchPlaces.ts';
export * from './stories.ts';
