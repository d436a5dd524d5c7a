import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

const EMPTY = JSON.stringify({ format: 'claimline-control/1', intervals: [] });

/**
 * When no control layer has been imported (public/control/control.json is absent), the build and
 * the dev server serve an empty index, so the app learns "no layer" without a failing request.
 */
export function controlIndexPlugin(file = 'public/control/control.json'): Plugin {
  return {
    name: 'claimline-empty-control-index',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.endsWith('/control/control.json') || existsSync(file)) return next();
        response.setHeader('content-type', 'application/json');
        response.end(EMPTY);
      });
    },
    generateBundle() {
      if (!existsSync(file))
        this.emitFile({ type: 'asset', fileName: 'control/control.json', source: EMPTY });
    },
  };
}
