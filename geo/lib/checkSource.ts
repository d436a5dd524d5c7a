import { GeoBuildError } from './errors.ts';
import { isRecord } from './guards.ts';

function pinOf(packageJson: unknown, name: string): unknown {
  if (!isRecord(packageJson)) return undefined;
  for (const field of ['dependencies', 'devDependencies']) {
    const deps = packageJson[field];
    if (isRecord(deps) && name in deps) return deps[name];
  }
  return undefined;
}

/**
 * Checks that source package `name` is pinned exactly in the project's package.json at `expected`
 * and that the installed copy (its own package.json, or undefined when it is not installed) has
 * that version. Returns the version; throws GeoBuildError naming what was expected and found.
 */
export function checkSource(
  name: string,
  expected: string,
  projectPackageJson: unknown,
  installedPackageJson: unknown,
): string {
  const pinned = pinOf(projectPackageJson, name);
  if (pinned !== expected) {
    const found = pinned === undefined ? 'no entry' : JSON.stringify(pinned);
    throw new GeoBuildError(
      `${name}: expected package.json to pin exactly "${expected}", found ${found} ` +
        '(a new version needs its output re-checked: update geo/lib/config.ts and geo/SOURCES.md too)',
    );
  }
  if (installedPackageJson === undefined) {
    throw new GeoBuildError(`${name}: expected version ${expected} installed, found no package (run npm ci)`);
  }
  const version = isRecord(installedPackageJson) ? installedPackageJson.version : undefined;
  if (version !== expected) {
    throw new GeoBuildError(
      `${name}: expected installed version ${expected}, found ${JSON.stringify(version)} (run npm ci)`,
    );
  }
  return expected;
}
