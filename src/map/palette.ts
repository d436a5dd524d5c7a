/** The map's quiet base colours; claim colours live with the legend (src/map/claimColours.ts). */
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
  cityLabel: '#1f1f1f',
} as const;
