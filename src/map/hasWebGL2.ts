/**
 * Whether this browser can give MapLibre the WebGL2 context it needs, asked of a throwaway canvas
 * before the map is built, so a browser without it gets the document mode at once instead of a
 * blank box. A `true` here is not a promise: the map's own start can still fail (main.ts catches
 * that too).
 */
export function hasWebGL2(): boolean {
  try {
    if (typeof WebGL2RenderingContext === 'undefined') return false;
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Hand the context back at once: browsers cap live contexts, and the map needs one of its own.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
