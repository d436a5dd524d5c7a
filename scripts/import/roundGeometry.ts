import { createHash } from 'node:crypto';
import type { Rings } from './repairGeometry.ts';

/** Decimals of every output coordinate (about 11 m north-south, 7 m east-west here); mapshaper rounds to them. */
export const DECIMALS = 4;
/** A short fingerprint of rounded coordinates: equal geometry, equal key. */
export function geometryKey(polygons: readonly Rings[]): string {
  return createHash('sha1').update(JSON.stringify(polygons)).digest('base64url');
}
