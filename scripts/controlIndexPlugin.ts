import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { INDEX_PATH, LAYER_FORMAT } from '../src/control/layerFormat.ts';

const EMPTY = JSON.stringify({ format: LAYER_FORMAT, intervals: [] });

/**
 * When no control layer has been imported (public/control/control.json is absent), the build and
 * the dev server serve an empty index, so the app learns "no layer" without a failing request.
 */
export function controlIndexPlugin(file = `public/${INDEX_PATH}`): Plugin {
  return {
    name: 'claimline-empty-control-index',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.endsWith(`/${INDEX_PATH}`) || existsSync(file)) return next();
        response.setHeader('content-type', 'application/json');
        response.end(EMPTY);
      });
    },
    generateBundle() {
      if (!existsSync(file)) this.emitFile({ type: 'asset', fileName: INDEX_PATH, source: EMPTY });
    },
  };
}
