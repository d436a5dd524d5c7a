import type { Messages } from '../i18n/en';
import { el } from './el';
/**
 * In embed mode the masthead is gone; this small credit names the app and links to the full page
 * at the same view, in a new tab so the article the map is embedded in stays open.
 */
export function embedCredit(container: HTMLElement, t: Messages) {
  const link = el('a', 'embed-credit');
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Claimline';
  link.title = t.copy.embedCredit;
  container.append(link);
  return {
    element: link,
    update(href: string): void {
      link.href = href;
    },
    destroy: () => link.remove(),
  };
}
