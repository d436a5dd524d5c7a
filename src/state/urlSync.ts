import type { AppStore } from './intent';
import { readUrlState, writeUrlState, type UrlContext, type UrlState } from './urlState';

/**
 * Keeps the address bar and the store in step: each change is written to the URL as its meta asks
 * (a new history entry, in place, or not at all), and Back and Forward put the URL's state back
 * into the store, settled and without writing history again (or load the page again, where the
 * entry is another story's).
 */
export function urlSync(store: AppStore<UrlState>, context: UrlContext, page: Window = window) {
  const unsubscribe = store.subscribe((state, _previous, meta) => {
    if (meta.history === 'none') return;
    const { pathname, hash } = page.location;
    const url = `${pathname}${writeUrlState(state, context.defaults)}${hash}`;
    if (meta.history === 'push') page.history.pushState(null, '', url);
    else page.history.replaceState(null, '', url);
  });
  const onPopState = () => {
    const { state } = readUrlState(page.location.search, context);
    // Another story is another page: its data, its map, its timeline; and so is another language.
    const current = store.get();
    if (state.story !== current.story || state.lang !== current.lang) page.location.reload();
    else store.set(state, { history: 'none', settled: true });
  };
  page.addEventListener('popstate', onPopState);
  return {
    destroy(): void {
      unsubscribe();
      page.removeEventListener('popstate', onPopState);
    },
  };
}
