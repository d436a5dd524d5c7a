/**
 * Party colours, chosen to stay apart under the common colour-vision deficiencies: blue against
 * red differ in hue for every type, and the separatist republics share a light salmon that differs
 * from Russia's dark red in lightness, not only hue (checked in tests/unit/map/partyColours.test.ts).
 */
const KNOWN: Record<string, string> = {
  ua: '#1f6fb4',
  ru: '#b2182b',
  lpr: '#f29e7c',
  dpr: '#f29e7c',
};
const FALLBACK = ['#6a3d9a', '#33a02c', '#b15928', '#555555'];

/** A party's colour; parties the palette does not know get a fallback picked by their id. */
export function partyColour(partyId: string): string {
  const known = KNOWN[partyId];
  if (known) return known;
  let hash = 0;
  for (const char of partyId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return FALLBACK[hash % FALLBACK.length] ?? '#555555';
}

export const UNKNOWN_COLOUR = '#9a9a9a';
