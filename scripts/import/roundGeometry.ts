import { createHash } from 'node:crypto';

/** Decimals of every output coordinate (about 11 m north-south, 7 m east-west here); mapshaper rounds to them. */
export const DECIMALS = 4;

/** A short fingerprint of the rounded coordinates as written (JSON): equal geometry, equal key. */
export function geometryKey(coordinates: string): string {
  return createHash('sha1').update(coordinates).digest('base64url');
}
