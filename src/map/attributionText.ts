import attribution from '../../geo/attribution.json';

/** Credits for every bundled source (geo/SOURCES.md has the detail). */
export function attributionText(): string {
  const data = attribution.sources.map((s) => `${s.name} (${s.licence})`).join(' · ');
  return `${data} · Noto Sans (SIL OFL)`;
}
