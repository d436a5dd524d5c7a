/** Credits for every bundled source (geo/SOURCES.md has the detail). */
export function attributionText(): string {
  return 'Boundaries: Natural Earth (public domain) · Cities: GeoNames (CC BY 4.0) · Font: Noto Sans (OFL)';
}
