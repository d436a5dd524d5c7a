import type { Plugin } from 'vite';

/**
 * The app loads MapLibre with a dynamic import, so its own small code can draw the SVG picture
 * first. This puts a `modulepreload` for the map's chunks in the built page, so the browser fetches
 * and compiles them from the first moment, beside the app's code, rather than once the app has run:
 * the picture then costs MapLibre's start nothing. `chunks` match chunk names (vite.config.ts names
 * the maplibre-gl chunk; mapView's comes from its file name). Build only.
 */
export function preloadMapPlugin(chunks: RegExp = /^(maplibre-gl|mapView)$/): Plugin {
  return {
    name: 'claimline-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.filename.endsWith('index.html')) return html;
        const files = Object.values(context.bundle ?? {}).flatMap((output) =>
          output.type === 'chunk' && chunks.test(output.name) ? [output.fileName] : [],
        );
        if (files.length === 0) throw new Error('preloadMapPlugin: no map chunk in the bundle');
        const links = files.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
        return html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}
