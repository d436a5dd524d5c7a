/**
 * The palette tokens: every colour and shading strength the map paints with and the legend
 * explains, in one place, so the two can never drift apart. Plain values, no DOM or map.
 */

/** The map's quiet base colours. */
export const palette = {
  sea: '#dce6ec',
  contextLand: '#f1efe9',
  contextLine: '#c8c3b8',
  contextLabel: '#8a857a',
  oblastFill: '#fbfaf6',
  oblastLine: '#3d3d3d',
  oblastLabel: '#5a5a5a',
  river: '#8fb3c9',
  city: '#1f1f1f',
  cityHalo: '#ffffff',
  /** A city whose holder the story does not know is drawn hollow, ringed in UNKNOWN_COLOUR. */
  cityHollow: '#ffffff',
  cityLabel: '#1f1f1f',
} as const;

/**
 * How strongly an oblast is tinted towards its holder's colour, by the extent the holder claims to
 * control: 0 is the base colour, 1 the party's own.
 */
export const SHADING = { all: 0.62, most: 0.4, part: 0.2 } as const;

/** Hatch directions, one per claimant in story order, so overlapping claims cross rather than hide. */
export const HATCH_ANGLES = ['rising', 'falling', 'horizontal', 'vertical'] as const;
export type HatchAngle = (typeof HATCH_ANGLES)[number];

/**
 * Party colours, chosen to stay apart under the common colour-vision deficiencies: blue against
 * red differ in hue for every type, and the separatist republics share a light salmon that differs
 * from Russia's dark red in lightness, not only hue (checked in tests/unit/ui/palette.test.ts).
 */
const KNOWN: Record<string, string> = {
  ua: '#1f6fb4',
  ru: '#b2182b',
  lpr: '#f29e7c',
  dpr: '#f29e7c',
};
export const FALLBACK_COLOURS = ['#6a3d9a', '#33a02c', '#b15928', '#555555'] as const;

/** A party's colour; parties the palette does not know get a fallback picked by their id. */
export function partyColour(partyId: string): string {
  const known = KNOWN[partyId];
  if (known) return known;
  let hash = 0;
  for (const char of partyId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return FALLBACK_COLOURS[hash % FALLBACK_COLOURS.length] ?? '#555555';
}

/** A city whose holder the story does not know. */
export const UNKNOWN_COLOUR = '#9a9a9a';

/** An imported layer's ink: neutral, apart from every party colour, drawn over the claims. */
export const LAYER_INK = '#2d2d2d';
