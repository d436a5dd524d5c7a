import { GEOMETRY_FILE_HEAD, GEOMETRY_FILE_TAIL } from './geometryFileText';

/**
 * Whether a geometry file's text still matches its name (layerFormat: the name is the SHA-1 of its
 * coordinates). False when the file on the host changed after the index was written, so another
 * day's area is never drawn as this one's; null when it cannot tell: text not as the import
 * writes it, or no Web Crypto (a page served over plain HTTP from another host than localhost).
 */
export async function geometryMatchesName(text: string, name: string): Promise<boolean | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle || !text.startsWith(GEOMETRY_FILE_HEAD) || !text.endsWith(GEOMETRY_FILE_TAIL)) return null;
  const coordinates = text.slice(GEOMETRY_FILE_HEAD.length, text.length - GEOMETRY_FILE_TAIL.length);
  const digest = new Uint8Array(await subtle.digest('SHA-1', new TextEncoder().encode(coordinates)));
  const hex = Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex === name;
}
