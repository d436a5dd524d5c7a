import type { ExpressionSpecification } from 'maplibre-gl';
import {
  atStops,
  cityFillColour,
  cityStrokeColour,
  oblastFillColour,
  type Extent,
  type Stops,
} from '../ui/appearance';

/**
 * Paint expressions through which the selected day reaches the map: each reads feature-state that
 * applyDay sets, so a new day never re-parses or re-uploads geometry. The colours are not worked out
 * here: each expression is a lookup table of what src/ui/appearance.ts says, state by state, so
 * the SVG picture (which asks the same functions) and the map cannot disagree.
 */
const state = (key: string): ExpressionSpecification => ['coalesce', ['feature-state', key], ''];

/** `['match', input, label, output, …, fallback]`, or the fallback alone when there is nothing to match. */
function match(
  input: ExpressionSpecification,
  pairs: readonly (readonly [string, unknown])[],
  fallback: unknown,
): ExpressionSpecification {
  if (pairs.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  return ['match', input, ...pairs.flat(), fallback] as unknown as ExpressionSpecification;
}

const EXTENTS: Exclude<Extent, ''>[] = ['all', 'most', 'part'];

/** One opaque fill for an oblast, by its holder and the extent the holder claims (appearance.ts). */
export function holderFill(parties: readonly string[]): ExpressionSpecification {
  const byExtent = (party: string) =>
    match(
      state('extent'),
      EXTENTS.map((extent) => [extent, oblastFillColour(party, extent)] as const),
      oblastFillColour(party, ''),
    );
  return match(
    state('holder'),
    parties.map((party) => [party, byExtent(party)] as const),
    oblastFillColour('', ''),
  );
}

/**
 * Each party's hatch, at its own angle, shows where it claims an oblast that someone else holds, so
 * two or three claims at once read as a cross-hatch over the holder's fill.
 */
export const claimOpacity = (partyId: string): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', `claimed-${partyId}`], false],
  1,
  0,
];

/** Cities held by a party are filled with its colour; unknown ones are hollow. */
export const cityFill = (parties: readonly string[]) =>
  match(
    state('holder'),
    parties.map((party) => [party, cityFillColour(party)] as const),
    cityFillColour(''),
  );
export const cityStroke = (parties: readonly string[]) =>
  match(
    state('holder'),
    parties.map((party) => [party, cityStrokeColour(party)] as const),
    cityStrokeColour(''),
  );

/** A value that varies with the zoom, from appearance.ts stops. */
export function zoomCurve(stops: Stops): ExpressionSpecification {
  if (stops.length === 1) return ['literal', atStops(stops, 0)] as unknown as ExpressionSpecification;
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as unknown as ExpressionSpecification;
}
