import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LAYERS_FORMAT, LAYERS_PATH, type LayerList } from '../src/control/layerFormat.ts';

const EMPTY_LIST: LayerList = { format: LAYERS_FORMAT, layers: [] };
const EMPTY = JSON.stringify(EMPTY_LIST);

/**
 * When no control layer has been imported (public/control/layers.json is absent), the build and
 * the dev server serve an empty list of layers, so the app learns "no layers" without a failing
 * request.
 */
export function controlIndexPlugin(file = `public/${LAYERS_PATH}`): Plugin {
  return {
    name: 'claimline-empty-layer-list',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (!path.endsWith(`/${LAYERS_PATH}`) || existsSync(file)) return next();
        response.setHeader('content-type', 'application/json');
        response.end(EMPTY);
      });
    },
    generateBundle() {
      if (!existsSync(file)) this.emitFile({ type: 'asset', fileName: LAYERS_PATH, source: EMPTY });
    },
  };
}
