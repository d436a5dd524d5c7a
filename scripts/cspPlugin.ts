import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy: nothing from any origin but the page's own.
 * - MapLibre starts its worker from the bundled worker file ('self'); on a page with an opaque
 *   origin (an iframe sandboxed without allow-same-origin) it fetches that file and starts it from
 *   a blob: URL instead, hence `worker-src blob:`; child-src says the same for browsers that predate
 *   worker-src. It also decodes images through blob: URLs, and its control icons are data: SVGs in
 *   its stylesheet, hence `img-src data: blob:`.
 * - No 'unsafe-inline' anywhere: the app and MapLibre set styles through the CSSOM (`element.style`),
 *   which style-src does not govern, and the built HTML has no inline style or handler. Its one
 *   inline script (the first picture's, firstPicturePlugin) is allowed by its hash, and only it.
 * - frame-ancestors, report-uri and sandbox cannot be set from a <meta> element; whoever serves the
 *   page can add frame-ancestors in a header (it must allow the articles that embed the page).
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map(
    (text) => ` 'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.join('')}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The text of each inline <script> (one without a src) in a page. */
export const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((found) => found[1] ?? '');

/**
 * Puts the policy in the built index.html right after the charset (which must come first), ahead of
 * every script and stylesheet, so it governs all of them. Build only: the dev server injects inline
 * scripts for hot reloading.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'claimline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="utf-8" \/>/i;
        if (!charset.test(html)) throw new Error('cspPlugin: index.html has no <meta charset="utf-8" />');
        const policy = contentSecurityPolicy(inlineScripts(html));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.replace(charset, (found) => `${found}\n    ${meta}`);
      },
    },
  };
}
