import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMessyFixture, type MessyTruth } from '../../scripts/import/fixture.ts';

export interface MessyImportResult {
  days: number;
  files: number;
  bytesIn: number;
  generateSeconds: number;
  /** The import command, wall clock, in a process of its own. */
  seconds: number;
  /** Peak resident memory of that process (all its threads), from the kernel. */
  peakMb: number;
  /** The import's own summary (files, superseded, skipped, suspect days…). */
  summary: string;
}

/** Runs a command, returning its stdout and its peak RSS in kB (GNU time's %M on stderr's last line). */
function run(command: string, args: string[]): Promise<{ stdout: string; peakKb: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', command, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peakKb = Number(stderr.trim().split('\n').at(-1));
      if (code !== 0) reject(new Error(`${command} exited ${code}: ${stderr}`));
      else resolve({ stdout, peakKb, seconds });
    });
  });
}

/**
 * The real-size messy series (1,400 days by default, about 690 MB, every kind of mess real archives
 * have) generated into a temporary folder and imported by `npm run import` in a process of its
 * own, with the filter its truth recommends, so that time and peak memory are the command's own.
 * Needs GNU time at /usr/bin/time (Debian package `time`). The imported layer is removed with the
 * rest unless `keepOutputIn` names where to keep it (the browser bench serves it).
 */
export async function messyImportBench(days = 1400, keepOutputIn?: string): Promise<MessyImportResult> {
  if (!existsSync('/usr/bin/time')) throw new Error('the import bench needs GNU time: apt-get install time');
  const dir = await mkdtemp(join(tmpdir(), 'claimline-messy-bench-'));
  try {
    const started = performance.now();
    const written = await writeMessyFixture(join(dir, 'series'), { days, start: '2022-04-03', seed: 1 });
    const generateSeconds = (performance.now() - started) / 1000;
    const truth = JSON.parse(await readFile(written.truthFile, 'utf8')) as MessyTruth;
    const result = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/import/cli.ts',
      written.snapshotsDir,
      '--where',
      truth.where.cli,
      '--on-error',
      'skip',
      '--out',
      keepOutputIn ?? join(dir, 'out'),
    ]);
    return {
      days,
      files: written.files,
      bytesIn: written.bytes,
      generateSeconds: Math.round(generateSeconds * 10) / 10,
      seconds: Math.round(result.seconds * 10) / 10,
      peakMb: Math.round(result.peakKb / 1024),
      summary: result.stdout.trim(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
