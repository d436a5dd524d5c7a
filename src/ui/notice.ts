import type { Messages } from '../i18n/en';
import { el } from './el';
/**
 * Messages to the reader about the page itself (a link it could not follow, a map it could not
 * draw), in one polite live region at the top of the app. The region exists before any message,
 * so screen readers announce what is added to it; each message is said once, set as text only,
 * and can be dismissed.
 */
export function notices(container: HTMLElement, t: Messages) {
  const root = el('div', 'notices');
  root.setAttribute('role', 'status');
  container.prepend(root);
  const said = new Set<string>();

  return {
    element: root,
    /**
     * Adds a message with optional detail lines; a message already shown is not repeated. Returns
     * the message's element, or null when it was a repeat.
     */
    show(text: string, details: readonly string[] = [], kind = 'info'): HTMLElement | null {
      if (said.has(text)) return null;
      said.add(text);
      const item = el('div', `notice notice-${kind}`);
      const body = el('div', 'notice-body');
      const message = el('p');
      message.textContent = text;
      body.append(message);
      if (details.length) {
        const list = el('ul');
        for (const line of new Set(details)) {
          const row = el('li');
          row.textContent = line;
          list.append(row);
        }
        body.append(list);
      }
      const dismiss = el('button');
      dismiss.type = 'button';
      dismiss.className = 'notice-dismiss';
      dismiss.textContent = t.notice.dismiss;
      dismiss.setAttribute('aria-label', t.notice.dismissAbout(text));
      dismiss.addEventListener('click', () => {
        // Focus would otherwise fall to the body; the app is the natural place to carry on.
        const hadFocus = item.contains(document.activeElement);
        item.remove();
        if (hadFocus) container.focus({ preventScroll: true });
      });
      item.append(body, dismiss);
      root.append(item);
      return item;
    },
    destroy: () => root.remove(),
  };
}

export type Notices = ReturnType<typeof notices>;
