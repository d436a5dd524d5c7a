import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import type { Area } from './types.ts';

/**
 * What is wrong with a polygon or multipolygon after simplification and rounding: rings that
 * do not close, spikes, holes crossing their shell (@turf/boolean-valid), self-intersections
 * (@turf/kinks). An empty list means the geometry is fine to draw.
 */
export function geometryProblems(geometry: Area): string[] {
  const problems: string[] = [];
  if (!booleanValid(geometry)) problems.push('not valid (turf booleanValid)');
  const selfCrossings = kinks(geometry).features.length;
  if (selfCrossings > 0) problems.push(`${selfCrossings} self-intersection(s)`);
  return problems;
}
