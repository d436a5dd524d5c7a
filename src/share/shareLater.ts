import type { Messages } from '../i18n/en';
import { textEl } from '../ui/el';
import type { ShareSource } from './shareSource';

/**
 * The Share button, after the first button of `copy` (Copy link): only the button is in the first
 * load; the menu and every export are fetched when it is first pressed. (It is in no form, so it
 * needs no type; aria-expanded is set once there is a menu to expand.)
 */
export function shareLater(copy: Element, source: ShareSource, t: Messages): void {
  const button = textEl('button', 'copy-link-button', t.copy.share);
  button.ariaHasPopup = 'menu';
  copy.firstElementChild?.after(' ', button);
  button.onclick = () => {
    button.onclick = null;
    void import('./ShareMenu').then((m) => m.openShare(button, source));
  };
}
