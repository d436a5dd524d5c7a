import { describe, expect, it } from 'vitest';
import { webAddress } from '../../../src/story/webAddress';

describe('webAddress', () => {
  it('takes http: and https: addresses with a host, normalised', () => {
    expect(webAddress('https://deepstatemap.live')).toBe('https://deepstatemap.live/');
    expect(webAddress(' http://example.org/a b?x=<1> ')).toBe('http://example.org/a%20b?x=%3C1%3E');
    expect(webAddress('HTTPS://Example.ORG/Path')).toBe('https://example.org/Path');
  });

  it('refuses every other scheme, relative paths and non-text', () => {
    for (const url of [
      'javascript:alert(document.domain)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:someone@example.org',
      '//example.org/x',
      '/control/x',
      'example.org',
      'http://',
      '',
      7,
      null,
      undefined,
      { href: 'https://example.org' },
    ])
      expect(webAddress(url), String(url)).toBeNull();
  });
});
