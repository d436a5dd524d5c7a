import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** Raw and gzip size of every file under a folder. */
export function distSizes(root: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const data = readFileSync(path);
        out.push({
          file: relative(root, path),
          bytes: data.length,
          gzip: gzipSync(data, { level: 9 }).length,
        });
      }
    }
  };
  walk(root);
  return out;
}

/** Files that are not Claimline's own: the map library (code, worker, CSS) and the fonts. */
export const isThirdParty = (file: string) => /maplibre-gl|\.woff2$/.test(file);

/**
 * Claimline's own first load: the gzip size of the files under `root` that a cold load requested
 * (paths as requested, below `prefix`), leaving out the map library and the fonts.
 */
export function firstLoad(
  root: string,
  requested: readonly string[],
  prefix = '/',
): { gzip: number; files: string[] } {
  // The page itself is requested as its folder.
  const file = (path: string) => path.slice(prefix.length) || 'index.html';
  const paths = new Set(requested.filter((p) => p.startsWith(prefix)).map(file));
  const loaded = distSizes(root).filter((s) => paths.has(s.file) && !isThirdParty(s.file));
  return { gzip: loaded.reduce((a, s) => a + s.gzip, 0), files: loaded.map((s) => s.file) };
}
