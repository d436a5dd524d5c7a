import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { percentile } from './stats';

export interface LayerSizes {
  index: { bytes: number; gzip: number };
  files: number;
  /** One geometry file: median and largest, raw and gzip -9. */
  file: { p50: number; max: number; p50Gzip: number };
  total: { bytes: number; gzip: number };
}

/** What an imported layer weighs on a static host: the index, and the geometry files (its own folder). */
export function layerSizes(layerDir: string): LayerSizes {
  const weigh = (file: string) => {
    const text = readFileSync(file);
    return { bytes: text.byteLength, gzip: gzipSync(text, { level: 9 }).byteLength };
  };
  const index = weigh(join(layerDir, 'control.json'));
  const files = readdirSync(join(layerDir, 'intervals')).map((name) =>
    weigh(join(layerDir, 'intervals', name)),
  );
  const sum = (key: 'bytes' | 'gzip') => files.reduce((n, f) => n + f[key], index[key]);
  return {
    index,
    files: files.length,
    file: {
      p50: percentile(
        files.map((f) => f.bytes),
        50,
      ),
      max: Math.max(...files.map((f) => f.bytes)),
      p50Gzip: percentile(
        files.map((f) => f.gzip),
        50,
      ),
    },
    total: { bytes: sum('bytes'), gzip: sum('gzip') },
  };
}
