import type { ExpressionSpecification } from 'maplibre-gl';
import { palette, partyColour, SHADING, UNKNOWN_COLOUR } from '../ui/palette';

/**
 * Paint expressions through which the selected day reaches the map: each reads feature-state that
 * applyDay sets, so a new day never re-parses or re-uploads geometry.
 */
export function byParty(
  stateKey: string,
  parties: readonly string[],
  fallback: string,
): ExpressionSpecification {
  if (parties.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  const pairs = parties.flatMap((id) => [id, partyColour(id)]);
  const match: unknown = ['match', ['coalesce', ['feature-state', stateKey], ''], ...pairs, fallback];
  return match as ExpressionSpecification;
}

/** How strongly an oblast is tinted by its holder: by the extent the holder claims to control. */
export const holderStrength: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'extent'], ''],
  'all',
  SHADING.all,
  'most',
  SHADING.most,
  'part',
  SHADING.part,
  0,
];

/**
 * One opaque fill for an oblast: the base colour mixed towards the holder's colour by extent. One
 * layer instead of a base and a translucent tint saves a full fill pass per frame.
 */
export function holderFill(parties: readonly string[], base: string): ExpressionSpecification {
  const pairs = parties.flatMap((id) => [
    id,
    ['interpolate', ['linear'], holderStrength, 0, base, 1, partyColour(id)],
  ]);
  const match: unknown = parties.length
    ? ['match', ['coalesce', ['feature-state', 'holder'], ''], ...pairs, base]
    : ['literal', base];
  return match as ExpressionSpecification;
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
export const cityFill = (parties: readonly string[]) => byParty('controller', parties, '#ffffff');
export const cityStroke: ExpressionSpecification = [
  'case',
  ['==', ['coalesce', ['feature-state', 'controller'], ''], ''],
  UNKNOWN_COLOUR,
  palette.cityHalo,
];
