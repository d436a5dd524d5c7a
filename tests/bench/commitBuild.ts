import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Built dists, one folder per commit hash (tests/output is not tracked). */
const CACHE = 'tests/output/bench-builds';

const git = (args: string[], cwd = '.') =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The full hash of a commit named any way git takes (a hash, a tag, HEAD~1), or a clear error. */
export function commitHash(rev: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    throw new Error(`--commit ${rev}: not a commit in this repository`);
  }
}

/**
 * The built app (its dist/) of a commit, for the benchmark to serve beside this checkout's. Built
 * once per commit hash and kept under tests/output/bench-builds/<hash>/; a later run reuses it.
 *
 * The build runs in a temporary detached worktree, removed afterwards (on failure and on Ctrl-C
 * too). Its dependencies are this checkout's node_modules, linked, where the commit's
 * package-lock.json is this one's byte for byte, else its own from `npm ci`. It builds with the
 * commit's own `npm run build` (earlier commits check the story first, as their release did).
 */
export function commitBuild(rev: string): { hash: string; dist: string } {
  const hash = commitHash(rev);
  const name = hash.startsWith(rev) ? hash.slice(0, 7) : `${rev} (${hash.slice(0, 7)})`;
  const dist = resolve(CACHE, hash);
  if (existsSync(join(dist, 'index.html'))) {
    console.log(`${name}: built before, ${dist}`);
    return { hash, dist };
  }
  const parent = mkdtempSync(join(tmpdir(), 'claimline-bench-build-'));
  const tree = join(parent, 'tree');
  const cleanUp = () => {
    // Only this worktree: the repository's others (and their stale entries) are not the bench's.
    try {
      if (existsSync(tree)) git(['worktree', 'remove', '--force', tree]);
    } catch {
      // Not a worktree after all (its add failed): the folder goes below.
    }
    rmSync(parent, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    console.log(`${name}: building in ${tree}`);
    git(['worktree', 'add', '--detach', tree, hash]);
    const lock = join(tree, 'package-lock.json');
    const sameLock = existsSync(lock) && readFileSync(lock).equals(readFileSync('package-lock.json'));
    const run = (command: string, args: string[]) =>
      execFileSync(command, args, { cwd: tree, stdio: ['ignore', 'inherit', 'inherit'] });
    if (sameLock) symlinkSync(realpathSync('node_modules'), join(tree, 'node_modules'));
    else {
      console.log(`${name}: its package-lock.json differs from this checkout's, so npm ci`);
      run('npm', ['ci', '--no-audit', '--no-fund']);
    }
    run('npm', ['run', 'build']);
    mkdirSync(CACHE, { recursive: true });
    // Copied beside its place and renamed, so a run stopped mid-copy leaves no half-built entry.
    const partial = `${dist}.partial-${process.pid}`;
    cpSync(join(tree, 'dist'), partial, { recursive: true });
    rmSync(dist, { recursive: true, force: true });
    renameSync(partial, dist);
    return { hash, dist };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
}
