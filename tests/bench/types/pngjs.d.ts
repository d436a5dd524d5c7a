// The part of pngjs (a dependency of mapshaper, pinned in package.json) the bench uses: decoding a PNG.
declare module 'pngjs' {
  export const PNG: {
    sync: { read(data: Buffer): { width: number; height: number; data: Buffer } };
  };
}
