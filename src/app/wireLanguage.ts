import type { Messages } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { PUSH, type AppStore } from '../state/intent';
import { languageSwitch } from '../ui/languageSwitch';

/**
 * The language switch in the masthead, its choice sent to the store as a new history entry. Another
 * language is another page, as another story is: the URL is written first (urlSync subscribed
 * before), then the page loads again in it; Back and Forward come back through urlSync.
 */
export function wireLanguage(
  store: AppStore<{ lang: Lang }>,
  lang: Lang,
  words: Messages['page']['language'],
): void {
  const masthead = document.querySelector<HTMLElement>('.masthead');
  if (masthead)
    languageSwitch(masthead, lang, words).on('choose', (chosen) => store.set({ lang: chosen }, PUSH));
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) location.reload();
  });
}
