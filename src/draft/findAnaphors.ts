import type { PlaceMention } from './findPlaces.ts';

/**
 * "the city" / "the region" standing for the last city or oblast named before it ("the city of …"
 * names a place of its own, so it is left out). `named` is in text order.
 */
export function findAnaphors(text: string, named: readonly PlaceMention[]): PlaceMention[] {
  const anaphors: PlaceMention[] = [];
  for (const m of text.matchAll(/\bthe (city|town|region|oblast)\b(?! of\b)/gi)) {
    const wantOblast = /region|oblast/i.test(m[1] ?? '');
    const before = [...named]
      .reverse()
      .find((f) => f.span[1] <= m.index && (f.place.kind === 'oblast') === wantOblast);
    if (before)
      anaphors.push({
        place: before.place,
        span: [m.index, m.index + m[0].length],
        surface: m[0],
        confidence: 0.6,
        anaphor: true,
      });
  }
  return anaphors;
}
