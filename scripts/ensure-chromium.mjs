// The browser tests need a real Chromium. Playwright's own browser download cannot be used here, so
// the tests drive the system one: CHROMIUM_PATH, else /usr/bin/chromium, installed with apt-get
// when missing and we are allowed to.
import { execSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.mjs';

if (hasChromium()) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`ensure-chromium: CHROMIUM_PATH is ${chromiumPath}, but there is no browser there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (!isRoot || !hasApt) {
  console.error(
    'ensure-chromium: the browser tests need Chromium at /usr/bin/chromium.\n' +
      '  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}

console.log('ensure-chromium: installing Debian chromium (apt-get) for the browser tests…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
  stdio: 'inherit',
});
if (!hasChromium()) {
  console.error(`ensure-chromium: apt-get finished but ${chromiumPath} is still missing.`);
  process.exit(1);
}
