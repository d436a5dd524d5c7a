import { LANGS, LANGUAGE_NAMES, type Lang } from '../i18n/lang';
import { el } from './el';
import { emitter } from './emitter';

/**
 * The language switch: one button per language, each named in its own language (and marked with
 * it, so a screen reader says "Українська" as Ukrainian), the page's own pressed, in a labelled
 * group. Choosing goes out through `on('choose')`; the composition root puts it in the store.
 */
export function languageSwitch(container: HTMLElement, current: Lang, label: string) {
  const out = emitter<{ choose: [lang: Lang] }>();
  const root = el('nav', 'language-switch');
  root.setAttribute('aria-label', label);
  for (const lang of LANGS) {
    const button = el('button', 'language-switch-button');
    button.type = 'button';
    button.lang = lang;
    button.textContent = LANGUAGE_NAMES[lang];
    button.setAttribute('aria-pressed', String(lang === current));
    button.addEventListener('click', () => {
      if (lang !== current) out.emit('choose', lang);
    });
    root.append(button);
  }
  container.append(root);
  return {
    element: root,
    on: out.on,
    destroy(): void {
      out.clear();
      root.remove();
    },
  };
}
