/**
 * A problem with the build's input (a missing or unexpected package, feature or id).
 * The message names the source, what was expected and what was found; geo/build.ts prints it
 * prefixed with "geo/build.ts: " and exits non-zero without writing anything.
 */
export class GeoBuildError extends Error {
  override name = 'GeoBuildError';
}
