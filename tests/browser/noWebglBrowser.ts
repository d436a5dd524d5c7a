import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * A browser without WebGL, for `test.use(NO_WEBGL)` in a spec file of its own (launch options need
 * a browser of their own). This Chromium (156) has no WebGL of either version with
 * --disable-webgl; --disable-3d-apis is the older switch for the same. --disable-webgl2 alone
 * leaves WebGL1, which MapLibre 6 cannot use.
 */
export const NO_WEBGL = {
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'],
  },
};
