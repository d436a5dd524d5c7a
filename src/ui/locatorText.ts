/**
 * The locator inset's words, in one place (the page's messages take them over with the other
 * languages): its toggle, what it is and what its keys do.
 */
export const LOCATOR_TEXT = {
  /** The toggle that folds and unfolds it (a disclosure). */
  toggle: 'Locator',
  /** The inset's name, as a screen reader says it before its description. */
  label: 'Locator map of Ukraine and its neighbours, with Luhansk and Donetsk oblasts and Kyiv',
  /** What it does, once it answers: said after its name. */
  keys: 'The box is the map’s view. Click or tap to move the map there; arrow keys move it, plus and minus zoom.',
} as const;

/** The inset's name with the view it shows: "… The map shows 48.6° N, 38.1° E at zoom 6.4." */
export function locatorViewText(at: { zoom: number; lat: number; lng: number }): string {
  const lat = `${Math.abs(at.lat).toFixed(1)}° ${at.lat >= 0 ? 'N' : 'S'}`;
  const lng = `${Math.abs(at.lng).toFixed(1)}° ${at.lng >= 0 ? 'E' : 'W'}`;
  return `The map shows ${lat}, ${lng} at zoom ${at.zoom.toFixed(1)}.`;
}
