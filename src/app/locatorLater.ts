import type { Locale } from '../i18n/locale';
import type { LocatorView } from '../locator/locatorView';
import type { LocatorTarget } from './wireLocator';

type LocatorCode = typeof import('./wireLocator');

/** The locator inset the page was built with, where the link shows it. */
function locatorNode(shown: boolean): HTMLDetailsElement | null {
  const node = document.getElementById('locator');
  return shown && node instanceof HTMLDetailsElement ? node : null;
}

/** The inset answering now: a map that takes over (the SVG map after a lost GPU) takes it over. */
let answering: LocatorView | null = null;

/**
 * Makes the page's locator inset answer, once `when` resolves (after the map's first idle: its
 * code and finer geometry are outside the first load), or at once when the reader reaches for it
 * first (a pointer or the focus on it), in the page's language. `started` gets the view. Nothing where it is hidden.
 * Returns what stops it (the map it follows is gone).
 */
export function locatorLater(
  shown: boolean,
  target: (code: LocatorCode) => LocatorTarget,
  when: Promise<unknown>,
  started: (view: LocatorView) => void,
  locale: Locale,
): () => void {
  const node = locatorNode(shown);
  let stopped = !node;
  let view: LocatorView | null = null;
  let start: Promise<unknown> | null = null;
  const go = () => {
    start ??= import('./wireLocator').then(async (code) => {
      if (stopped || !node) return;
      answering?.destroy();
      view = answering = await code.wireLocator(target(code), node, locale);
      if (view) started(view);
    });
  };
  node?.addEventListener('pointerdown', go, { once: true });
  node?.addEventListener('focusin', go, { once: true });
  void when.then(go);
  return () => {
    stopped = true;
    view?.destroy();
  };
}
