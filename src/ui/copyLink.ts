import type { Messages } from '../i18n/en';
import { el } from './el';
/**
 * "Copy link": puts the address of the current view on the clipboard and says so in a polite live
 * region. Where the clipboard cannot be written (an iframe without permission, an old browser, a
 * page not served securely) it shows the link in a read-only box, selected, for the reader to copy.
 */
export function copyLink(container: HTMLElement, link: () => string, t: Messages) {
  const root = el('div', 'copy-link');
  const button = el('button');
  button.type = 'button';
  button.className = 'copy-link-button';
  button.textContent = t.copy.button;
  const status = el('p', 'copy-link-status');
  status.setAttribute('role', 'status');
  const label = el('label', 'copy-link-fallback');
  label.hidden = true;
  label.append(t.copy.fallback);
  const input = el('input');
  input.type = 'text';
  input.readOnly = true;
  input.className = 'copy-link-input';
  label.append(input);
  root.append(button, status, label);
  container.append(root);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    clearTimeout(timer);
    status.textContent = text;
    // Cleared after a while so the same words are announced again on the next copy.
    timer = setTimeout(() => (status.textContent = ''), 4000);
  };
  const fallback = (url: string) => {
    input.value = url;
    label.hidden = false;
    input.focus();
    input.select();
    say(t.copy.notAllowed);
  };

  button.addEventListener('click', () => {
    const url = link();
    label.hidden = true;
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard?.writeText) return fallback(url);
    clipboard.writeText(url).then(
      () => say(t.copy.copied),
      () => fallback(url),
    );
  });

  return {
    element: root,
    destroy(): void {
      clearTimeout(timer);
      root.remove();
    },
  };
}
