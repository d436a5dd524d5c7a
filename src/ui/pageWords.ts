import type { Messages } from '../i18n/en';

/**
 * Puts the page's own words (index.html's, written in English for the first paint) in the page's
 * language, and says which it is: `<html lang>`, the title, the masthead's line, the landmarks'
 * names and the locator inset's toggle and capital (the inset the build drew, until the app draws
 * its finer one). On an English page it changes nothing but the language mark.
 */
export function pageWords(lang: string, t: Messages): void {
  document.documentElement.lang = lang;
  if (lang === 'en') return;
  document.title = t.page.title;
  const set = (selector: string, write: (node: Element) => void) => {
    const node = document.querySelector(selector);
    if (node) write(node);
  };
  set('meta[name="description"]', (node) => node.setAttribute('content', t.page.dek));
  set('.masthead .dek', (node) => (node.textContent = t.page.dek));
  set('#map', (node) => node.setAttribute('aria-label', t.page.map));
  set('#side', (node) => node.setAttribute('aria-label', t.page.side));
  set('#locator .locator-toggle', (node) => (node.textContent = t.locator.toggle));
  set('#locator svg text', (node) => (node.textContent = t.locator.kyiv));
}
