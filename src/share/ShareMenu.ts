import { el, textEl } from '../ui/el';
import type { AnimationFormat } from './frameSizes';
import type { ShareSource } from './shareSource';
import css from './share.css?inline';

/**
 * The menu's styles, added to the page with the menu as a constructed style sheet (which the
 * page's style-src does not govern), so its first use fetches one file, not two.
 */
function addStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Makes the Share menu for `button` (its first press) and opens it. */
export function openShare(button: HTMLButtonElement, source: ShareSource): ShareMenu {
  addStyles();
  const menu = new ShareMenu(button, source);
  menu.open();
  return menu;
}

/** One entry of the menu: its words, and what it does (resolving to what to tell the reader). */
interface ShareItem {
  label: string;
  run: () => Promise<string>;
  /** It opens settings, which take the focus (an animation's), rather than giving it back to the button. */
  opensSettings?: boolean;
}

/**
 * The Share menu, opened by the button beside "Copy link" (a menu button: aria-haspopup and
 * aria-expanded on it, the arrow keys, Home and End inside, Escape closes and gives focus back).
 * Each export's code is fetched when it is first chosen; what it saved, or why it could not, is
 * said in a polite live region.
 */
export class ShareMenu {
  readonly element: HTMLElement;
  private readonly menu: HTMLElement;
  private readonly status: HTMLElement;
  private readonly items: HTMLButtonElement[];
  private busy = false;
  private readonly words: ShareSource['locale']['t']['share'];
  private animation: { show(format: AnimationFormat): void; destroy(): void } | null = null;

  constructor(
    private readonly button: HTMLButtonElement,
    source: ShareSource,
  ) {
    this.element = el('div', 'share-menu');
    this.menu = el('div', 'share-menu-list');
    this.menu.setAttribute('role', 'menu');
    this.menu.id = 'share-menu';
    const { t } = source.locale;
    this.words = t.share;
    this.menu.setAttribute('aria-label', t.share.menu);
    this.menu.hidden = true;
    this.status = el('p', 'share-status');
    this.status.setAttribute('role', 'status');
    // A second choice turns the open settings to its format, at once and keeping what the reader
    // entered: replacing them once the code came left a moment in which typing went to a panel
    // about to vanish (a browser test set a PNG there and got the new panel's video).
    const animate = (format: AnimationFormat) => async () => {
      if (this.animation) this.animation.show(format);
      else {
        const { AnimationPanel } = await exports();
        this.animation = new AnimationPanel(this.element, source, format, (text) => this.say(text));
      }
      return t.share.animationHint;
    };
    this.items = [
      ...shareItems(source),
      { label: t.share.video, run: animate('webm'), opensSettings: true },
      { label: t.share.mp4, run: animate('mp4'), opensSettings: true },
      { label: t.share.gif, run: animate('gif'), opensSettings: true },
    ].map((item) => this.itemNode(item));
    this.menu.append(...this.items);
    this.element.append(this.menu, this.status);
    button.setAttribute('aria-controls', this.menu.id);
    button.after(this.element);
    button.addEventListener('click', this.toggle);
    button.addEventListener('keydown', this.buttonKey);
    this.menu.addEventListener('keydown', this.menuKey);
    this.menu.addEventListener('focusout', this.focusOut);
  }

  /** Opens the menu, its first item focused (or its last, from ArrowUp). */
  open(last = false): void {
    this.menu.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.items.at(last ? -1 : 0)?.focus();
  }

  /** Closes the menu; `returnFocus` gives the focus back to the button (Escape, a choice). */
  close(returnFocus: boolean): void {
    if (this.menu.hidden) return;
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button.focus();
  }

  /** Says `text` in the live region (cleared first, so the same words are said again). */
  say(text: string): void {
    this.status.textContent = '';
    this.status.textContent = text;
  }

  destroy(): void {
    this.animation?.destroy();
    this.button.removeEventListener('click', this.toggle);
    this.button.removeEventListener('keydown', this.buttonKey);
    this.button.removeAttribute('aria-controls');
    this.element.remove();
  }

  private itemNode(item: ShareItem): HTMLButtonElement {
    const node = textEl('button', 'share-item', item.label);
    node.type = 'button';
    node.tabIndex = -1;
    node.setAttribute('role', 'menuitem');
    node.addEventListener('click', () => void this.choose(item));
    return node;
  }

  private async choose(item: ShareItem): Promise<void> {
    // An animation's settings take the focus; the other exports give it back to the button.
    this.close(item.opensSettings !== true);
    if (this.busy) return this.say(this.words.busy);
    this.busy = true;
    this.say(this.words.making(item.label));
    try {
      this.say(await item.run());
    } catch (error) {
      this.say(this.words.failed(item.label, error instanceof Error ? error.message : String(error)));
    } finally {
      this.busy = false;
    }
  }

  private readonly toggle = (): void => (this.menu.hidden ? this.open() : this.close(false));

  private readonly buttonKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.open(event.key === 'ArrowUp');
  };

  private readonly menuKey = (event: KeyboardEvent): void => {
    const at = this.items.indexOf(document.activeElement as HTMLButtonElement);
    const n = this.items.length;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1 + n, Home: 0, End: n - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      this.items[to % n]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    } else if (event.key === 'Tab') this.close(false);
  };

  /** The focus left the menu for somewhere else on the page (a click outside): close. */
  private readonly focusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || (!this.menu.contains(to) && to !== this.button)) this.close(false);
  };
}

/** The exports' code, fetched on the first choice (so the first load names only the menu's file). */
const exports = () => import('./shareExports');

/** The menu's entries. */
function shareItems(source: ShareSource): ShareItem[] {
  const { share } = source.locale.t;
  return [
    { label: share.image1, run: () => exports().then((m) => m.exportImage(source, 1)) },
    { label: share.image2, run: () => exports().then((m) => m.exportImage(source, 2)) },
    { label: share.csv, run: () => exports().then((m) => m.exportCsv(source)) },
    { label: share.area, run: () => exports().then((m) => m.exportArea(source)) },
  ];
}
