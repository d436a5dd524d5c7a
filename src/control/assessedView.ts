import type { LoadedAssessed } from './loadLayers';
import type { AssessedSlots } from './wireAssessed';

/**
 * The imported assessed layer in its slots, when one was imported (npm run import) or a broken one
 * needs explaining; null otherwise. The layer's code (map layer, toggle, figures, chart) is fetched
 * only then, so a page without a layer never downloads it. The index is loaded first, by the
 * composition root (loadLayers), because the timeline's span depends on it.
 */
export async function assessedView(loaded: LoadedAssessed, slots: AssessedSlots) {
  if (!loaded.index && loaded.errors.length === 0) return null;
  const { wireAssessed } = await import('./wireAssessed');
  return wireAssessed(loaded, slots);
}
