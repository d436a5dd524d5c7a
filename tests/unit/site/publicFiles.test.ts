import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync('index.html', 'utf8');
/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('the static site files', () => {
  it('are linked from index.html by same-origin paths that exist in public/', () => {
    const linked = [...html.matchAll(/(?:href|content)="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
    expect(linked.sort()).toEqual([
      '/apple-touch-icon.png',
      '/favicon.svg',
      '/manifest.webmanifest',
      '/social.png',
    ]);
    for (const path of linked) expect(existsSync(`public${path}`), path).toBe(true);
    expect(html).not.toMatch(/(?:href|content)="(?:https?:)?\/\//);
  });

  it('carry Open Graph and Twitter card tags for the social preview', () => {
    for (const tag of ['og:title', 'og:description', 'og:image', 'og:image:alt'])
      expect(html).toContain(`property="${tag}"`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it('have a 1200x630 social preview and a 180x180 touch icon', () => {
    expect(pngSize('public/social.png')).toEqual([1200, 630]);
    expect(pngSize('public/apple-touch-icon.png')).toEqual([180, 180]);
  });

  it('have a manifest whose icons exist', () => {
    const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
      name: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toMatch(/^Claimline/);
    for (const icon of manifest.icons) expect(existsSync(`public/${icon.src}`), icon.src).toBe(true);
  });
});
