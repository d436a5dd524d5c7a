import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/import/runImport.ts';
import { collection, importOptions, polygonFeature, square, tempDir, writeFiles } from './helpers.ts';

/** Each thread's heap in these tests, in MB: room for a small snapshot, not for a huge one. */
const HEAP_MB = 64;

/** A circle of 300,000 vertices inside Luhansk oblast (about 11 MB of JSON). */
function hugeRing(): Position[] {
  const n = 300_000;
  const ring = Array.from({ length: n }, (_, i): Position => {
    const a = (2 * Math.PI * i) / n;
    return [39 + 0.2 * Math.cos(a), 48.9 + 0.2 * Math.sin(a)];
  });
  return [...ring, ring[0] as Position];
}

/** Every file under `dir` as bytes, by relative path, folders included (as empty entries). */
async function bytesUnder(dir: string): Promise<Record<string, Buffer | 'folder'>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found: Record<string, Buffer | 'folder'> = {};
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = entry.isDirectory() ? 'folder' : await readFile(path);
  }
  return found;
}

/** Days enough that the import uses worker threads (it works in one thread below 24). */
const DAYS = 24;
const day = (n: number) => `2022-07-${String(n).padStart(2, '0')}.geojson`;

/** A first import of DAYS days into `out/`; then day 12 becomes a snapshot too large for a thread. */
async function layerThenHugeFile() {
  const dir = await tempDir();
  const input = join(dir, 'in');
  await mkdir(input);
  const days = Array.from({ length: DAYS }, (_, i) => [
    day(i + 1),
    collection([polygonFeature(square(38.8, 48.8, 0.1 + i * 0.01))]),
  ]);
  await writeFiles(input, Object.fromEntries(days));
  const out = join(dir, 'out');
  await runImport(importOptions([input], out), { threads: 0 });
  const before = await bytesUnder(out);
  const huge = join(input, day(12));
  await writeFiles(input, { [day(12)]: collection([polygonFeature(hugeRing())]) });
  return { input, out, before, huge };
}

/**
 * `npm run import -- ARGS` under node's heap limit of HEAP_MB (no hook: each worker thread gets
 * node's limit too): its exit code and output. A hung import is ended, so it fails the test
 * instead of outliving it.
 */
function importCommand(
  args: string[],
): Promise<{ code: number | string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      ['scripts/import/cli.ts', ...args],
      { env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` }, timeout: 25_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? error.signal ?? null) : 0, stdout, stderr }),
    );
  });
}

describe('a worker thread that dies while it imports a file', () => {
  it('stops the import with exit code 1 and a message naming the file; the previous layer stays byte for byte', async () => {
    const { input, out, before, huge } = await layerThenHugeFile();
    const run = await importCommand([input, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`import: ${huge}: the thread importing it died (`);
    expect(run.stderr).toMatch(/memory/);
    expect(run.stderr).toContain('import: stopped; nothing written');
    expect(await bytesUnder(out)).toEqual(before);
  });

  it('with --on-error skip, is left out and named, and a new thread imports the other days', async () => {
    const { input, out, huge } = await layerThenHugeFile();
    const run = await importCommand([input, '--out', out, '--on-error', 'skip']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${DAYS - 1} snapshots (2022-07-01 to 2022-07-${DAYS})`);
    expect(run.stdout).toMatch(/\nFiles skipped: 1\n/);
    expect(run.stdout).toContain(`  ${huge}: the thread importing it died (`);
  });
});
